package io.github.binhdang.core.internal;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way closed sets are looked up by code: {@code of(code)} throws, naming the field and the
 * allowed codes; {@code find(code)} returns an {@code Optional}. Codes match exactly. The lenient
 * {@code parse(text)} of a set with names finds by {@link #findWritten}. Not part of the public API.
 */
public final class Codes {

    private Codes() {
    }

    /**
     * Finds the constant with a code.
     *
     * @param <E>     the type of the constants
     * @param values  the constants, in declaration order
     * @param codeOf  the code of a constant
     * @param code    the code looked for, not null
     * @return the constant, or empty if none has the code
     */
    public static <E> Optional<E> find(E[] values, Function<? super E, String> codeOf, String code) {
        Objects.requireNonNull(code, "code");
        for (E value : values) {
            if (codeOf.apply(value).equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains the constant with a code.
     *
     * @param <E>     the type of the constants
     * @param field   the type and field, for the message, such as {@code "Domain.code"}
     * @param values  the constants, in declaration order
     * @param codeOf  the code of a constant
     * @param code    the code looked for, not null
     * @return the constant, not null
     * @throws InvalidValueException if none has the code, for example
     *         {@code Severity.code: 'FATAL' must be one of ERROR, WARNING, INFO}
     */
    public static <E> E of(String field, E[] values, Function<? super E, String> codeOf, String code) {
        Objects.requireNonNull(code, field);
        return find(values, codeOf, code).orElseThrow(() -> unknown(field, values, codeOf, code));
    }

    /**
     * Returns the exception for a code that names no constant.
     *
     * @param <E>     the type of the constants
     * @param field   the type and field, for the message
     * @param values  the constants, in declaration order
     * @param codeOf  the code of a constant
     * @param code    the code that was given
     * @return the exception, listing the allowed codes, not null
     */
    public static <E> InvalidValueException unknown(String field, E[] values, Function<? super E, String> codeOf,
                                                    String code) {
        List<String> codes = new ArrayList<>(values.length);
        for (E value : values) {
            codes.add(codeOf.apply(value));
        }
        return new InvalidValueException(field, "'" + code + "'", "must be one of " + String.join(", ", codes));
    }

    /**
     * Finds the constant that a text written by people names: its code or its Vietnamese or English
     * name, in any case and Unicode form, blanks around ignored ({@code " nữ "} names the constant
     * titled {@code Nữ}).
     *
     * @param <E>      the type of the constants
     * @param values   the constants, in declaration order
     * @param codeOf   the code of a constant
     * @param titleOf  the names of a constant
     * @param text     the text, not null
     * @return the first constant the text names, or empty
     */
    public static <E> Optional<E> findWritten(E[] values, Function<? super E, String> codeOf,
                                              Function<? super E, BilingualText> titleOf, String text) {
        String t = Checks.nfc(text).strip();
        for (E value : values) {
            BilingualText title = titleOf.apply(value);
            if (codeOf.apply(value).equalsIgnoreCase(t) || title.vi().equalsIgnoreCase(t)
                    || title.en().equalsIgnoreCase(t)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
