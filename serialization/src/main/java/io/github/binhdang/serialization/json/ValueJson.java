package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.period.DateRange;
import io.github.binhdang.core.period.PeriodKind;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.unit.Decimals;
import io.github.binhdang.core.unit.Quantity;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * The JSON of the small values: texts, decimals, periods, units, quantities, breakdowns, dimensions
 * and directions. The format is described in the package documentation.
 */
final class ValueJson {

    private static final List<BreakdownDimension> BUILT_IN_DIMENSIONS = List.of(BreakdownDimension.SEX,
            BreakdownDimension.AGE_GROUP, BreakdownDimension.RESIDENCE, BreakdownDimension.ETHNICITY);

    private static final List<Object> BILINGUAL = List.of("vi", "en");
    private static final List<Object> UNIT = List.of("code", "name", "symbol");
    private static final List<Object> QUANTITY = List.of("value", "unit");
    private static final List<Object> DIMENSION = List.of("code", "name");
    private static final List<Object> DIRECTION = List.of("kind", "low", "high");

    private ValueJson() {
    }

    // Decimals: every digit as it is. A negative scale (1E+3) has no plain form that keeps it, so it
    // is written with its exponent, which reads back to the same BigDecimal.

    static void writeDecimal(BigDecimal value, JsonGenerator g) {
        // Values of the model are within Decimals.isBounded; a bigger one is written short, never plain.
        g.writeNumber(value.scale() >= 0 && Decimals.isBounded(value) ? value.toPlainString() : value.toString());
    }

    static void writeDecimal(String name, BigDecimal value, JsonGenerator g) {
        g.writeName(name);
        writeDecimal(value, g);
    }

    // Texts.

    static void writeBilingual(BilingualText text, JsonGenerator g) {
        g.writeStartObject();
        g.writeStringProperty("vi", text.vi());
        g.writeStringProperty("en", text.en());
        g.writeEndObject();
    }

    static void writeBilingual(String name, BilingualText text, JsonGenerator g) {
        g.writeName(name);
        writeBilingual(text, g);
    }

