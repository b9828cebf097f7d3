package io.github.binhdang.serialization.csv;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A parser that remembers what it read from each of the first 4,096 distinct texts, and, in front of
 * that, the value of each of the first 4,096 distinct fields as written (before NFC and trimming).
 * Fields as written are chained in the order met: rows of a tidy file cycle through the same
 * breakdowns or periods in the same order, so the field after a known one is nearly always the one
 * that followed it before, found with one comparison and no hash. A text longer than
 * {@value #LONGEST} characters is not remembered, so that what a memo keeps stays small whatever the
 * fields hold.
 *
 * <p>It also learns how the file spells each value ({@code Nữ} for the sex {@code F}): the first field
 * of a value is its spelling, which the file's {@link io.github.binhdang.core.data.SourceFile} keeps once,
 * and only a field spelled otherwise later ({@link #isOwnWay()}) is kept with its row.
 */
final class Memo<T> implements FieldParser<T> {

    /** Distinct texts remembered per column; a column with more (free text, say) is parsed every time. */
    static final int LIMIT = 4096;

    /** The longest text remembered, in characters; no period, breakdown, unit or status is longer. */
    static final int LONGEST = 256;

    private final Map<String, T> read = new HashMap<>();
    private final FieldParser<T> parser;
    // The code of a value as the dataset gives it (the period 2022 for "năm 2022"), and each code's first
    // spelling in the file: a field spelled so needs no text kept with its row.
    private final Function<T, String> canonical;
    private final Map<String, String> spellings = new HashMap<>();
    // Whether the field met last is spelled otherwise than its code's first spelling.
    private boolean ownWay;
    private final Map<String, Raw<T>> raws = new HashMap<>();
    private @Nullable Raw<T> lastRaw;
    // The text read last and its value: a column such as the status or the period holds the same text
    // row after row, and comparing with the last one costs less than hashing a new string.
    private @Nullable String lastText;
    private @Nullable T lastValue;

    /** A field as written, its value and the field that followed it last time. */
    private static final class Raw<T> {
        final String raw;
        final T value;
        final boolean ownWay;
        @Nullable Raw<T> next;

        Raw(String raw, T value, boolean ownWay) {
            this.raw = raw;
            this.value = value;
            this.ownWay = ownWay;
        }
    }

    Memo(FieldParser<T> parser, Function<T, String> canonical) {
        this.parser = parser;
        this.canonical = canonical;
    }

    /**
     * Whether the field met last ({@link #known} or {@link #remember}) is spelled otherwise than the
     * first field of the same value, and must be kept with its row to be quoted as written.
     */
    boolean isOwnWay() {
        return ownWay;
    }

    /** Each code spelled otherwise than itself, with its first spelling: F and Nữ. */
    Map<String, String> spellings() {
        Map<String, String> other = new HashMap<>();
        spellings.forEach((code, written) -> {
            if (!code.equals(written)) {
                other.put(code, written);
            }
        });
        return other;
    }

    /** The value of a field as written, if known: the last one, its successor, then by hash. */
    @Nullable T known(String raw) {
        Raw<T> last = lastRaw;
        if (last != null) {
            if (raw.equals(last.raw)) {
                ownWay = last.ownWay;
                return last.value;
            }
            Raw<T> next = last.next;
            if (next != null && raw.equals(next.raw)) {
                lastRaw = next;
                ownWay = next.ownWay;
                return next.value;
            }
        }
        Raw<T> found = raws.get(raw);
        if (found == null) {
            return null;
        }
        if (last != null) {
            last.next = found;
        }
        lastRaw = found;
        ownWay = found.ownWay;
        return found.value;
    }

    /** Remembers the value read from a field as written, which {@link #known} did not know. */
    void remember(String raw, T value) {
        String code = canonical.apply(value);
        String first = spellings.get(code);
        if (first == null && spellings.size() < LIMIT && raw.length() <= LONGEST) {
            spellings.put(code, raw);
            first = raw;
        }
        // A value met after the first 4,096 has no spelling, and is written as its code unless kept.
        ownWay = !raw.equals(first == null ? code : first);
        if (raws.size() >= LIMIT || raw.length() > LONGEST) {
            return;
        }
        Raw<T> entry = new Raw<>(raw, value, ownWay);
        raws.put(raw, entry);
        Raw<T> last = lastRaw;
        if (last != null) {
            last.next = entry;
        }
        lastRaw = entry;
    }

    @Override
    public T parse(String text) {
        T last = lastValue;
        if (last != null && text.equals(lastText)) {
            return last;
        }
        T value = read.get(text);
        if (value == null) {
            // A text that fails is not remembered: each row that has it gets its own problem.
            value = parser.parse(text);
            if (read.size() < LIMIT && text.length() <= LONGEST) {
                read.put(text, value);
            }
        }
        lastText = text;
        lastValue = value;
        return value;
    }
}
