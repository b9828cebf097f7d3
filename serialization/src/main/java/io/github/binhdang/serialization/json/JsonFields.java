package io.github.binhdang.serialization.json;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.unit.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads the properties of one JSON object in any order, and holds the scalar readers the codecs
 * share.
 *
 * <p>Every failure leaves as a Jackson exception that carries the parser's location and the path
 * from the root ({@code Dataset["observations"]->[3]->Observation["value"]}); an
 * {@link InvalidValueException} from the model keeps its message word for word.
 */
final class JsonFields {

    // How many names are compared one by one before a set takes over: more than any type of the format has.
    private static final int SCAN_LIMIT = 16;

    private final JsonParser p;
    private final ReadScope scope;
    private final Class<?> type;
    private final Collection<Object> known;
    private boolean firstPending;
    private String current = "";
    // The names read so far: a repeated one is refused here, which costs less than the parser's own
    // check (a HashSet per object) on the dataset reader's millions of small objects. An object with
    // more names than the array holds (unknown ones skipped in lenient mode) goes on in a set: scanning
    // the array for each of 80,000 names took 15 s.
    private String[] seen = new String[SCAN_LIMIT];
    private int seenCount;
    private @Nullable Set<String> seenSet;

    private JsonFields(JsonParser p, ReadScope scope, Class<?> type, Collection<Object> known, boolean firstPending) {
        this.p = p;
        this.scope = scope;
        this.type = type;
        this.known = known;
        this.firstPending = firstPending;
    }

