package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A yes/no milestone is met or not met by every method: no trend, projection or score from 0s and 1s. */
class YesNoProgressTest {

    private static final Indicator CURRICULA = Indicator.builder("CURRICULA",
            BilingualText.of("Nội dung về giới trong chương trình giảng dạy", "Gender content in curricula"),
            MeasureKind.YES_NO, Unit.YES_NO).build();
    private static final Milestone FROM_2025 = Milestone.metFromYearOnward(2025);
    private static final Target TARGET = Target.builder("5.b", BilingualText.of("Từ năm 2025 …", "From 2025 …"),
            CURRICULA).milestone(FROM_2025).build();

    static Stream<Arguments> methods() {
        return Stream.of(Arguments.of(BinhdangMethod.INSTANCE), Arguments.of(EscapMethod.defaults()),
                Arguments.of(OpenSdgMethod.defaults()));
    }

    @ParameterizedTest
    @MethodSource("methods")
    void yesMeetsTheMilestone(ProgressMethod method) {
        // 0 in 2023, 1 in 2024: the latest value is yes, so met.
        Assessment a = method.assess(TARGET, FROM_2025, List.of(p(2023, "0"), p(2024, "1")));
        assertThat(a.status()).isEqualTo(ProgressStatus.ACHIEVED);
        assertThat(a.isAchieved()).isTrue();
        assertThat(a.score()).isEmpty();
        assertThat(a.linearProjection()).isEmpty();
        assertThat(a.reason().en()).isEqualTo("The latest value, yes in 2024, meets the milestone met by 2025.");
    }

    @ParameterizedTest
    @MethodSource("methods")
    void noBeforeTheMilestoneIsNotYetMet(ProgressMethod method) {
        // 0 in 2023 and 2024, milestone 2025 ahead: not yet met; a 0 to 0 "trend" projects nothing.
        Assessment a = method.assess(TARGET, FROM_2025, List.of(p(2023, "0"), p(2024, "0")));
        assertThat(a.status()).isEqualTo(ProgressStatus.NEEDS_ACCELERATION);
        assertThat(a.isAchieved()).isFalse();
        assertThat(a.score()).isEmpty();
        assertThat(a.linearProjection()).isEmpty();
        assertThat(a.compoundProjection()).isEmpty();
        assertThat(a.annualChangeNeeded()).isEmpty();
        assertThat(a.reason().vi()).isEqualTo("Giá trị mới nhất, không năm 2024, chưa đạt mốc đạt vào năm 2025;"
                + " chỉ tiêu có/không không có xu hướng để dự báo.");
    }

    @ParameterizedTest
    @MethodSource("methods")
    void noAtOrAfterTheMilestoneIsNotMet(ProgressMethod method) {
        Assessment a = method.assess(TARGET, FROM_2025, List.of(p(2024, "1"), p(2026, "0")));
        assertThat(a.status()).isEqualTo(ProgressStatus.OFF_TRACK);
        assertThat(a.score()).isEmpty();
        assertThat(a.reason().en()).isEqualTo("The milestone met by 2025 was not met: the latest value is no in 2026.");
    }

    @ParameterizedTest
    @MethodSource("methods")
    void noValueIsNoData(ProgressMethod method) {
        assertThat(method.assess(TARGET, FROM_2025, List.of()).status()).isEqualTo(ProgressStatus.NO_DATA);
    }
}
