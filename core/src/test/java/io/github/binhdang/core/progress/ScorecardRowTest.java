package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.OWNERS_27;
import static io.github.binhdang.core.progress.Fixtures.SIXTY;
import static io.github.binhdang.core.progress.Fixtures.first;
import static io.github.binhdang.core.progress.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.period.YearPeriod;
import org.junit.jupiter.api.Test;

class ScorecardRowTest {

    @Test
    void readsTheAssessment() {
        Assessment a = BinhdangMethod.INSTANCE.assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        ScorecardRow row = new ScorecardRow(SIXTY, a);
        assertThat(row.milestone()).isEqualTo(first(SIXTY));
        assertThat(row.latestValue()).contains(Fixtures.d("50.0"));
        assertThat(row.latestPeriod()).contains(YearPeriod.of(2023));
        assertThat(row.status()).isEqualTo(ProgressStatus.ON_TRACK);
        assertThat(row.reason()).isEqualTo(a.reason());
    }

    @Test
    void refusesTheAssessmentOfAnotherTarget() {
        Assessment a = BinhdangMethod.INSTANCE.assess(SIXTY, first(SIXTY), series(2023, "50.0"));
        assertThatThrownBy(() -> new ScorecardRow(OWNERS_27, a))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("ScorecardRow.assessment");
                    assertThat(e.value()).isEqualTo("1.1");
                    assertThat(e).hasMessage(
                            "ScorecardRow.assessment: 1.1 is the assessment of another target than 1.2");
                });
    }
}
