package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureKindTest {

    private static final Unit CLASSES = Unit.ofCount("classes", BilingualText.of("lớp", "classes"), "lớp");

    // One row per unit; the columns are COUNT, PERCENTAGE, RATIO, TIMES, MEAN, AMOUNT (Y = compatible).
    @ParameterizedTest
    @CsvSource({
        "fraction,         N, N, Y, N, Y, N",
        "percent,          N, Y, N, N, Y, N",
        "percentage_point, N, N, N, N, N, N",
        "per_100,          N, N, Y, N, Y, N",
        "per_1000,         N, N, Y, N, Y, N",
        "per_100000,       N, N, Y, N, Y, N",
        "times,            N, N, N, Y, Y, N",
        "persons,          Y, N, N, N, Y, N",
        "count,            Y, N, N, N, Y, N",
        "hours,            N, N, N, N, Y, N",
        "years,            N, N, N, N, Y, N",
        "vnd,              N, N, N, N, Y, Y",
        "vnd_thousand,     N, N, N, N, Y, Y",
        "vnd_million,      N, N, N, N, Y, Y",
        "vnd_billion,      N, N, N, N, Y, Y",
        "classes,          Y, N, N, N, Y, N",
    })
    void matchesKindsToUnits(String code, char count, char percentage, char ratio, char times, char mean,
            char amount) {
        Unit unit = "classes".equals(code) ? CLASSES : Unit.find(code).orElseThrow();
        assertThat(MeasureKind.COUNT.isCompatibleWith(unit)).isEqualTo(count == 'Y');
        assertThat(MeasureKind.PERCENTAGE.isCompatibleWith(unit)).isEqualTo(percentage == 'Y');
        assertThat(MeasureKind.RATIO.isCompatibleWith(unit)).isEqualTo(ratio == 'Y');
        assertThat(MeasureKind.TIMES.isCompatibleWith(unit)).isEqualTo(times == 'Y');
        assertThat(MeasureKind.MEAN.isCompatibleWith(unit)).isEqualTo(mean == 'Y');
        assertThat(MeasureKind.AMOUNT.isCompatibleWith(unit)).isEqualTo(amount == 'Y');
    }

    @Test
    void everyBuiltInUnitHasARow() {
        // Guards the table above: a new built-in unit must be added to it.
        assertThat(Unit.builtIns()).hasSize(15);
    }

    // Counts and money add up; the quotients (percentage, ratio, times) and means do not.
    @ParameterizedTest
    @CsvSource({"COUNT, true", "PERCENTAGE, false", "RATIO, false", "TIMES, false", "MEAN, false", "AMOUNT, true"})
    void countsAndAmountsAreAdditive(MeasureKind kind, boolean additive) {
        assertThat(kind.isAdditive()).isEqualTo(additive);
    }

    @ParameterizedTest
    @CsvSource({
        "COUNT,      Số lượng,        Count",
        "PERCENTAGE, Tỷ lệ phần trăm, Percentage",
        "RATIO,      Tỷ số,           Ratio",
        "TIMES,      Số lần,          Times",
        "MEAN,       Số bình quân,    Mean",
        "AMOUNT,     Số tiền,         Amount of money",
    })
    void hasBilingualTitles(MeasureKind kind, String vi, String en) {
        assertThat(kind.title()).isEqualTo(BilingualText.of(vi, en));
    }
}
