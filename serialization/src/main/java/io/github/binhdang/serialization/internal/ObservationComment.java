package io.github.binhdang.serialization.internal;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.PlainDecimal;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an observation has and an exchange format has no slot for, written in the format's comment slot
 * and read back: {@code binhdang:qualifier=about;status=provisional;numerator=384;denominator=2539}. The
 * one home of that form for the module's formats: DHIS2's data value {@code comment}, SDMX-CSV's
 * {@code COMMENT_OBS} attribute and Open SDG's {@code COMMENT_OBS} column.
 *
 * <p>The form: {@code binhdang:} followed by {@code key=value} parts joined by {@code ;}, in this order:
 * {@code period} (a period in the model's text form, such as {@code HDND:2016/2021}), {@code qualifier}
 * ({@code about}, {@code nearly}, {@code more_than}, {@code at_most}, {@code at_least}, {@code less_than}),
 * {@code status} ({@code provisional}, {@code estimated}, {@code not_given}), {@code numerator},
 * {@code denominator} (plain decimals), {@code unit} (a unit's code), {@code source} and {@code note}. In
 * a value {@code %}, {@code ;}, {@code =}, a line feed and a carriage return are written {@code %25},
 * {@code %3B}, {@code %3D}, {@code %0A} and {@code %0D}. A comment with nothing beyond a note is the note
 * as it is; a comment that does not start with {@code binhdang:} is read as the note. Which parts a format
 * writes here depends on the slots it has of its own ({@link Parts}).
 *
 * @implSpec This class is stateless and thread-safe; {@link Extras} is a mutable carrier.
 */
public final class ObservationComment {

    /** What starts a comment of this form. */
    public static final String PREFIX = "binhdang:";

    private static final List<String> KEYS = List.of("period", "qualifier", "status", "numerator", "denominator",
            "unit", "source", "note");

    private ObservationComment() {
    }

    /** What a comment held besides the value; a part the comment did not have is null (or the default). */
    public static final class Extras {
        /** The period, or null. */
        public @Nullable ReportingPeriod period;
        /** The qualifier, {@link Qualifier#EXACT} when none is given. */
        public Qualifier qualifier = Qualifier.EXACT;
        /** The status, {@link ObservationStatus#FINAL} when none is given. */
        public ObservationStatus status = ObservationStatus.FINAL;
        /** Whether the comment gave a status. */
        public boolean hasStatus;
        /** The numerator, or null. */
        public @Nullable BigDecimal numerator;
        /** The denominator, or null. */
        public @Nullable BigDecimal denominator;
        /** The unit, or null. */
        public @Nullable Unit unit;
        /** The source, or null. */
        public @Nullable String source;
        /** The note, or null. */
        public @Nullable String note;
        // The numerator and denominator as read, when they were short enough for a long: fill() hands them
        // to the row as they are, without taking the BigDecimal apart again. A scale below 0 means none;
        // they stand only while the public field is the instance read with them.
        private long numeratorUnscaled;
        private int numeratorScale = -1;
        private @Nullable BigDecimal numeratorRead;
        private long denominatorUnscaled;
        private int denominatorScale = -1;
        private @Nullable BigDecimal denominatorRead;
        // A reader's scratch, made at the first number read.
        private @Nullable PlainDecimal plain;
        private @Nullable Window window;

        /** Makes an empty carrier. */
        public Extras() {
        }

        /**
         * Empties the carrier, as {@link #Extras()} makes it, for a reader that reuses one for every row
         * ({@link ObservationComment#parse(String, List, Extras)}).
         *
         * @return this carrier
         */
        public Extras clear() {
            period = null;
            qualifier = Qualifier.EXACT;
            status = ObservationStatus.FINAL;
            hasStatus = false;
            numerator = null;
            denominator = null;
            unit = null;
            source = null;
            note = null;
            numeratorScale = -1;
            numeratorRead = null;
            denominatorScale = -1;
            denominatorRead = null;
            return this;
        }

        /**
         * Puts what the comment held besides the value and period into a row being read: numerator,
         * denominator, unit, qualifier, status, source and note. The one place every format fills them.
         *
         * @param row              the row, not null
         * @param columnUnit       the unit the format's own column gave, which wins over the comment's, or null
         * @param columnStatus     the status the format's own column gave, used when the comment has none
         * @throws InvalidValueException if the row refuses a part
         */
        public void fill(Dataset.Row row, @Nullable Unit columnUnit, ObservationStatus columnStatus) {
            BigDecimal n = numerator;
            if (n != null && n == numeratorRead && numeratorScale >= 0) {
                row.numerator(numeratorUnscaled, numeratorScale);
            } else if (n != null) {
                row.numerator(n);
            }
            BigDecimal d = denominator;
            if (d != null && d == denominatorRead && denominatorScale >= 0) {
                row.denominator(denominatorUnscaled, denominatorScale);
            } else if (d != null) {
                row.denominator(d);
            }
            Unit u = columnUnit != null ? columnUnit : unit;
            if (u != null) {
                row.unit(u);
            }
            row.qualifier(qualifier).status(hasStatus ? status : columnStatus);
            if (source != null) {
                row.source(source);
            }
            if (note != null) {
                row.note(note);
            }
        }
    }

    /**
     * Which parts of an observation a format holds in slots of its own, so that the comment leaves them
     * out: DHIS2 has none of them, SDMX-CSV has the status ({@code OBS_STATUS}) and the unit
     * ({@code UNIT_MEASURE}) when they map to its codes.
     *
     * @param status  whether the status is held elsewhere
     * @param unit    whether the unit is held elsewhere
     */
    public record Parts(boolean status, boolean unit) {
        /** Nothing held elsewhere: every part goes in the comment (DHIS2). */
        public static final Parts NONE = new Parts(false, false);
    }

    /**
     * Writes the comment of an observation: empty when it has nothing beyond the value, the note as it is
     * when that is all it has (and it does not look like this form), else this form.
     *
     * @param o           the observation, not null
     * @param withPeriod  whether the period goes in the comment (a span or term)
     * @return the comment, empty when there is nothing to write, not null
     */
    public static String format(Observation o, boolean withPeriod) {
        return format(o, withPeriod, Parts.NONE);
    }

    /**
     * Writes the comment of an observation, leaving out what the format holds elsewhere.
     *
     * @param o           the observation, not null
     * @param withPeriod  whether the period goes in the comment
     * @param elsewhere   the parts the format holds in slots of its own, not null
     * @return the comment, empty when there is nothing to write, not null
     */
    public static String format(Observation o, boolean withPeriod, Parts elsewhere) {
        boolean status = !elsewhere.status() && o.status() != ObservationStatus.FINAL;
        boolean unit = !elsewhere.unit() && o.unit().isPresent();
        boolean extras = withPeriod || !o.qualifier().isExact() || status
                || o.numerator().isPresent() || o.denominator().isPresent() || unit
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
        if (status) {
            pair(sb, "status", o.status().name().toLowerCase(Locale.ROOT));
        }
        o.numerator().ifPresent(n -> pair(sb, "numerator", n.toPlainString()));
        o.denominator().ifPresent(d -> pair(sb, "denominator", d.toPlainString()));
        if (unit) {
            pair(sb, "unit", o.unit().orElseThrow().code());
        }
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
     * @param comment  the comment, not null
     * @param units    the application's own units, besides the built-in ones
     * @return what it held, not null
     * @throws InvalidValueException if a comment of this form has a part that cannot be read; the field
     *         names the part, such as {@code comment.numerator}
     */
    public static Extras parse(String comment, List<Unit> units) {
        Extras e = new Extras();
        parse(comment, units, e);
        return e;
    }

    /**
     * Reads a comment into a carrier, emptied first: what {@link #parse(String, List)} gives, for a reader
     * of millions of rows that reuses one carrier. A plain numerator or denominator of 18 digits or fewer
     * is read without a substring, and {@link Extras#fill} hands it to the row as digits and scale.
     *
     * @param comment  the comment, not null
     * @param units    the application's own units, besides the built-in ones
     * @param into     the carrier, not null; on an exception it holds the parts read before
     * @throws InvalidValueException if a comment of this form has a part that cannot be read; the field
     *         names the part, such as {@code comment.numerator}
     */
    public static void parse(String comment, List<Unit> units, Extras into) {
        Extras e = into.clear();
        if (!comment.startsWith(PREFIX)) {
            e.note = comment.isEmpty() ? null : comment;
            return;
        }
        int end = comment.length();
        int start = PREFIX.length();
        if (start == end) {
            return;
        }
        // The parts between semicolons, as split(";", -1) gives them, an empty last one included.
        while (true) {
            int semi = comment.indexOf(';', start);
            if (semi < 0) {
                semi = end;
            }
            part(comment, start, semi, units, e);
            if (semi == end) {
                return;
            }
            start = semi + 1;
        }
    }

    /** Reads the part {@code key=value} from {@code start} to {@code end} of the comment. */
    private static void part(String comment, int start, int end, List<Unit> units, Extras e) {
        int eq = comment.indexOf('=', start);
        String key = eq < 0 || eq >= end ? null : key(comment, start, eq);
        if (key == null) {
            String pair = comment.substring(start, end);
            throw new InvalidValueException("comment", "'" + pair + "'",
                    "is not a part of a binhdang comment: use key=value with the keys " + String.join(", ", KEYS));
        }
        boolean numerator = key.equals("numerator");
        // The common form of a number (an escape, like any other character, is not it: it goes the long way).
        if (numerator || key.equals("denominator")) {
            PlainDecimal plain = e.plain;
            Window window = e.window;
            if (plain == null || window == null) {
                plain = e.plain = new PlainDecimal();
                window = e.window = new Window();
            }
            if (plain.read(window.of(comment, eq + 1, end))) {
                BigDecimal number = BigDecimal.valueOf(plain.unscaled(), plain.scale());
                if (numerator) {
                    e.numerator = e.numeratorRead = number;
                    e.numeratorUnscaled = plain.unscaled();
                    e.numeratorScale = plain.scale();
                } else {
                    e.denominator = e.denominatorRead = number;
                    e.denominatorUnscaled = plain.unscaled();
                    e.denominatorScale = plain.scale();
                }
                return;
            }
        }
        read(e, key, unescape(comment.substring(eq + 1, end), key), units);
    }

    /** The key the text from {@code start} to {@code eq} names, one of {@link #KEYS}, or null. */
    private static @Nullable String key(String comment, int start, int eq) {
        int length = eq - start;
        for (String key : KEYS) {
            if (key.length() == length && comment.startsWith(key, start)) {
                return key;
            }
        }
        return null;
    }

    /** A window on part of a string, moved from part to part: a number read without a substring. */
    private static final class Window implements CharSequence {
        private String text = "";
        private int start;
        private int end;

        Window of(String text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
            return this;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return text.substring(start + from, start + to);
        }

        @Override
        public String toString() {
            return text.substring(start, end);
        }
    }

    private static void read(Extras e, String key, String value, List<Unit> units) {
        String field = "comment." + key;
        try {
            switch (key) {
                case "period" -> e.period = ReportingPeriod.parse(value);
                case "qualifier" -> e.qualifier = Qualifier.of(value.toUpperCase(Locale.ROOT));
                case "status" -> {
                    e.status = ObservationStatus.of(value.toUpperCase(Locale.ROOT));
                    e.hasStatus = true;
                }
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