    static BilingualText readBilingual(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, BilingualText.class, BILINGUAL);
        String vi = null;
        String en = null;
        for (String name = f.next(); name != null; name = f.next()) {
            switch (name) {
                case "vi":
                    vi = f.readText();
                    break;
                case "en":
                    en = f.readText();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedVi = f.require(vi, "vi");
        String checkedEn = f.require(en, "en");
        return f.build(() -> BilingualText.of(checkedVi, checkedEn));
    }

    // Periods and dates.

    static void writePeriod(ReportingPeriod period, JsonGenerator g) {
        g.writeString(period.toString());
    }

    static ReportingPeriod readPeriod(JsonParser p, ReadScope scope) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonFields.mismatch(p, ReportingPeriod.class,
                    "expected a period as text, such as \"2022\" or \"2022-S1\", but found "
                            + JsonFields.describe(p.currentToken()));
        }
        return scope.period(p.getString());
    }

    /** Reads a period of one kind: a {@code QuarterPeriod} property refuses {@code "2022-S1"}. */
    static <P extends ReportingPeriod> ValueReader<P> periodOf(Class<P> type, PeriodKind kind) {
        return (p, scope) -> {
            ReportingPeriod period = readPeriod(p, scope);
            if (period.kind() != kind) {
                throw new InvalidValueException(type.getSimpleName(), "'" + period + "'",
                        "is a " + period.kind() + " period, not a " + kind + " period");
            }
            return type.cast(period);
        };
    }

    static void writeDate(LocalDate date, JsonGenerator g) {
        g.writeString(date.toString());
    }

    static void writeDateRange(DateRange range, JsonGenerator g) {
        g.writeString(range.toString());
    }

    static DateRange readDateRange(JsonParser p, ReadScope scope) {
        String text = JsonFields.text(p);
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new TextParseException("DateRange", text, text.length(), "expected two ISO dates joined by '/'");
        }
        LocalDate start = isoDate(text, 0, slash);
        LocalDate end = isoDate(text, slash + 1, text.length());
        return new DateRange(start, end);
    }

    private static LocalDate isoDate(String text, int from, int to) {
        try {
            return LocalDate.parse(text.substring(from, to));
        } catch (java.time.format.DateTimeParseException e) {
            throw new TextParseException("DateRange", text, from + e.getErrorIndex(), "expected an ISO date such as 2021-12-15");
        }
    }

    static void writeTermBody(TermBody body, JsonGenerator g) {
        g.writeString(body.code());
    }

    static TermBody readTermBody(JsonParser p, ReadScope scope) {
        return TermBody.of(JsonFields.text(p));
    }

    static void writeSex(Sex sex, JsonGenerator g) {
        g.writeString(sex.code());
    }

    static Sex readSex(JsonParser p, ReadScope scope) {
        return Sex.of(JsonFields.text(p));
    }

    static <E extends Enum<E>> ValueWriter<E> enumWriter() {
        return (constant, g) -> g.writeString(constant.name());
    }

    static <E extends Enum<E>> ValueReader<E> enumReader(Class<E> type) {
        return (p, scope) -> JsonFields.constant(p, type);
    }

    // Units: a built-in unit by its code; an application's count unit as an object that can rebuild it.

    static void writeUnit(Unit unit, JsonGenerator g) {
        if (isBuiltIn(unit)) {
            g.writeString(unit.code());
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("code", unit.code());
        writeBilingual("name", unit.name(), g);
        g.writeStringProperty("symbol", unit.symbol());
        g.writeEndObject();
    }

    private static boolean isBuiltIn(Unit unit) {
        Optional<Unit> builtIn = Unit.find(unit.code());
        return builtIn.isPresent() && builtIn.get() == unit;
    }

    static Unit readUnit(JsonParser p, ReadScope scope) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String code = p.getString();
            return Unit.find(code).orElseThrow(() -> new InvalidValueException("Unit.code", "'" + code + "'",
                    "is not the code of a built-in unit; an application's count unit is written as an object"
                            + " with its code, name and symbol"));
        }
        JsonFields f = JsonFields.open(p, scope, Unit.class, UNIT);
        String code = null;
        BilingualText name = null;
        String symbol = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "name":
                    name = f.read(ValueJson::readBilingual);
                    break;
                case "symbol":
                    symbol = f.readText();
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedCode = f.require(code, "code");
        BilingualText checkedName = f.require(name, "name");
        String checkedSymbol = f.require(symbol, "symbol");
        return f.build(() -> Unit.ofCount(checkedCode, checkedName, checkedSymbol));
    }

    static void writeQuantity(Quantity quantity, JsonGenerator g) {
        g.writeStartObject();
        writeDecimal("value", quantity.value(), g);
        g.writeName("unit");
        writeUnit(quantity.unit(), g);
        g.writeEndObject();
    }

    static Quantity readQuantity(JsonParser p, ReadScope scope) {
        JsonFields f = JsonFields.open(p, scope, Quantity.class, QUANTITY);
        BigDecimal value = null;
        Unit unit = null;
        for (String name = f.next(); name != null; name = f.next()) {
            switch (name) {
                case "value":
                    value = f.readDecimal();
                    break;
                case "unit":
                    unit = f.read(ValueJson::readUnit);
                    break;
                default:
                    f.unknown();
            }
        }
        BigDecimal checkedValue = f.require(value, "value");
        Unit checkedUnit = f.require(unit, "unit");
        return f.build(() -> Quantity.of(checkedValue, checkedUnit));
    }

    // Breakdowns: the text form, "_T" or "AGE_GROUP=15-24;SEX=F".

    static void writeBreakdown(Breakdown breakdown, JsonGenerator g) {
        g.writeString(breakdown.toString());
    }

    static Breakdown readBreakdown(JsonParser p, ReadScope scope) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw JsonFields.mismatch(p, Breakdown.class,
                    "expected a breakdown as text, such as \"_T\" or \"AGE_GROUP=15-24;SEX=F\", but found "
                            + JsonFields.describe(p.currentToken()));
        }
        return scope.breakdown(p, p.getString());
    }

    // Dimensions: a built-in one by its code, an application's as an object.

    static void writeDimension(BreakdownDimension dimension, JsonGenerator g) {
        if (builtInDimension(dimension.code()).filter(dimension::equals).isPresent()) {
            g.writeString(dimension.code());
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("code", dimension.code());
        writeBilingual("name", dimension.name(), g);
        g.writeEndObject();
    }

    private static Optional<BreakdownDimension> builtInDimension(String code) {
        return BUILT_IN_DIMENSIONS.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    static BreakdownDimension readDimension(JsonParser p, ReadScope scope) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            String code = p.getString();
            return builtInDimension(code).orElseThrow(() -> new InvalidValueException("BreakdownDimension.code",
                    "'" + code + "'", "is not a built-in dimension (SEX, AGE_GROUP, RESIDENCE, ETHNICITY);"
                            + " an application's dimension is written as an object with its code and name"));
        }
        JsonFields f = JsonFields.open(p, scope, BreakdownDimension.class, DIMENSION);
        String code = null;
        BilingualText name = null;
        for (String property = f.next(); property != null; property = f.next()) {
            switch (property) {
                case "code":
                    code = f.readText();
                    break;
                case "name":
                    name = f.read(ValueJson::readBilingual);
                    break;
                default:
                    f.unknown();
            }
        }
        String checkedCode = f.require(code, "code");
        BilingualText checkedName = f.require(name, "name");
        return f.build(() -> BreakdownDimension.of(checkedCode, checkedName));
    }

    // Directions: "INCREASE", "DECREASE", or {"kind": "TOWARDS", "low": 45, "high": 55}.

    static void writeDirection(Direction direction, JsonGenerator g) {
        if (direction.kind() != Direction.Kind.TOWARDS) {
            g.writeString(direction.kind().name());
            return;
        }
        g.writeStartObject();
        g.writeStringProperty("kind", direction.kind().name());
        writeDecimal("low", direction.low().orElseThrow(), g);
        writeDecimal("high", direction.high().orElseThrow(), g);
        g.writeEndObject();
    }

    static Direction readDirection(JsonParser p, ReadScope scope) {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return simpleDirection(p, JsonFields.constant(p, Direction.Kind.class));
        }
        JsonFields f = JsonFields.open(p, scope, Direction.class, DIRECTION);
        Direction.Kind kind = null;
        BigDecimal low = null;
        BigDecimal high = null;
        for (String name = f.next(); name != null; name = f.next()) {
            switch (name) {
                case "kind":
                    kind = f.read(enumReader(Direction.Kind.class));
                    break;
                case "low":
                    low = f.readDecimal();
                    break;
                case "high":
                    high = f.readDecimal();
                    break;
                default:
                    f.unknown();
            }
        }
        Direction.Kind checkedKind = f.require(kind, "kind");
        if (checkedKind != Direction.Kind.TOWARDS) {
            if (low != null || high != null) {
                throw JsonFields.mismatch(p, Direction.class, "a direction " + checkedKind + " has no low or high");
            }
            return simpleDirection(p, checkedKind);
        }
        BigDecimal checkedLow = f.require(low, "low");
        BigDecimal checkedHigh = f.require(high, "high");
        return f.build(() -> Direction.within(checkedLow, checkedHigh));
    }

    private static Direction simpleDirection(JsonParser p, Direction.Kind kind) {
        switch (kind) {
            case INCREASE:
                return Direction.INCREASE;
            case DECREASE:
                return Direction.DECREASE;
            default:
                throw JsonFields.mismatch(p, Direction.class,
                        "a direction TOWARDS is an object with its kind, low and high");
        }
    }
}
