package io.github.binhdang.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitTest {

    private static final Unit CLASSES = Unit.ofCount("classes", BilingualText.of("lớp", "classes"), "lớp");

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    // code, symbol, base, factor, perMultiplier, integral, minimum, maximum ("-" for none)
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fraction         |            | fraction | 1          | 1      | false | 0 | -",
        "percent          | %          | fraction | 0.01       | 100    | false | 0 | 100",
        "percentage_point | điểm %     | percentage_point | 1  | 1      | false | - | -",
        "per_100          | /100       | fraction | 0.01       | 100    | false | 0 | -",
        "per_1000         | ‰          | fraction | 0.001      | 1000   | false | 0 | -",
        "per_100000       | /100.000   | fraction | 0.00001    | 100000 | false | 0 | -",
        "times            | lần        | times    | 1          | 1      | false | 0 | -",
        "persons          | người      | persons  | 1          | 1      | true  | 0 | -",
        "count            |            | count    | 1          | 1      | true  | 0 | -",
        "hours            | giờ        | hours    | 1          | 1      | false | 0 | -",
        "years            | năm        | years    | 1          | 1      | false | 0 | -",
        "vnd              | đồng       | vnd      | 1          | 1      | false | - | -",
        "vnd_thousand     | nghìn đồng | vnd      | 1000       | 1      | false | - | -",
        "vnd_million      | triệu đồng | vnd      | 1000000    | 1      | false | - | -",
        "vnd_billion      | tỷ đồng    | vnd      | 1000000000 | 1      | false | - | -",
    })
    void describesEachBuiltInUnit(String code, String symbol, String base, String factor, String per,
            boolean integral, String minimum, String maximum) {
        Unit unit = Unit.find(code).orElseThrow();
        assertThat(unit.code()).isEqualTo(code);
        assertThat(unit.toString()).isEqualTo(code);
        assertThat(unit.symbol()).isEqualTo(symbol == null ? "" : symbol);
        assertThat(unit.base()).isEqualTo(Unit.find(base).orElseThrow());
        assertThat(unit.factor()).isEqualByComparingTo(factor);
        assertThat(unit.perMultiplier()).isEqualByComparingTo(per);
        assertThat(unit.isIntegral()).isEqualTo(integral);
        assertThat(unit.minimum().map(BigDecimal::toPlainString)).isEqualTo(optional(minimum));
        assertThat(unit.maximum().map(BigDecimal::toPlainString)).isEqualTo(optional(maximum));
    }

    private static Optional<String> optional(String bound) {
        return "-".equals(bound) ? Optional.empty() : Optional.of(bound);
    }

    @Test
    void constantsAreTheUnitsOfTheirCodes() {
        assertThat(List.of(Unit.FRACTION, Unit.PERCENT, Unit.PERCENTAGE_POINT, Unit.PER_100, Unit.PER_1000,
                Unit.PER_100000, Unit.TIMES, Unit.PERSONS, Unit.COUNT, Unit.HOURS, Unit.YEARS, Unit.VND,
                Unit.THOUSAND_VND, Unit.MILLION_VND, Unit.BILLION_VND, Unit.YES_NO))
                .isEqualTo(Unit.builtIns())
                .extracting(Unit::code)
                .containsExactly("fraction", "percent", "percentage_point", "per_100", "per_1000",
                        "per_100000", "times", "persons", "count", "hours", "years", "vnd", "vnd_thousand",
                        "vnd_million", "vnd_billion", "yes_no");
        assertThat(Unit.PERCENT.name()).isEqualTo(BilingualText.of("phần trăm", "percent"));
        assertThat(Unit.MILLION_VND.name().en()).isEqualTo("million dong");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Percent", "PERCENT", "classes", "%", "", " percent"})
    void findsOnlyBuiltInCodesExactly(String code) {
        assertThat(Unit.find(code)).isEmpty();
    }

    static Stream<Arguments> symbols() {
        String nfdMillion = Normalizer.normalize("triệu đồng", Normalizer.Form.NFD);
        return Stream.of(
                Arguments.of("%", Unit.PERCENT),
                Arguments.of("phần trăm", Unit.PERCENT),
                Arguments.of("người", Unit.PERSONS),
                Arguments.of("lần", Unit.TIMES),
                Arguments.of("đồng", Unit.VND),
                Arguments.of("nghìn đồng", Unit.THOUSAND_VND),
                Arguments.of("ngàn đồng", Unit.THOUSAND_VND),
                Arguments.of("triệu đồng", Unit.MILLION_VND),
                Arguments.of("tỷ đồng", Unit.BILLION_VND),
                Arguments.of("tỉ đồng", Unit.BILLION_VND),
                Arguments.of("giờ", Unit.HOURS),
                Arguments.of("năm", Unit.YEARS),
                Arguments.of("VND", Unit.VND),
                Arguments.of("vnd", Unit.VND),
                Arguments.of("VNĐ", Unit.VND),
                Arguments.of("₫", Unit.VND),
                Arguments.of("điểm %", Unit.PERCENTAGE_POINT),
                Arguments.of("pp", Unit.PERCENTAGE_POINT),
                Arguments.of("PP", Unit.PERCENTAGE_POINT),
                Arguments.of("/100", Unit.PER_100),
                Arguments.of("‰", Unit.PER_1000),
                Arguments.of("/1000", Unit.PER_1000),
                Arguments.of("/100.000", Unit.PER_100000),
                Arguments.of("/100,000", Unit.PER_100000),
                Arguments.of("Triệu Đồng", Unit.MILLION_VND),
                Arguments.of("TRIỆU ĐỒNG", Unit.MILLION_VND),
                Arguments.of(" triệu\u00A0 đồng ", Unit.MILLION_VND),
                Arguments.of(nfdMillion, Unit.MILLION_VND));
    }

    @ParameterizedTest
    @MethodSource("symbols")
    void findsBuiltInUnitsBySymbol(String symbol, Unit expected) {
        assertThat(Unit.findBySymbol(symbol)).contains(expected);
    }

    @Test
    void theNfdRowReallyIsDecomposed() {
        String nfd = Normalizer.normalize("triệu đồng", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("triệu đồng").hasSizeGreaterThan("triệu đồng".length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lớp", "", "   ", "triệuđồng", "dong", "percent_point"})
    void findsNoUnitForOtherSymbols(String symbol) {
        assertThat(Unit.findBySymbol(symbol)).isEmpty();
    }

    static Stream<Arguments> conversions() {
        return Stream.of(
                Arguments.of("50", Unit.MILLION_VND, Unit.VND, "50000000"),
                Arguments.of("1.5", Unit.MILLION_VND, Unit.VND, "1500000"),
                Arguments.of("2500", Unit.THOUSAND_VND, Unit.MILLION_VND, "2.5"),
                Arguments.of("50", Unit.MILLION_VND, Unit.THOUSAND_VND, "50000"),
                Arguments.of("1", Unit.BILLION_VND, Unit.MILLION_VND, "1000"),
                Arguments.of("1500000", Unit.VND, Unit.MILLION_VND, "1.5"),
                Arguments.of("2.50", Unit.MILLION_VND, Unit.THOUSAND_VND, "2500"),
                Arguments.of("12.5", Unit.PERCENT, Unit.PER_1000, "125"),
                Arguments.of("12.50", Unit.PERCENT, Unit.PER_1000, "125"),
                Arguments.of("38.89", Unit.PERCENT, Unit.FRACTION, "0.3889"),
                Arguments.of("0.25", Unit.FRACTION, Unit.PERCENT, "25"),
                Arguments.of("69", Unit.PER_100000, Unit.PERCENT, "0.069"),
                Arguments.of("112", Unit.PER_100, Unit.PER_1000, "1120"),
                Arguments.of("0.120", Unit.PER_1000, Unit.PERCENT, "0.012"),
                Arguments.of("0.00", Unit.PERCENT, Unit.PER_100000, "0"),
                Arguments.of("5E+3", Unit.THOUSAND_VND, Unit.VND, "5000000"));
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void convertsExactly(String value, Unit from, Unit to, String expected) {
        // isEqualTo on BigDecimal checks the scale: 1.5 million is 1500000, not 1500000.0.
        assertThat(from.convert(d(value), to)).isEqualTo(d(expected));
    }

    @Test
    void convertingIntoTheSameUnitKeepsTheValue() {
        BigDecimal value = d("2.00");
        assertThat(Unit.PERCENT.convert(value, Unit.PERCENT)).isSameAs(value);
    }

    @Test
    void convertsNothingAcrossBases() {
        assertThatThrownBy(() -> Unit.PERCENT.convert(BigDecimal.ONE, Unit.VND))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Unit.target");
                    assertThat(e.value()).isEqualTo("vnd");
                    assertThat(e.getMessage())
                            .isEqualTo("Unit.target: vnd cannot be converted from percent (a different base)");
                });
        assertThatThrownBy(() -> Unit.PERCENT.convert(BigDecimal.ONE, Unit.PERCENTAGE_POINT))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> Unit.PERSONS.convert(BigDecimal.ONE, Unit.COUNT))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CLASSES.convert(BigDecimal.ONE, Unit.COUNT))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void convertibleUnitsShareABase() {
        List<Unit> fractions = List.of(Unit.FRACTION, Unit.PERCENT, Unit.PER_100, Unit.PER_1000, Unit.PER_100000);
        List<Unit> money = List.of(Unit.VND, Unit.THOUSAND_VND, Unit.MILLION_VND, Unit.BILLION_VND);
        for (Unit a : Unit.builtIns()) {
            for (Unit b : Unit.builtIns()) {
                boolean expected = a.equals(b) || fractions.contains(a) && fractions.contains(b)
                        || money.contains(a) && money.contains(b);
                assertThat(a.isConvertibleTo(b)).as("%s to %s", a, b).isEqualTo(expected);
            }
            assertThat(a.isConvertibleTo(CLASSES)).isFalse();
        }
        assertThat(CLASSES.isConvertibleTo(CLASSES)).isTrue();
        assertThat(CLASSES.base()).isSameAs(CLASSES);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "percent          | -5     | -5 is below 0 for a percentage",
        "percent          | 140    | 140 is above 100 for a percentage",
        "percent          | 100.01 | 100.01 is above 100 for a percentage",
        "persons          | 2.5    | 2.5 is not a whole number for a count of persons",
        "persons          | -1     | -1 is below 0 for a count of persons",
        "count            | 0.5    | 0.5 is not a whole number for a count",
        "per_100000       | -1     | -1 is below 0 for a rate per 100,000",
        "per_100          | -0.1   | -0.1 is below 0 for a rate per 100",
        "per_1000         | -3     | -3 is below 0 for a rate per 1,000",
        "fraction         | -0.25  | -0.25 is below 0 for a fraction",
        "times            | -1.8   | -1.8 is below 0 for a ratio in times",
        "hours            | -2     | -2 is below 0 for a number of hours",
        "years            | -0.5   | -0.5 is below 0 for a number of years",
    })
    void refusesValuesOutsideTheUnit(String code, String value, String message) {
        Unit unit = Unit.find(code).orElseThrow();
        assertThatThrownBy(() -> unit.requireValid("Milestone.value", d(value)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Milestone.value");
                    assertThat(e.value()).isEqualTo(value);
                    assertThat(e.getMessage()).isEqualTo("Milestone.value: " + message);
                });
    }

    @Test
    void namesTheFieldItIsGiven() {
        assertThatThrownBy(() -> Unit.PERSONS.requireValid("Target.value", d("2.5")))
                .hasMessage("Target.value: 2.5 is not a whole number for a count of persons");
        assertThatThrownBy(() -> CLASSES.requireValid("Observation.value", d("1.5")))
                .hasMessage("Observation.value: 1.5 is not a whole number for a count of classes");
    }

    @Test
    void showsTheValueInPlainDigits() {
        assertThatThrownBy(() -> Unit.PERCENT.requireValid("Milestone.value", d("1E+3")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.value()).isEqualTo("1000"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "percent          | 100.0",
        "percent          | 0",
        "percent          | 100",
        "percent          | 38.89",
        "persons          | 12.0",
        "persons          | 125525",
        "per_100          | 112",
        "per_100000       | 0",
        "percentage_point | -4.61",
        "percentage_point | 150",
        "vnd              | -5000000",
        "vnd_million      | 1.5",
        "count            | 0",
        "times            | 1.8",
    })
    void acceptsValidValuesAndReturnsThem(String code, String value) {
        BigDecimal number = d(value);
        assertThat(Unit.find(code).orElseThrow().requireValid("Milestone.value", number)).isSameAs(number);
    }

    @Test
    void makesAnApplicationsOwnCountUnits() {
        Unit clubs = Unit.ofCount("clubs", BilingualText.of("câu lạc bộ", "clubs"), " câu lạc bộ ");
        assertThat(clubs.code()).isEqualTo("clubs");
        assertThat(clubs.symbol()).isEqualTo("câu lạc bộ");
        assertThat(clubs.name().en()).isEqualTo("clubs");
        assertThat(clubs.isIntegral()).isTrue();
        assertThat(clubs.minimum()).contains(BigDecimal.ZERO);
        assertThat(clubs.maximum()).isEmpty();
        assertThat(clubs.factor()).isEqualTo(BigDecimal.ONE);
        assertThat(clubs.perMultiplier()).isEqualTo(BigDecimal.ONE);
        assertThat(Unit.find("clubs")).isEmpty();
        assertThat(Unit.findBySymbol("câu lạc bộ")).isEmpty();
    }

    @Test
    void refusesTheCodeOfABuiltInUnit() {
        assertThatThrownBy(() -> Unit.ofCount("persons", BilingualText.of("người"), "người"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Unit.code");
                    assertThat(e.value()).isEqualTo("'persons'");
                    assertThat(e.getMessage()).isEqualTo("Unit.code: 'persons' is the code of a built-in unit");
                });
    }

    @Test
    void refusesAMalformedCode() {
        assertThatThrownBy(() -> Unit.ofCount("lớp học", BilingualText.of("lớp"), "lớp"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Unit.code");
                    assertThat(e.value()).isEqualTo("'lớp học'");
                    assertThat(e.getMessage()).isEqualTo("Unit.code: 'lớp học' must be letters, digits, "
                            + "'.', '_' or '-', starting with a letter or digit");
                });
    }

    @Test
    void refusesABlankSymbol() {
        assertThatThrownBy(() -> Unit.ofCount("classes", BilingualText.of("lớp"), " "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Unit.symbol");
                    assertThat(e.value()).isEqualTo("' '");
                    assertThat(e.getMessage()).isEqualTo("Unit.symbol: ' ' must not be blank");
                });
    }

    @Test
    void equalsByCode() {
        Unit classesAgain = Unit.ofCount("classes", BilingualText.of("lớp học", "training classes"), "lớp học");
        EqualityGroups.check(
                List.of(Unit.PERCENT, Unit.find("percent").orElseThrow(), Unit.findBySymbol("%").orElseThrow()),
                List.of(Unit.PER_100),
                List.of(Unit.PERSONS),
                List.of(Unit.COUNT),
                List.of(CLASSES, classesAgain),
                List.of(Unit.ofCount("clubs", BilingualText.of("câu lạc bộ", "clubs"), "câu lạc bộ")),
                List.of(Unit.VND, Unit.findBySymbol("VNĐ").orElseThrow()),
                List.of(Unit.MILLION_VND));
    }

    @Test
    void builtInCodesAndSymbolsAreUnique() {
        assertThat(Unit.builtIns().stream().map(Unit::code).collect(Collectors.toSet())).hasSize(16);
        for (Unit unit : Unit.builtIns()) {
            if (!unit.symbol().isEmpty()) {
                assertThat(Unit.findBySymbol(unit.symbol())).contains(unit);
            }
        }
    }
}
