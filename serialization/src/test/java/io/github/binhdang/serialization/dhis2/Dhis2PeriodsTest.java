package io.github.binhdang.serialization.dhis2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** DHIS2's period forms, rows from the DHIS2 Developer Manual's table "Date and period format". */
class Dhis2PeriodsTest {

    @ParameterizedTest
    @CsvSource({"2022, 2022", "2022S1, 2022-S1", "2022S2, 2022-S2", "2022Q3, 2022-Q3", "202209, 2022-M09",
        "202201, 2022-M01"})
    void readsTheFormsTheModelHolds(String dhis2, String ours) {
        ReportingPeriod period = Dhis2Periods.parse(dhis2);
        assertThat(period).isEqualTo(ReportingPeriod.parse(ours));
        assertThat(Dhis2Periods.format(period)).hasValue(dhis2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"2022July|financial year", "2022April|financial year",
        "2022Oct|financial year", "2022Nov|financial year", "2022W05|week", "2022W5|week", "2022WedW5|week",
        "2022BiW3|bi-week", "202201B|bi-month", "20220315|day", "2022AprilS1|April or November",
        "2022NovQ1|April or November", "2022Q5|quarter", "202213|month", "2022-Q3|is no DHIS2 period"})
    void refusesWithAReason(String dhis2, String reason) {
        assertThatThrownBy(() -> Dhis2Periods.parse(dhis2)).isInstanceOf(TextParseException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void aTermHasNoDhis2FormAndIsFiledUnderItsFirstYear() {
        TermPeriod term = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021);
        assertThat(Dhis2Periods.format(term)).isEmpty();
        assertThat(Dhis2Periods.filed(term)).isEqualTo("2016");
    }
}
