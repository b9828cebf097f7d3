package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.TextParseException;
import java.text.Normalizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 19: the periods people write, read to the canonical period (worked out from the calendar by hand). */
class PeriodPhrasesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "năm 2022 | 2022",
            "Năm 2022 | 2022",
            "NĂM  2022 | 2022",
            "6 tháng đầu năm 2022 | 2022-S1",
            "6 tháng cuối năm 2022 | 2022-S2",
            "6 tháng đầu 2022 | 2022-S1",
            "quý III/2022 | 2022-Q3",
            "Quý IV/2021 | 2021-Q4",
            "quý I năm 2023 | 2023-Q1",
            "quý 2/2022 | 2022-Q2",
            "tháng 9/2022 | 2022-M09",
            "tháng 12 năm 2022 | 2022-M12",
            "giai đoạn 2021–2025 | 2021/2025",
            "2021-2025 | 2021/2025",
            "2021 – 2025 | 2021/2025",
            "Năm 2018 và 2019 | 2018/2019",
            "năm 2018 và năm 2019 | 2018/2019",
            "nhiệm kỳ HĐND 2016–2021 | HDND:2016/2021",
            "Nhiệm kỳ Quốc hội 2016-2021 | QH:2016/2021",
            "nhiệm kỳ cấp ủy 2015–2020 | CAPUY:2015/2020",
            "2021-01-01/2025-12-31 | 2021/2025",
            "2022-01-01/2022-12-31 | 2022",
            "2022-07-01/2022-09-30 | 2022-Q3",
            "2022-01-01/2022-06-30 | 2022-S1",
            "2022-02-01/2022-02-28 | 2022-M02",
            "2022-09 | 2022-M09"})
    void readsWhatPeopleWrite(String text, String canonical) {
        assertThat(ReportingPeriod.parse(text)).hasToString(canonical);
        assertThat(ReportingPeriod.parse(Normalizer.normalize(text, Normalizer.Form.NFD))).hasToString(canonical);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-13", "2021-00", "2021-1"})
    void aMistypedMonthIsAnsweredAboutMonths(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text)).isInstanceOfSatisfying(TextParseException.class, e -> {
            assertThat(e.index()).isEqualTo(5);
            assertThat(e.rule()).isEqualTo("month must be 01 to 12, as in 2021-09 or 2021-M09");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nhiệm kỳ 2016–2021 | a term names its body",
            "2021-01-01/2025-06-30 | are not a period",
            "2025-01-01/2021-12-31 | precedes the start date",
            "tháng 13/2022 | month must be 1 to 12",
            "giai đoạn 2025–2021 | must be after the start year",
            "năm 2019 và 2018 | must be after the start year",
            "quý V/2022 | expected a year such as 2022"})
    void refusesWhatIsNoPeriodSayingWhy(String text, String rule) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text)).isInstanceOfSatisfying(TextParseException.class,
                e -> assertThat(e.rule()).contains(rule));
    }
}
