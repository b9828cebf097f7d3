package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeasureKindTest {

    private static final Unit CLASSES = Unit.ofCount("classes", BilingualText.of("lớp", "classes"), "lớp");

    // One row per unit; the columns are COUNT, PERCENTAGE, RATIO, TIMES, MEAN, AMOUNT, YES_NO (Y = compatible).
    @ParameterizedTest
    @CsvSource({
        "fraction,         N, N, Y, N, Y, N, N",
        "percent,          N, Y, N, N, Y, N, N",
        "percentage_point, N, N, N, N, N, N, N",
        "per_100,          N, N, Y, N, Y, N, N",
        "per_1000,         N, N, Y, N, Y, N, N",
        "per_100000,       N, N, Y, N, Y, N, N",
        "times,            N, N, N, Y, Y, N, N",
        "persons,          Y, N, N, N, Y, N, N",
        "count,            Y, N, N, N, Y, N, N",
        "hours,            N, N, N, N, Y, N, N",
        "years,            N, N, N, N, Y, N, N",
        "vnd,              N, N, N, N, Y, Y, N",
        "vnd_thousand,     N, N, N, N, Y, Y, N",
        "vnd_million,      N, N, N, N, Y, Y, N",
        "vnd_billion,      N, N, N, N, Y, Y, N",
        "classes,          Y, N, N, N, Y, N, N",
        "yes_no,           N, N, N, N, N, N, Y",
    })
    void matchesKindsToUnits(String code, char count, char percentage, char ratio, char times, char mean,
            char amount, char yesNo) {
        Unit unit = "classes".equals(code) ? CLASSES : Unit.find(code).orElseThrow();
        assertThat(MeasureKind.COUNT.isCompatibleWith(unit)).isEqualTo(count == 'Y');
        assertThat(MeasureKind.PERCENTAGE.isCompatibleWith(unit)).isEqualTo(percentage == 'Y');
        assertThat(MeasureKind.RATIO.isCompatibleWith(unit)).isEqualTo(ratio == 'Y');
        assertThat(MeasureKind.TIMES.isCompatibleWith(unit)).isEqualTo(times == 'Y');
        assertThat(MeasureKind.MEAN.isCompatibleWith(unit)).isEqualTo(mean == 'Y');
        assertThat(MeasureKind.AMOUNT.isCompatibleWith(unit)).isEqualTo(amount == 'Y');
        assertThat(MeasureKind.YES_NO.isCompatibleWith(unit)).isEqualTo(yesNo == 'Y');
    }

    @Test
    void everyBuiltInUnitHasARow() {
        // Guards the table above: a new built-in unit must be added to it.
        assertThat(Unit.builtIns()).hasSize(16);
    }

    // Counts and money add up; the quotients (percentage, ratio, times) and means do not.
    @ParameterizedTest
    @CsvSource({"COUNT, true", "PERCENTAGE, false", "RATIO, false", "TIMES, false", "MEAN, false", "AMOUNT, true",
        "YES_NO, false"})
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
        "YES_NO,     Có/không,        Yes or no",
    })
    void hasBilingualTitles(MeasureKind kind, String vi, String en) {
        assertThat(kind.title()).isEqualTo(BilingualText.of(vi, en));
    }
}
