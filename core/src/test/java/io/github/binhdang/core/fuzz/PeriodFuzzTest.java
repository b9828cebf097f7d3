package io.github.binhdang.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.binhdang.core.period.ReportingPeriod;

/**
 * Fuzzes the reading of reporting periods: every text form ({@code 2022}, {@code 2022-S1},
 * {@code 2022-Q3}, {@code 2022-M09}, {@code 2021/2025}, terms) and the Vietnamese phrases
 * ("6 tháng đầu năm 2022", "Quý III/2022", "nhiệm kỳ 2021-2026"). Corpus in
 * {@code PeriodFuzzTestInputs/}; see CONTRIBUTING.md, "Fuzzing".
 */
class PeriodFuzzTest {

    /** Any text gives a period whose text form reads back equal, or a TextParseException inside the text. */
    @FuzzTest(maxDuration = "2m")
    void parse(byte[] data) {
        String text = Outcomes.text(data, 0);
        Outcomes.parse(text, () -> ReportingPeriod.parse(text)).ifPresent(period -> Outcomes.requireEqual(period,
                ReportingPeriod.parse(period.toString()), "ReportingPeriod.parse(toString())"));
    }
}
