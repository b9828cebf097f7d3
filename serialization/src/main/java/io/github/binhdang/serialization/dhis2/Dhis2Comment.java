package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an observation has and a DHIS2 data value has no slot for, written in the data value's comment
 * and read back: {@code binhdang:qualifier=about;status=provisional;numerator=384;denominator=2539}. The
 * form is given in the {@linkplain io.github.binhdang.serialization.dhis2 package documentation}.
 */
final class Dhis2Comment {

    /** What starts a comment of this form. */
    static final String PREFIX = "binhdang:";

    private static final List<String> KEYS = List.of("period", "qualifier", "status", "numerator", "denominator",
            "unit", "source", "note");

    private Dhis2Comment() {
    }

    /** What a comment held besides the value. */
    static final class Extras {
        @Nullable ReportingPeriod period;
        Qualifier qualifier = Qualifier.EXACT;
        ObservationStatus status = ObservationStatus.FINAL;
        @Nullable BigDecimal numerator;
        @Nullable BigDecimal denominator;
        @Nullable Unit unit;
        @Nullable String source;
        @Nullable String note;
    }

    /**
     * Writes the comment of an observation: empty when it has nothing beyond the value, the note as it is
     * when that is all it has (and it does not look like this form), else this form.
     *
     * @param withPeriod  whether the period goes in the comment (a span or term)
     */
    static String format(Observation o, boolean withPeriod) {
        boolean extras = withPeriod || !o.qualifier().isExact() || o.status() != ObservationStatus.FINAL
                || o.numerator().isPresent() || o.denominator().isPresent() || o.unit().isPresent()
                || o.source().isPresent();
        String note = o.note().orElse(null);
        if (!extras) {
            return note == null ? "" : note.startsWith(PREFIX) ? PREFIX + "note=" + escape(note) : note;
        }
        StringBuilder sb = new StringBuilder(PREFIX);
        if (withPeriod) {
            pair(sb, "period", o.period().toString());
        }
        if (!o.qualifier().isExact()) {
            pair(sb, "qualifier", o.qualifier().name().toLowerCase(Locale.ROOT));
        }
        if (o.status() != ObservationStatus.FINAL) {
            pair(sb, "status", o.status().name().toLowerCase(Locale.ROOT));
        }
        o.numerator().ifPresent(n -> pair(sb, "numerator", n.toPlainString()));
        o.denominator().ifPresent(d -> pair(sb, "denominator", d.toPlainString()));
        o.unit().ifPresent(u -> pair(sb, "unit", u.code()));
        o.source().ifPresent(s -> pair(sb, "source", s));
        if (note != null) {
            pair(sb, "note", note);
        }
        return sb.toString();
    }

    private static void pair(StringBuilder sb, String key, String value) {
        if (sb.length() > PREFIX.length()) {
            sb.append(';');
        }
        sb.append(key).append('=').append(escape(value));
    }

    private static String escape(String text) {
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String code = switch (c) {
                case '%' -> "%25";
                case ';' -> "%3B";
                case '=' -> "%3D";
                case '\n' -> "%0A";
                case '\r' -> "%0D";
                default -> null;
            };
            if (code != null && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (sb != null) {
                if (code != null) {
                    sb.append(code);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? text : sb.toString();
    }

    private static String unescape(String text, String key) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '%') {
                sb.append(c);
                continue;
            }
            String code = i + 3 <= text.length() ? text.substring(i, i + 3) : text.substring(i);
            switch (code) {
                case "%25" -> sb.append('%');
                case "%3B" -> sb.append(';');
                case "%3D" -> sb.append('=');
                case "%0A" -> sb.append('\n');
                case "%0D" -> sb.append('\r');
                default -> throw new InvalidValueException("comment." + key, "'" + code + "'",
                        "is not an escape of the comment: use %25, %3B, %3D, %0A or %0D");
            }
            i += 2;
        }
        return sb.toString();
    }

    /**
     * Reads a comment: one of this form gives its parts, any other is the note.
     *
     * @param units  the application's own units, besides the built-in ones
     * @throws InvalidValueException if a comment of this form has a part that cannot be read; the field
     *         names the part, such as {@code comment.numerator}
     */
    static Extras parse(String comment, List<Unit> units) {
        Extras e = new Extras();
        if (!comment.startsWith(PREFIX)) {
            e.note = comment.isEmpty() ? null : comment;
            return e;
        }
        String body = comment.substring(PREFIX.length());
        if (body.isEmpty()) {
            return e;
        }
        for (String pair : body.split(";", -1)) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            if (eq < 0 || !KEYS.contains(key)) {
                throw new InvalidValueException("comment", "'" + pair + "'",
                        "is not a part of a binhdang comment: use key=value with the keys " + String.join(", ", KEYS));
            }
            String value = unescape(pair.substring(eq + 1), key);
            read(e, key, value, units);
        }
        return e;
    }

    private static void read(Extras e, String key, String value, List<Unit> units) {
        String field = "comment." + key;
        try {
            switch (key) {
                case "period" -> e.period = ReportingPeriod.parse(value);
                case "qualifier" -> e.qualifier = Qualifier.of(value.toUpperCase(Locale.ROOT));
                case "status" -> e.status = ObservationStatus.of(value.toUpperCase(Locale.ROOT));
                case "numerator" -> e.numerator = NumberNotation.PLAIN.parse(value);
                case "denominator" -> e.denominator = NumberNotation.PLAIN.parse(value);
                case "unit" -> e.unit = unit(value, units);
                case "source" -> e.source = value;
                default -> e.note = value;
            }
        } catch (TextParseException ex) {
            throw new InvalidValueException(field, "'" + value + "'", ex.rule());
        } catch (InvalidValueException ex) {
            throw ex.field().equals(field) ? ex : new InvalidValueException(field, "'" + value + "'", ex.reason());
        }
    }

    private static Unit unit(String code, List<Unit> units) {
        for (Unit u : units) {
            if (u.code().equals(code)) {
                return u;
            }
        }
        return Unit.of(code);
    }
}
