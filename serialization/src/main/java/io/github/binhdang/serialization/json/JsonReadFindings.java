package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns a Jackson read error into a located, bilingual finding: the one home of the findings of a JSON
 * document that cannot be read, for {@link DatasetJsonReader#readAll(java.io.InputStream)} and for an
 * application that reads JSON itself (the Spring Boot starter answers a request body with them). The code says what kind of problem it
 * is; the details come from {@link JsonProblem#detail(JacksonException)}: for a value the model refuses,
 * core's wording in each language ({@linkplain InvalidValueException#reason() reason} in English,
 * the Vietnamese text of its key in Vietnamese); otherwise Jackson's English message in the English
 * finding, and no detail in the Vietnamese one, whose kind and place say what is wrong.
 *
 * <p>The code is the {@link JsonProblem} kind of the error, told by its type: {@code json.syntax} (not
 * JSON, or cut short: nothing after it can be read), {@code json.limit} (a read limit broken),
 * {@code json.unknown} (a property the format does not know), {@code json.value} (a value of the wrong
 * type or one the model refuses).
 *
 * <p>A finding of an observation's element has {@code "#3"} as its subject, the element (from 0) as its
 * index and the place within it as its path ({@code period}); its messages name the place from the root of
 * the document, {@code observations[3].period}. A finding of the document has {@code "document"} as its
 * subject and no index.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class JsonReadFindings {

    /** The subject of a finding about the document rather than one observation. */
    static final String DOCUMENT = "document";

    private JsonReadFindings() {
    }

    /**
     * Makes the finding of a read error about a whole document, such as a request body that a mapper
     * could not read: subject {@code "document"}, the error's path from the root, its line and column.
     *
     * @param e  the error, not null
     * @return the finding, of severity {@code ERROR}, not null
     */
    public static Finding of(JacksonException e) {
        return of(e, DOCUMENT, -1, "");
    }

    /**
     * Makes the finding of a read error.
     *
     * @param e         the error, not null
     * @param subject   what was being read, such as {@code "#3"} (an observation by its position) or
     *                  {@link #DOCUMENT}
     * @param index     the observation's position in the document, or -1; the path is then within it
     * @param prefix    the path of what was being read, prepended to the error's own path
     * @return the finding, not null
     */
    static Finding of(JacksonException e, String subject, int index, String prefix) {
        return of(e, subject, index, prefix, e.getLocation());
    }

    /**
     * Makes the finding of a read error at a place of the document other than the error's own, such as
     * the opening brace of an observation whose whole is wrong.
     *
     * @param e         the error, not null
     * @param subject   what was being read, such as {@code "#3"}, or {@link #DOCUMENT}
     * @param index     the observation's position in the document, or -1; the path is then within it
     * @param prefix    the path of what was being read, prepended to the error's own path
     * @param at        where in the document, or null when not known
     * @return the finding, not null
     */
    static Finding of(JacksonException e, String subject, int index, String prefix, @Nullable TokenStreamLocation at) {
        JsonProblem kind = JsonProblem.of(e);
        String path = join(prefix, path(e.getPath()));
        if (e instanceof UnrecognizedPropertyException unknown && !path.endsWith(unknown.getPropertyName())) {
            path = join(path, unknown.getPropertyName());
        }
        Location location = Location.of(subject, path);
        if (index >= 0) {
            location = location.withIndex(index);
        }
        boolean positioned = at != null && at.getLineNr() >= 1 && at.getColumnNr() >= 1;
        if (positioned) {
            location = location.withPosition(at.getLineNr(), at.getColumnNr());
        }
        String value = "";
        Optional<BilingualText> worded = JsonProblem.detail(e);
        String detail = worded.map(BilingualText::en).orElseGet(() -> jacksonDetail(e));
        if (e instanceof UnrecognizedPropertyException unknown) {
            value = unknown.getPropertyName();
        } else if (e.getCause() instanceof InvalidValueException invalid) {
            value = invalid.value();
        }
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("detail", detail);
        worded.ifPresent(text -> arguments.put("chiTiet", text.vi()));
        // The message names the place from the root of the document, as the problem's path does.
        String shown = index >= 0 ? join("observations[" + index + "]", path) : path;
        arguments.put("path", shown.isEmpty() ? "$" : shown);
        if (positioned) {
            // As text, so that line 1234 is not grouped as 1.234 in Vietnamese.
            arguments.put("line", Integer.toString(at.getLineNr()));
            arguments.put("column", Integer.toString(at.getColumnNr()));
        }
        return new Finding(kind.code(), Severity.ERROR, location, value, detail, arguments,
                template(kind, positioned, worded.isPresent()));
    }

    /**
     * Makes the finding of a request whose body is not JSON at all, or is missing.
     *
     * @param detail  what went wrong, in English, not blank
     * @return the finding, code {@code json.syntax}, subject {@code "document"}, not null
     */
    public static Finding unreadable(String detail) {
        Objects.requireNonNull(detail, "detail");
        return new Finding(JsonProblem.SYNTAX.code(), Severity.ERROR, Location.of(DOCUMENT, ""), "", detail,
                Map.of("detail", detail, "path", "$"), template(JsonProblem.SYNTAX, false, false));
    }

    private static String jacksonDetail(JacksonException e) {
        String message = e.getOriginalMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.strip();
    }

    /**
     * Writes a Jackson path as {@code a.b[2].c}.
     *
     * @param path  the references from the root, not null
     * @return the path, empty for the root, not null
     */
    public static String path(List<JacksonException.Reference> path) {
        Objects.requireNonNull(path, "path");
        StringBuilder text = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            String name = reference.getPropertyName();
            if (name != null) {
                if (text.length() > 0) {
                    text.append('.');
                }
                text.append(name);
            } else if (reference.getIndex() >= 0) {
                text.append('[').append(reference.getIndex()).append(']');
            }
        }
        return text.toString();
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    /**
     * The message: the place and the kind, then the detail in the message's own language; a Vietnamese
     * message has a detail only where core words it in Vietnamese (a value the model refuses), never
     * Jackson's English.
     */
    private static BilingualText template(JsonProblem kind, boolean positioned, boolean vietnameseDetail) {
        String where = positioned ? "Dòng {line}, cột {column}" : "Nội dung gửi lên";
        String whereEn = positioned ? "Line {line}, column {column}" : "The request body";
        return BilingualText.of(where + ": " + kind.vietnamese() + (vietnameseDetail ? ": {chiTiet}" : ""),
                whereEn + ": " + kind.english() + " ({detail})");
    }
}
