package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.SIXTY;
import static io.github.binhdang.core.progress.Fixtures.d;
import static io.github.binhdang.core.progress.Fixtures.first;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressMethodTest {

    @Test
    void theDefaultIsBinhdangsOwn() {
        assertThat(ProgressMethod.defaults()).isSameAs(BinhdangMethod.INSTANCE);
    }

    @Test
    void anObservationWithAZeroDenominatorIsSkippedAndNamedInTheReason() {
        // 2022 has 5 of 0: no value, no exception. What is left is the on-track case: 40 (2021), 50.0 (2023).
        Dataset data = Dataset.builder()
                .add(Observation.builder("SHARE", "14", YearPeriod.of(2022)).components(5, 0).build())
                .add(Observation.of("SHARE", "14", YearPeriod.of(2023), d("50.0")))
                .build();
        Assessment a = ProgressMethod.defaults().assess(SIXTY, first(SIXTY),
                Series.of(SIXTY, data, "14", Breakdown.TOTAL));
        assertThat(a.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(a.skipped()).hasSize(1);
        assertThat(a.reason()).isEqualTo(BilingualText.of(
                "Theo xu hướng tuyến tính, giá trị sẽ đạt 60,0% vào năm 2025; mốc chỉ tiêu là ít nhất 60%."
                        + " Đã bỏ qua 1 số liệu (năm 2022: không có giá trị và mẫu số bằng 0).",
                "The linear trend reaches 60.0 % by 2025; the milestone is at least 60 %."
                        + " 1 observation was skipped (2022: no value and a zero denominator)."));
    }

    @Test
    void onlySkippedObservationsGiveNoData() {
        Dataset data = Dataset.builder()
                .add(Observation.builder("SHARE", "14", YearPeriod.of(2022)).components(5, 0).build())
                .add(Observation.builder("SHARE", "14", YearPeriod.of(2023)).numerator(d("7")).build())
                .build();
        Assessment a = ProgressMethod.defaults().assess(SIXTY, first(SIXTY),
                Series.of(SIXTY, data, "14", Breakdown.TOTAL));
        assertThat(a.status()).isEqualTo(ProgressStatus.NO_DATA);
        assertThat(a.reason().en()).isEqualTo("No value is available, so progress towards at least 60 % by 2025 cannot"
                + " be assessed. 2 observations were skipped (2022: no value and a zero denominator;"
                + " 2023: no value and no denominator).");
    }

    @Test
    void anotherMethodPlugsInAndSharesTheAssessment() {
        ProgressMethod latestOnly = new ProgressMethod() {
            @Override
            public String name() {
                return "latest-only";
            }

            @Override
            public Assessment assess(Target target, Milestone milestone, List<SeriesPoint> series) {
                return Assessment.builder(name(), target.code(), milestone)
                        .build(series.isEmpty() ? ProgressStatus.NO_DATA : ProgressStatus.OFF_TRACK,
                                BilingualText.of("x"));
            }
        };
        Scorecard card = Scorecard.of(ScorecardTest.PLAN, Dataset.empty(), "14", Breakdown.TOTAL, latestOnly);
        assertThat(card.method()).isEqualTo("latest-only");
        assertThat(card.count(ProgressStatus.NO_DATA)).isEqualTo(3);
    }
}
