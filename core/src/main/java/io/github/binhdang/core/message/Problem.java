package io.github.binhdang.core.message;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Problems;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Words an {@link InvalidValueException} for the person who wrote the value, in Vietnamese and English,
 * without Java names, as {@link InvalidValueException#message(Locale)} words it in one language (the one
 * home of the wording is below both, in core's internal {@code Problems}): the Vietnamese from
 * {@code problems_vi.properties} by the exception's {@linkplain InvalidValueException#key() key}, the English the exception's own
 * {@linkplain InvalidValueException#reason() reason}, more precise than any template, with a parse error's
 * character counted from 1. Readers (CSV, JSON) and the Spring Boot starter word value problems here.
 *
 * <p>Every key thrown in core, indicators and serialization has a text of its own (their tests hold it).
 * A key with no text of its own takes the text of the longest key of the bundle that it starts with,
 * followed by a dot: a field whose last part is made at run time, such as {@code GapInputs.} and the
 * indicator ({@code invalid.GapInputs.LITERACY_RATE}) or {@code CsvLimits.} and the setting, shares the
 * text of {@code invalid.GapInputs} or {@code invalid.CsvLimits}; a key that starts with no key of the
 * bundle ends at the general text of its kind, {@code invalid} or {@code parse}.
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
        return BilingualText.of(e.message(VIETNAMESE), e.message(Locale.ENGLISH));
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /**
     * The key whose text words the exception: its own key when the bundle has it, else the longest key
     * of the bundle that the key starts with, followed by a dot ({@code invalid.GapInputs} for
     * {@code invalid.GapInputs.LITERACY_RATE}), and at the end {@code invalid} or {@code parse}.
     */
    static String keyOf(InvalidValueException e) {
        return keyOf(e.key(), Holder.TEXTS.keys());
    }

    /** The longest of the keys that is the key or starts it followed by a dot ({@link Problems#keyOf}). */
    static String keyOf(String key, Set<String> keys) {
        return Problems.keyOf(key, keys);
    }
}
