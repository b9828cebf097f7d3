package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class QuantityTest {

    private static final Unit CLASSES = Unit.ofCount("classes", BilingualText.of("lớp", "classes"), "lớp");

    private static Quantity q(String value, Unit unit) {
        return Quantity.of(new BigDecimal(value), unit);
    }

    static Stream<Arguments> seedForms() {
        return Stream.of(
                // Sơn La 2017 (000_a1e0dca6d795e10c.txt)
                Arguments.of("38,89%", q("38.89", Unit.PERCENT)),
                Arguments.of("38,89 %", q("38.89", Unit.PERCENT)),
                Arguments.of("34,77%", q("34.77", Unit.PERCENT)),
                Arguments.of("31,8%", q("31.8", Unit.PERCENT)),
                Arguments.of("15,1%", q("15.1", Unit.PERCENT)),
                Arguments.of("4,61%", q("4.61", Unit.PERCENT)),
                Arguments.of("100%", q("100", Unit.PERCENT)),
                Arguments.of("125.525 người", q("125525", Unit.PERSONS)),
                Arguments.of("688.753 người", q("688753", Unit.PERSONS)),
                Arguments.of("110 người", q("110", Unit.PERSONS)),
                // Quảng Bình 2022 (002_f39baea8fe4e2bdc.txt), Sa Pa (001_569915345ff52de1.txt)
                Arguments.of("50 triệu đồng", q("50", Unit.MILLION_VND)),
                Arguments.of("30 triệu đồng", q("30", Unit.MILLION_VND)),
                Arguments.of("2.449.433 người", q("2449433", Unit.PERSONS)),
                Arguments.of("1.500 đồng", q("1500", Unit.VND)),
                // Other forms reports use
                Arguments.of("-4,61 điểm %", q("-4.61", Unit.PERCENTAGE_POINT)),
                Arguments.of("+4,61 pp", q("4.61", Unit.PERCENTAGE_POINT)),
                Arguments.of("69/100.000", q("69", Unit.PER_100000)),
                Arguments.of("112 /100", q("112", Unit.PER_100)),
                Arguments.of("1,5 tỷ đồng", q("1.5", Unit.BILLION_VND)),
                Arguments.of("2 449 433 người", q("2449433", Unit.PERSONS)),
                Arguments.of("\u00A050\u202Ftriệu đồng\u00A0", q("50", Unit.MILLION_VND)),
                Arguments.of("15,10%", q("15.10", Unit.PERCENT)),
                Arguments.of("1,8 lần", q("1.8", Unit.TIMES)),
                Arguments.of("50 vnd_million", q("50", Unit.MILLION_VND)));
    }

    @ParameterizedTest
    @MethodSource("seedForms")
    void readsTheFormsOfVietnameseReports(String text, Quantity expected) {
        assertThat(Quantity.parse(text, NumberNotation.VIETNAMESE)).isEqualTo(expected);
    }

    @Test
    void readsOtherNotations() {
        assertThat(Quantity.parse("2,299,828 người", NumberNotation.ENGLISH)).isEqualTo(q("2299828", Unit.PERSONS));
        assertThat(Quantity.parse("38.89 %", NumberNotation.ENGLISH)).isEqualTo(q("38.89", Unit.PERCENT));
        assertThat(Quantity.parse("38.89%", NumberNotation.PLAIN)).isEqualTo(q("38.89", Unit.PERCENT));
        assertThat(Quantity.parse("-4.61 percentage_point")).isEqualTo(q("-4.61", Unit.PERCENTAGE_POINT));
    }

    @ParameterizedTest
    @CsvSource({"75 lớp, 75", "02 lớp, 2", "01lớp, 1", "11 Lớp, 11", "4 classes, 4"})
    void readsAnApplicationsOwnUnits(String text, String value) {
        assertThat(Quantity.parse(text, NumberNotation.VIETNAMESE, List.of(CLASSES)))
                .isEqualTo(q(value, CLASSES));
    }

    @Test
    void ownUnitsComeBeforeBuiltInOnes() {
        Unit participants = Unit.ofCount("participants", BilingualText.of("người tham gia", "participants"), "người");
        assertThat(Quantity.parse("400 người", NumberNotation.VIETNAMESE, List.of(participants)).unit())
                .isEqualTo(participants);
        assertThat(Quantity.parse("400 đồng", NumberNotation.VIETNAMESE, List.of(participants)).unit())
                .isEqualTo(Unit.VND);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "gần 400 người         | 0  | expected a number",
        "hơn 330               | 0  | expected a number",
        "\"\"                  | 0  | expected a number",
        "-%                    | 0  | expected a number",
        "%                     | 0  | expected a number",
        "38,89                 | 5  | expected a unit after the number",
        "\"38,89  \"           | 5  | expected a unit after the number",
        "75 lớp                | 3  | unknown unit 'lớp'",
        "15.1%                 | 3  | a group after a thousands separator must have exactly 3 digits",
        "125.525/688.753 người | 7  | unknown unit '/688.753 người'",
        "15,1%.                | 4  | unknown unit '%.'",
        "1.2345 người          | 2  | a group after a thousands separator must have exactly 3 digits",
    })
    void refusesTextThatIsNotANumberAndAUnit(String text, int index, String rule) {
        assertThatThrownBy(() -> Quantity.parse(text, NumberNotation.VIETNAMESE))
                .isInstanceOfSatisfying(TextParseException.class, e -> {
                    assertThat(e.field()).isEqualTo("Quantity");
                    assertThat(e.text()).isEqualTo(text);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.getMessage())
                            .isEqualTo("Cannot parse '" + text + "' at index " + index + ": " + rule);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "140%          | 140 is above 100 for a percentage",
        "-5%           | -5 is below 0 for a percentage",
        "2,5 người     | 2.5 is not a whole number for a count of persons",
        "-1 /100.000   | -1 is below 0 for a rate per 100,000",
    })
    void refusesValuesTheUnitDoesNotAllow(String text, String rule) {
        assertThatThrownBy(() -> Quantity.parse(text, NumberNotation.VIETNAMESE))
                .isExactlyInstanceOf(InvalidValueException.class)
                .hasMessage("Quantity.value: " + rule);
    }

    @Test
    void checksTheValueWhenBuilt() {
        assertThatThrownBy(() -> q("-5", Unit.PERCENT))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Quantity.value");
                    assertThat(e.value()).isEqualTo("-5");
                    assertThat(e.getMessage()).isEqualTo("Quantity.value: -5 is below 0 for a percentage");
                });
        assertThatThrownBy(() -> new Quantity(new BigDecimal("140"), Unit.PERCENT))
                .hasMessage("Quantity.value: 140 is above 100 for a percentage");
        assertThat(q("100.0", Unit.PERCENT).value()).isEqualTo(new BigDecimal("100.0"));
    }

    @Test
    void storesANegativeScaleAsScaleZero() {
        Quantity thousand = q("1E+3", Unit.VND);
        assertThat(thousand.value()).isEqualTo(new BigDecimal("1000"));
        assertThat(thousand).hasToString("1000 vnd");
    }

    @Test
    void convertsExactly() {
        assertThat(q("50", Unit.MILLION_VND).to(Unit.VND)).isEqualTo(q("50000000", Unit.VND));
        assertThat(q("1.5", Unit.MILLION_VND).to(Unit.VND)).isEqualTo(q("1500000", Unit.VND));
        assertThat(q("2500", Unit.THOUSAND_VND).to(Unit.MILLION_VND)).isEqualTo(q("2.5", Unit.MILLION_VND));
        assertThat(q("12.5", Unit.PERCENT).to(Unit.PER_1000)).isEqualTo(q("125", Unit.PER_1000));
        Quantity same = q("2.00", Unit.PERCENT);
        assertThat(same.to(Unit.PERCENT)).isSameAs(same);
    }

    @Test
    void refusesConversionsThatBreakTheTarget() {
        assertThatThrownBy(() -> q("112", Unit.PER_100).to(Unit.PERCENT))
                .hasMessage("Quantity.value: 112 is above 100 for a percentage");
        assertThatThrownBy(() -> q("38.89", Unit.PERCENT).to(Unit.VND))
                .hasMessage("Unit.target: vnd cannot be converted from percent (a different base)");
    }

    @Test
    void comparesAmountsWithIsEquivalentTo() {
        assertThat(q("50", Unit.MILLION_VND).isEquivalentTo(q("50000", Unit.THOUSAND_VND))).isTrue();
        assertThat(q("50000", Unit.THOUSAND_VND).isEquivalentTo(q("50", Unit.MILLION_VND))).isTrue();
        assertThat(q("2.0", Unit.PERCENT).isEquivalentTo(q("2.00", Unit.PERCENT))).isTrue();
        assertThat(q("12.5", Unit.PERCENT).isEquivalentTo(q("125", Unit.PER_1000))).isTrue();
        assertThat(q("0.125", Unit.FRACTION).isEquivalentTo(q("12.5", Unit.PERCENT))).isTrue();
        assertThat(q("50", Unit.MILLION_VND).isEquivalentTo(q("50001", Unit.THOUSAND_VND))).isFalse();
        assertThat(q("2", Unit.PERCENT).isEquivalentTo(q("2", Unit.PERCENTAGE_POINT))).isFalse();
        assertThat(q("5", Unit.PERSONS).isEquivalentTo(q("5", Unit.COUNT))).isFalse();
        assertThat(q("5", CLASSES).isEquivalentTo(q("5.0", CLASSES))).isTrue();
    }

    @Test
    void equalsComparesUnitAndScale() {
        EqualityGroups.check(
                List.of(q("2.0", Unit.PERCENT), q("2.0", Unit.PERCENT), new Quantity(new BigDecimal("2.0"), Unit.PERCENT)),
                List.of(q("2.00", Unit.PERCENT)),
                List.of(q("2", Unit.PERCENT)),
                List.of(q("2.0", Unit.PER_100)),
                List.of(q("2", Unit.PERSONS), q("2", Unit.PERSONS)),
                List.of(q("2", Unit.COUNT)),
                List.of(q("2", CLASSES), q("2", Unit.ofCount("classes", BilingualText.of("lớp học"), "lớp học"))));
    }

    @Test
    void writesItsTextForm() {
        assertThat(q("38.89", Unit.PERCENT)).hasToString("38.89 percent");
        assertThat(q("50", Unit.MILLION_VND)).hasToString("50 vnd_million");
        assertThat(q("-4.61", Unit.PERCENTAGE_POINT)).hasToString("-4.61 percentage_point");
        assertThat(q("0.125", Unit.FRACTION)).hasToString("0.125 fraction");
    }

    @Test
    void formatsAsAReportWould() {
        assertThat(q("38.89", Unit.PERCENT).format(NumberNotation.VIETNAMESE)).isEqualTo("38,89%");
        assertThat(q("50", Unit.MILLION_VND).format(NumberNotation.VIETNAMESE)).isEqualTo("50 triệu đồng");
        assertThat(q("125525", Unit.PERSONS).format(NumberNotation.VIETNAMESE)).isEqualTo("125.525 người");
        assertThat(q("2449433.5", Unit.VND).format(NumberNotation.ENGLISH)).isEqualTo("2,449,433.5 đồng");
        assertThat(q("65", Unit.COUNT).format(NumberNotation.VIETNAMESE)).isEqualTo("65");
        assertThat(q("75", CLASSES).format(NumberNotation.VIETNAMESE)).isEqualTo("75 lớp");
    }

    @Property
    void readsBackItsTextForm(@ForAll("quantities") Quantity quantity) {
        assertThat(Quantity.parse(quantity.toString())).isEqualTo(quantity);
    }

    @Property
    void readsBackWhatItFormats(@ForAll("quantities") Quantity quantity, @ForAll NumberNotation notation) {
        if (quantity.unit().symbol().isEmpty()) {
            return; // a bare number names no unit
        }
        assertThat(Quantity.parse(quantity.format(notation), notation)).isEqualTo(quantity);
    }

    @Provide
    Arbitrary<Quantity> quantities() {
        return Arbitraries.of(Unit.builtIns()).flatMap(unit -> Arbitraries.integers().between(0, 6)
                .flatMap(scale -> values(unit, scale).map(value -> Quantity.of(value, unit))));
    }

    private static Arbitrary<BigDecimal> values(Unit unit, int scale) {
        int actualScale = unit.isIntegral() ? 0 : scale;
        BigInteger one = BigInteger.TEN.pow(actualScale);
        // A bounded unit's range: 0 to its maximum (100 % for a percentage, 1 for yes/no).
        BigInteger max = unit.maximum().isPresent()
                ? unit.maximum().get().toBigInteger().multiply(one) : BigInteger.TEN.pow(18);
        BigInteger min = unit.minimum().isPresent() ? BigInteger.ZERO : max.negate();
        return Arbitraries.bigIntegers().between(min, max).map(unscaled -> new BigDecimal(unscaled, actualScale));
    }
}
