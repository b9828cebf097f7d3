package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.SIXTY;
import static io.github.binhdang.core.progress.Fixtures.d;
import static io.github.binhdang.core.progress.Fixtures.first;
import static io.github.binhdang.core.progress.Fixtures.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.period.YearPeriod;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssessmentTest {

    private static final BilingualText WHY = BilingualText.of("lý do", "reason");

    private static Assessment.Builder builder() {
        return Assessment.builder("test", "1.1", first(SIXTY));
    }

    @Test
    void holdsWhatItWasGiven() {
        Assessment a = builder().latest(p(2023, "50.0")).achieved(false).linearProjection(d("60.0"))
                .compoundProjection(d("62.5")).annualChangeNeeded(d("5.0")).build(ProgressStatus.ON_TRACK, WHY);
        assertThat(a.method()).isEqualTo("test");
        assertThat(a.target()).isEqualTo("1.1");
        assertThat(a.milestone()).isEqualTo(first(SIXTY));
        assertThat(a.latest()).contains(p(2023, "50.0"));
        assertThat(a.isAchieved()).isFalse();
        assertThat(a.linearProjection()).contains(d("60.0"));
        assertThat(a.compoundProjection()).contains(d("62.5"));
        assertThat(a.annualChangeNeeded()).contains(d("5.0"));
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(a.reason()).isEqualTo(WHY);
        assertThat(a.skipped()).isEmpty();
        assertThat(a).hasToString("test 1.1 [2025: ≥ 60 percent] ON_TRACK (latest 2023: 50.0)");
        Assessment empty = builder().build(ProgressStatus.NO_DATA, WHY);
        assertThat(empty.latest()).isEmpty();
        assertThat(empty.linearProjection()).isEmpty();
        assertThat(empty.compoundProjection()).isEmpty();
        assertThat(empty.annualChangeNeeded()).isEmpty();
        assertThat(empty).hasToString("test 1.1 [2025: ≥ 60 percent] NO_DATA");
        assertThat(empty.score()).isEmpty();
        assertThat(empty.category()).isEmpty();
    }

    @Test
    void holdsTheMethodsOwnScoreAndCategoryAndKeepsThemWhenObservationsAreSkipped() {
        BilingualText accelerate = BilingualText.of("Cần đẩy nhanh tiến độ", "Accelerate progress");
        Assessment a = builder().score(d("0.250")).category(accelerate)
                .build(ProgressStatus.NEEDS_ACCELERATION, WHY);
        assertThat(a.score()).contains(d("0.250"));
        assertThat(a.category()).contains(accelerate);
        SkippedObservation s = new SkippedObservation(
                new ObservationKey("SHARE", "14", YearPeriod.of(2022), Breakdown.TOTAL),
                BilingualText.of("mẫu số bằng 0", "the denominator is zero"));
        Assessment b = a.withSkipped(List.of(s));
        assertThat(b.score()).contains(d("0.250"));
        assertThat(b.category()).contains(accelerate);
        // The score compares with its scale, the category by its words.
        assertThat(builder().score(d("0.25")).category(accelerate).build(ProgressStatus.NEEDS_ACCELERATION, WHY))
                .isNotEqualTo(a);
        assertThat(builder().score(d("0.250")).build(ProgressStatus.NEEDS_ACCELERATION, WHY)).isNotEqualTo(a);
        assertThat(builder().score(d("0.250")).category(accelerate).build(ProgressStatus.NEEDS_ACCELERATION, WHY))
                .isEqualTo(a).hasSameHashCodeAs(a);
    }

    @Test
    void holdsTheProgressValueAndEscapsIndicesAndKeepsThemWhenObservationsAreSkipped() {
        Assessment a = builder().progressValue(d("1.106")).currentStatusIndex(d("0.9")).progressGap(d("-0.79"))
                .build(ProgressStatus.ON_TRACK, WHY);
        assertThat(a.progressValue()).contains(d("1.106"));
        assertThat(a.currentStatusIndex()).contains(d("0.9"));
        assertThat(a.progressGap()).contains(d("-0.79"));
        SkippedObservation s = new SkippedObservation(
                new ObservationKey("SHARE", "14", YearPeriod.of(2022), Breakdown.TOTAL),
                BilingualText.of("mẫu số bằng 0", "the denominator is zero"));
        Assessment b = a.withSkipped(List.of(s));
        assertThat(b.progressValue()).contains(d("1.106"));
        assertThat(b.currentStatusIndex()).contains(d("0.9"));
        assertThat(b.progressGap()).contains(d("-0.79"));
        assertThat(builder().progressValue(d("1.106")).currentStatusIndex(d("0.9")).progressGap(d("-0.79"))
                .build(ProgressStatus.ON_TRACK, WHY)).isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(builder().progressValue(d("1.106")).currentStatusIndex(d("0.9")).progressGap(d("-0.790"))
                .build(ProgressStatus.ON_TRACK, WHY)).isNotEqualTo(a);
        assertThat(builder().progressValue(d("1.106")).progressGap(d("-0.79"))
                .build(ProgressStatus.ON_TRACK, WHY)).isNotEqualTo(a);
        assertThat(builder().currentStatusIndex(d("0.9")).progressGap(d("-0.79"))
                .build(ProgressStatus.ON_TRACK, WHY)).isNotEqualTo(a);
    }

    @Test
    void comparesEveryPartWithTheScaleOfDecimals() {
        Assessment a = builder().linearProjection(d("60.0")).build(ProgressStatus.ON_TRACK, WHY);
        assertThat(builder().linearProjection(d("60.0")).build(ProgressStatus.ON_TRACK, WHY))
                .isEqualTo(a).hasSameHashCodeAs(a);
        assertThat(builder().linearProjection(d("60.00")).build(ProgressStatus.ON_TRACK, WHY)).isNotEqualTo(a);
        assertThat(builder().linearProjection(d("60.0")).build(ProgressStatus.OFF_TRACK, WHY)).isNotEqualTo(a);
        assertThat(builder().build(ProgressStatus.ON_TRACK, WHY)).isNotEqualTo(a);
        assertThat(Assessment.builder("other", "1.1", first(SIXTY)).linearProjection(d("60.0"))
                .build(ProgressStatus.ON_TRACK, WHY)).isNotEqualTo(a);
    }

    @Test
    void listsSkippedObservationsAndSaysSo() {
        Assessment a = builder().build(ProgressStatus.NO_DATA, WHY);
        assertThat(a.withSkipped(List.of())).isSameAs(a);
        SkippedObservation s = new SkippedObservation(
                new ObservationKey("SHARE", "14", YearPeriod.of(2022), Breakdown.TOTAL),
                BilingualText.of("mẫu số bằng 0", "the denominator is zero"));
        Assessment b = a.withSkipped(List.of(s));
        assertThat(b.skipped()).containsExactly(s);
        assertThat(b.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(b.reason()).isEqualTo(BilingualText.of(
                "lý do Đã bỏ qua 1 số liệu (năm 2022: mẫu số bằng 0).",
                "reason 1 observation was skipped (2022: the denominator is zero)."));
        assertThat(b).isNotEqualTo(a);
    }

    /** Skipped twice, by the series and then by the caller: one sentence at the end lists both. */
    @Test
    void skippedAgainIsListedInOneSentence() {
        SkippedObservation zero = new SkippedObservation(
                new ObservationKey("SHARE", "14", YearPeriod.of(2022), Breakdown.TOTAL),
                BilingualText.of("mẫu số bằng 0", "the denominator is zero"));
        SkippedObservation wrong = new SkippedObservation(
                new ObservationKey("SHARE", "14", YearPeriod.of(2024), Breakdown.TOTAL),
                BilingualText.of("có lỗi", "an error"));
        Assessment twice = builder().build(ProgressStatus.NO_DATA, WHY).withSkipped(List.of(zero))
                .withSkipped(List.of(wrong));
        assertThat(twice.skipped()).containsExactly(zero, wrong);
        assertThat(twice.reason()).isEqualTo(BilingualText.of(
                "lý do Đã bỏ qua 2 số liệu (năm 2022: mẫu số bằng 0; năm 2024: có lỗi).",
                "reason 2 observations were skipped (2022: the denominator is zero; 2024: an error)."));
        assertThat(twice).isEqualTo(builder().build(ProgressStatus.NO_DATA, WHY).withSkipped(List.of(zero, wrong)));
    }

    @Test
    void refusesABadMethodTargetOrAchievementWithoutAValue() {
        assertThatThrownBy(() -> Assessment.builder(" ", "1.1", first(SIXTY)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Assessment.method");
                    assertThat(e.value()).isEqualTo("' '");
                });
        assertThatThrownBy(() -> Assessment.builder("test", "1 1", first(SIXTY)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Assessment.target");
                    assertThat(e.value()).isEqualTo("'1 1'");
                });
        assertThatThrownBy(() -> builder().achieved(true).build(ProgressStatus.ACHIEVED, WHY))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Assessment.achieved");
                    assertThat(e.value()).isEqualTo("true");
                    assertThat(e).hasMessage("Assessment.achieved: true needs a latest value");
                });
    }
}