    /**
     * Starts reading the object at the parser's current token, {@code START_OBJECT} (or its first
     * property name, where Jackson has already moved past the brace).
     */
    static JsonFields open(JsonParser p, ReadScope scope, Class<?> type, Collection<Object> known) {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return new JsonFields(p, scope, type, known, false);
        }
        if (token == JsonToken.PROPERTY_NAME) {
            return new JsonFields(p, scope, type, known, true);
        }
        throw mismatch(p, type, "expected a JSON object for " + type.getSimpleName() + " but found " + describe(token));
    }

    /** Moves to the next property; returns its name with the parser on its value, or null at the end. */
    @Nullable String next() {
        String name;
        if (firstPending) {
            firstPending = false;
            name = p.currentName();
        } else {
            name = p.nextName();
        }
        if (name == null) {
            return null;
        }
        if (!remember(name)) {
            throw mismatch(p, type, "Duplicate Object property \"" + Excerpt.of(name) + "\" of " + type.getSimpleName());
        }
        p.nextToken();
        current = name;
        return name;
    }

    /** Records a property name; false if the object already had it. */
    private boolean remember(String name) {
        if (seenSet != null) {
            return seenSet.add(name);
        }
        for (int i = 0; i < seenCount; i++) {
            if (seen[i].equals(name)) {
                return false;
            }
        }
        if (seenCount < SCAN_LIMIT) {
            seen[seenCount++] = name;
            return true;
        }
        seenSet = new HashSet<>(Arrays.asList(seen));
        return seenSet.add(name);
    }

    /** Reads the current property's value, or returns null for JSON {@code null}. */
    <T> @Nullable T read(ValueReader<T> reader) {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        try {
            return reader.read(p, scope);
        } catch (InvalidValueException e) {
            throw invalid(p, type, e).prependPath(type, current);
        } catch (JacksonException e) {
            throw located(p, e).prependPath(type, current);
        }
    }

    /** Reads the current property's value as text, or null for JSON {@code null}. */
    @Nullable String readText() {
        return read((q, s) -> text(q));
    }

    /** Reads the current property's value as a decimal with its digits, or null for JSON {@code null}. */
    @Nullable BigDecimal readDecimal() {
        return read((q, s) -> decimal(q));
    }

    /** Reads the current property's value as an int, or null for JSON {@code null}. */
    @Nullable Integer readInteger() {
        return read((q, s) -> integer(q));
    }

    /** Reads the current property's value as a boolean, or null for JSON {@code null}. */
    @Nullable Boolean readBoolean() {
        return read((q, s) -> bool(q));
    }

    /** Reads the current property's value as an ISO date, or null for JSON {@code null}. */
    @Nullable LocalDate readDate() {
        return read((q, s) -> date(q));
    }

    /** Reads the current property's value as an array, each element with the reader; null gives an empty list. */
    <T> List<T> list(ValueReader<T> element) {
        List<T> list = read((parser, s) -> array(parser, s, element));
        return list == null ? List.of() : list;
    }

    /** Reads an array whose {@code START_ARRAY} is the current token. */
    static <T> List<T> array(JsonParser p, ReadScope scope, ValueReader<T> element) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw mismatch(p, List.class, "expected a JSON array but found " + describe(p.currentToken()));
        }
        List<T> list = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            try {
                if (p.currentToken() == JsonToken.VALUE_NULL) {
                    throw mismatch(p, List.class, "expected a value but found null");
                }
                list.add(element.read(p, scope));
            } catch (InvalidValueException e) {
                throw invalid(p, List.class, e).prependPath(list, index);
            } catch (JacksonException e) {
                throw located(p, e).prependPath(list, index);
            }
            index++;
        }
        return list;
    }

    /** Fails on the current property, unknown to this type, or skips it in lenient mode. */
    void unknown() {
        if (scope.failOnUnknown()) {
            throw UnrecognizedPropertyException.from(p, type, current, known);
        }
        scope.skipped(p);
        p.skipChildren();
    }

    /** Returns a required value, failing with the property's name when it was absent or null. */
    <T> T require(@Nullable T value, String name) {
        if (value == null) {
            throw mismatch(p, type, "missing required property '" + name + "' of " + type.getSimpleName());
        }
        return value;
    }

    /** Builds the value at the end of the object, turning the model's refusal into a Jackson error here. */
    <T> T build(Supplier<T> builder) {
        try {
            return builder.get();
        } catch (InvalidValueException e) {
            throw invalid(p, type, e);
        }
    }

    /** The error for a value the model refuses: our message, the parser's location, the model's exception as cause. */
    static DatabindException invalid(JsonParser p, Class<?> type, InvalidValueException e) {
        InvalidFormatException error = InvalidFormatException.from(p, e.getMessage(), e.value(), type);
        error.withCause(e);
        return error;
    }

    /**
     * Gives a broken read limit the parser's location: Jackson raises {@link StreamConstraintsException}
     * without one. Any other error, or one with a location, is returned as it is.
     */
    static JacksonException located(JsonParser p, JacksonException e) {
        if (!(e instanceof StreamConstraintsException) || e.getLocation() != null) {
            return e;
        }
        // Jackson's message names the limit and its own getter; this one adds where the format sets it.
        JacksonException located = new StreamConstraintsException(e.getOriginalMessage()
                + "; the limits are set with BinhdangJson.builder(JsonReadLimits)", p.currentLocation());
        List<JacksonException.Reference> path = e.getPath();
        for (int i = path.size() - 1; i >= 0; i--) {
            located.prependPath(path.get(i));
        }
        return located;
    }

    /** The error for JSON of the wrong shape. */
    static MismatchedInputException mismatch(JsonParser p, Class<?> type, String message) {
        return MismatchedInputException.from(p, type, message);
    }

    static String describe(@Nullable JsonToken token) {
        if (token == null) {
            return "the end of the input";
        }
        switch (token) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return token.name().toLowerCase(Locale.ROOT);
        }
    }

    // Scalars.

    static String text(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw mismatch(p, String.class, "expected text but found " + describe(p.currentToken()));
        }
        return p.getString();
    }

    static BigDecimal decimal(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw mismatch(p, BigDecimal.class, "expected a number but found " + describe(token));
        }
        BigDecimal value;
        try {
            value = p.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson refuses an exponent beyond an int (1e2147483648) with a bare NumberFormatException.
            String text = Excerpt.of(p.getString());
            InvalidFormatException error = InvalidFormatException.from(p, "Number: " + text
                    + " has an exponent beyond any decimal; a value has at most " + Decimals.MAX_PRECISION
                    + " significant digits and a scale from -" + Decimals.MAX_SCALE + " to " + Decimals.MAX_SCALE,
                    text, BigDecimal.class);
            error.withCause(e);
            throw error;
        }
        try {
            return Decimals.requireBounded("Number", value);
        } catch (InvalidValueException e) {
            throw invalid(p, BigDecimal.class, e);
        }
    }

    static int integer(JsonParser p) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw mismatch(p, Integer.class, "expected a whole number but found " + describe(p.currentToken()));
        }
        return p.getIntValue();
    }

    static boolean bool(JsonParser p) {
        JsonToken token = p.currentToken();
        if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw mismatch(p, Boolean.class, "expected true or false but found " + describe(token));
        }
        return token == JsonToken.VALUE_TRUE;
    }

    static LocalDate date(JsonParser p) {
        String text = text(p);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidFormatException.from(p, "Cannot parse '" + Excerpt.of(text) + "' at index " + e.getErrorIndex()
                    + ": expected an ISO date such as 2021-03-03", text, LocalDate.class);
        }
    }

    /** Reads an enum constant by its name, such as {@code "AT_LEAST"}. */
    static <E extends Enum<E>> E constant(JsonParser p, Class<E> type) {
        String text = text(p);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        throw InvalidFormatException.from(p, type.getSimpleName() + ": '" + Excerpt.of(text) + "' is not one of "
                + String.join(", ", names), text, type);
    }
}
