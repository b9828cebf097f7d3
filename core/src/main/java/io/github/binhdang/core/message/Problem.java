package io.github.binhdang.core.message;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The one home for wording an {@link InvalidValueException} for the person who wrote the value, in
 * Vietnamese and English, without Java names: the Vietnamese from {@code problems_vi.properties} by the
 * exception's {@linkplain InvalidValueException#key() key} (a key with no text of its own falls back to
 * {@code invalid} or {@code parse}), the English the exception's own
 * {@linkplain InvalidValueException#reason() reason}, more precise than any template, with a parse error's
 * character counted from 1. Readers (CSV, JSON) and the Spring Boot starter word value problems here.
 *
 * <pre>
 * Problem.of(e).vi();   // Không đọc được kỳ báo cáo '2022-Q5' (lỗi ở ký tự 7); hãy ghi như 2022, …
 * Problem.of(e).en();   // '2022-Q5' cannot be read: quarter must be 1 to 4, at character 7
 * </pre>
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class Problem {

    private static final class Holder {
        static final Bundle TEXTS = Bundle.load(Problem.class, "problems.properties", "problems_vi.properties", "");
    }

    private Problem() {
    }

    /**
     * Returns the bundle of problem texts, by key: {@code invalid.Sex}, {@code parse.ReportingPeriod}, …
     *
     * @return the bundle, not null
     */
    public static Bundle bundle() {
        return Holder.TEXTS;
    }

    /**
     * Words a value problem in both languages.
     *
     * @param e  the exception, not null
     * @return the Vietnamese text from the bundle and the English reason, not null
     */
    public static BilingualText of(InvalidValueException e) {
        Objects.requireNonNull(e, "e");
        Map<String, String> arguments = new HashMap<>(e.arguments());
        String value = e.value();
        if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
            value = value.substring(1, value.length() - 1);
        }
        arguments.put("value", Excerpt.of(value));
        if (e instanceof TextParseException t) {
            arguments.put("text", Excerpt.of(t.text()));
        }
        String english;
        if (e instanceof TextParseException t) {
            String at = t.index() > 0 && t.index() < t.text().length() ? ", at character " + (t.index() + 1) : "";
            english = "'" + Excerpt.of(t.text()) + "' cannot be read: " + t.rule() + at;
        } else {
            english = e.reason();
        }
        String vietnamese = Holder.TEXTS.format(keyOf(e), arguments).vi();
        return BilingualText.of(vietnamese, english);
    }

    /** The exception's key when the bundle has it, else the general key of its kind. */
    static String keyOf(InvalidValueException e) {
        String key = e.key();
        if (Holder.TEXTS.keys().contains(key)) {
            return key;
        }
        return e instanceof TextParseException ? "parse" : "invalid";
    }
}
