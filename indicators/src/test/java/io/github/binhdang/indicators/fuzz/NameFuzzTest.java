package io.github.binhdang.indicators.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.area.NameMatch;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.indicators.VietNamStrategies;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Fuzzes the look-up of names people type: area names in the catalogue of Viet Nam's units
 * ({@code VietNamAreas.lookUp}, with aliases, prefixes, diacritics or none, NFC or NFD), indicator names
 * and codes, strategy codes. The first byte of an area input picks the level and the date (before or
 * after the reform of 1 July 2025); the rest is the name. A look-up answers, found or not; it never
 * throws, except {@code findByName} for a name of several indicators as documented. Corpus in
 * {@code NameFuzzTestInputs/}; see CONTRIBUTING.md, "Fuzzing".
 */
class NameFuzzTest {

    private static final AreaLevel[] LEVELS = {AreaLevel.PROVINCE, AreaLevel.COMMUNE, AreaLevel.DISTRICT,
        AreaLevel.NATION};

    private static final LocalDate[] DATES = {LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30),
        LocalDate.of(2019, 1, 1)};

    /** Any name gives a match, with or without candidates; a found area has the level asked for. */
    @FuzzTest(maxDuration = "2m")
    void areaName(byte[] data) {
        int choice = data.length == 0 ? 0 : Byte.toUnsignedInt(data[0]);
        AreaLevel level = LEVELS[choice % LEVELS.length];
        LocalDate date = DATES[(choice / LEVELS.length) % DATES.length];
        String name = text(data, 1);
        NameMatch match = VietNamAreas.lookUp(name, level, date);
        match.areas().forEach(area -> {
            if (area.level() != level) {
                throw new AssertionError("'" + name + "' at " + level + " found " + area);
            }
        });
    }

    /** Any indicator name or code is found or not; several matches are the documented InvalidValueException. */
    @FuzzTest(maxDuration = "2m")
    void indicatorName(byte[] data) {
        String text = text(data, 0);
        try {
            GenderIndicators.findByName(text);
        } catch (InvalidValueException e) {
            // documented: a name of several indicators
        }
        GenderIndicators.find(text);
        VietNamStrategies.find(text);
    }

    private static String text(byte[] data, int from) {
        return new String(data, Math.min(from, data.length), Math.max(0, data.length - from), StandardCharsets.UTF_8);
    }
}
