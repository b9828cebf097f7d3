package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.message.Bundle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A reason of progress: the key of its template in the bundles {@code reasons.properties} (English) and
 * {@code reasons_vi.properties} (Vietnamese) beside this class, its named arguments, and the notes that
 * follow it (the qualifier of the latest value, the observations skipped), each a reason of its own.
 *
 * <p>Keys are looked up whole, such as {@code binhdang.progress.achieved}: reasons are made for every
 * row of a scorecard, so no key is cut or copied on the way.
 */
final class Reason {

    /** The English bundle, beside this class. */
    static final String ENGLISH = "reasons.properties";

    /** The Vietnamese bundle, beside this class. */
    static final String VIETNAMESE = "reasons_vi.properties";

    /** The key of a reason given as text, whose one argument {@code text} is that text. */
    static final String TEXT = "binhdang.progress.text";

    private static final class Holder {
        static final Bundle BUNDLE = Bundle.load(Reason.class, ENGLISH, VIETNAMESE, "");
    }

    private final String key;
    private final Map<String, Object> arguments;
    private final List<Reason> notes;

    /** Takes the parts as they are: the callers hand over maps and lists no one else holds. */
    private Reason(String key, Map<String, Object> arguments, List<Reason> notes) {
        this.key = key;
        this.arguments = arguments;
        this.notes = notes;
    }

    /** The full key, such as {@code binhdang.progress.achieved}. */
    String key() {
        return key;
    }

    /** The arguments by name, in order, unmodifiable. */
    Map<String, Object> arguments() {
        return arguments;
    }

    /**
     * A reason with its arguments given as name, value, name, value…
     *
     * @throws IllegalStateException if the bundles lack the key (a build error, caught by the tests)
     */
    static Reason of(String key, Object... namesAndValues) {
        template(key);
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return new Reason(key, Collections.unmodifiableMap(arguments), List.of());
    }

    /** A reason given as text. */
    static Reason text(BilingualText text) {
        return new Reason(TEXT, Map.of("text", Objects.requireNonNull(text, "text")), List.of());
    }

    /** The bundles' template of a key. */
    static BilingualText template(String key) {
        return Holder.BUNDLE.template(key);
    }

    /** The bundles' template of a key filled with arguments. */
    static BilingualText format(String key, Map<String, ?> arguments) {
        return Holder.BUNDLE.format(key, arguments);
    }

    /** This reason followed by a note. */
    Reason then(Reason note) {
        List<Reason> more = new ArrayList<>(notes);
        more.add(note);
        return new Reason(key, arguments, List.copyOf(more));
    }

    /** This reason without its last note, such as the sentence listing skipped observations; itself without notes. */
    Reason withoutLastNote() {
        return notes.isEmpty() ? this : new Reason(key, arguments, List.copyOf(notes.subList(0, notes.size() - 1)));
    }

    /** The text in both languages, from the bundles, notes after a space. */
    BilingualText text() {
        BilingualText own = format(key, arguments);
        if (notes.isEmpty()) {
            return own;
        }
        StringBuilder vi = new StringBuilder(own.vi());
        StringBuilder en = new StringBuilder(own.en());
        for (Reason note : notes) {
            BilingualText t = note.text();
            vi.append(' ').append(t.vi());
            en.append(' ').append(t.en());
        }
        return BilingualText.of(vi.toString(), en.toString());
    }

    /** The text in one locale, each template the application's where it gives one, notes after a space. */
    String in(Locale locale, Function<String, @Nullable String> templates) {
        String pattern = templates.apply(key);
        StringBuilder text = new StringBuilder(Bundle.format(pattern != null ? pattern : template(key).in(locale),
                arguments, null, locale));
        for (Reason note : notes) {
            text.append(' ').append(note.in(locale, templates));
        }
        return text.toString();
    }
}
