package io.github.binhdang.core.fuzz;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a fuzz target allows a parser to do with bad text: answer, or throw the documented
 * {@link InvalidValueException} (a {@link TextParseException} with an index inside the text). Anything
 * else (another runtime exception, an error) escapes and is a finding of the fuzzer.
 */
public final class Outcomes {

    private Outcomes() {
    }

    /** The bytes as UTF-8 text, malformed sequences replaced: the parsers take text, not bytes. */
    public static String text(byte[] data, int from) {
        return new String(data, Math.min(from, data.length), Math.max(0, data.length - from), StandardCharsets.UTF_8);
    }

    /** The first byte as a choice among {@code n}, 0 for no input. */
    public static int choice(byte[] data, int n) {
        return data.length == 0 ? 0 : Byte.toUnsignedInt(data[0]) % n;
    }

    /**
     * Runs a parse, giving its result or empty when it refused the text as documented.
     *
     * @throws AssertionError if a {@link TextParseException} points outside the text
     */
    public static <T> Optional<T> parse(String text, Supplier<T> parse) {
        try {
            return Optional.of(parse.get());
        } catch (TextParseException e) {
            if (e.index() < 0 || e.index() > Math.max(text.length(), e.text().length())) {
                throw new AssertionError("index " + e.index() + " outside the text of length " + text.length(), e);
            }
            return Optional.empty();
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
    }

    /** Fails when a value read back from its own text form is not equal to it. */
    public static void requireEqual(Object expected, Object actual, String what) {
        if (!expected.equals(actual)) {
            throw new AssertionError(what + ": " + expected + " read back as " + actual);
        }
    }
}
