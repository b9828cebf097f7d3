package io.github.binhdang.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class GdiGroupTest {

    @ParameterizedTest
    @CsvSource({
        // GDI, group, worked by hand: limits at deviations 0.025, 0.05, 0.075 and 0.1 either side of parity,
        // each limit in the group closer to parity; the GDI is rounded to 3 decimals first (0.9746 is 0.975,
        // group 1; 0.8996 is 0.900, group 4).
        "1.000, 1", "0.976, 1", "1.024, 1", "0.975, 1", "1.025, 1", "0.9746, 1",
        "0.9744, 2", "0.974, 2", "1.026, 2", "0.951, 2", "0.950, 2", "1.050, 2",
        "0.949, 3", "1.074, 3", "0.925, 3", "1.075, 3",
        "0.924, 4", "0.905, 4", "0.900, 4", "1.100, 4", "0.8996, 4",
        "0.8994, 5", "0.899, 5", "1.101, 5", "0.622, 5"})
    void groupsByAbsoluteDeviationFromParity(String gdi, int group) {
        assertThat(GdiGroup.of(new BigDecimal(gdi)).number()).isEqualTo(group);
    }

    /** Every country of UNDP's table for 2022 (182), with its published GDI and group; see the file's header. */
    @ParameterizedTest(name = "{0}: GDI {1}, group {2}")
    @CsvFileSource(resources = "gdi-groups-2022.csv")
    void groupsEveryCountryAsUndpPublishedFor2022(String iso3, String gdi, int group) {
        assertThat(GdiGroup.of(new BigDecimal(gdi)).number()).as(iso3).isEqualTo(group);
    }
}
