package io.github.binhdang.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationKey;

/**
 * Fuzzes the text forms of breakdowns ({@code SEX=F;AGE_GROUP=15-24}) and of observation keys
 * ({@code W_ENT/14/2017/_T}), which JSON map keys and CSV cells carry. Corpus in
 * {@code BreakdownFuzzTestInputs/}; see CONTRIBUTING.md, "Fuzzing".
 */
class BreakdownFuzzTest {

    /** A breakdown reads and its text form reads back equal, or a TextParseException inside the text. */
    @FuzzTest(maxDuration = "2m")
    void breakdown(byte[] data) {
        String text = Outcomes.text(data, 0);
        Outcomes.parse(text, () -> Breakdown.parse(text)).ifPresent(
                b -> Outcomes.requireEqual(b, Breakdown.parse(b.toString()), "Breakdown.parse(toString())"));
    }

    /** A key reads and its text form reads back equal, or a TextParseException inside the text. */
    @FuzzTest(maxDuration = "2m")
    void observationKey(byte[] data) {
        String text = Outcomes.text(data, 0);
        Outcomes.parse(text, () -> ObservationKey.parse(text)).ifPresent(
                k -> Outcomes.requireEqual(k, ObservationKey.parse(k.toString()), "ObservationKey.parse(toString())"));
    }
}
