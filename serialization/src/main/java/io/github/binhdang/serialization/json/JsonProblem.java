package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.message.Problem;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The kind of a problem in a JSON document, which gives its finding's stable code: what an application
 * (such as the Spring Boot starter) reports when a document or one of its observations cannot be read.
 * The kind is told by the type of Jackson's exception, never by its message. The codes and their
 * messages are listed with the CSV reader's in the {@linkplain io.github.binhdang.serialization.csv
 * CSV package documentation}.
 */
public enum JsonProblem {
    /** Not JSON, or cut short: nothing after it can be read ({@code json.syntax}). */
    SYNTAX("json.syntax", "không phải JSON hợp lệ, không đọc được từ đây trở đi",
            "not valid JSON, nothing can be read from here on"),
    /** A read limit broken, such as the nesting depth or a string's length ({@code json.limit}). */
    LIMIT("json.limit", "tài liệu vượt quá giới hạn đọc", "the document exceeds a read limit"),
    /** A property the format does not know ({@code json.unknown}). */
    UNKNOWN("json.unknown", "định dạng không có thuộc tính {path}", "the format has no property {path}"),
    /** A value of the wrong type, or one the model refuses ({@code json.value}). */
    VALUE("json.value", "giá trị tại {path} không hợp lệ", "the value at {path} is not valid");

    private final String code;
    private final String vietnamese;
    private final String english;

    JsonProblem(String code, String vietnamese, String english) {
        this.code = code;
        this.vietnamese = vietnamese;
        this.english = english;
    }

    /**
     * Tells the kind of a read error by its type: a broken limit, an unknown property, broken syntax, or
     * else a bad value.
     *
     * @param e  the error, not null
     * @return the kind, not null
     */
    public static JsonProblem of(JacksonException e) {
        Objects.requireNonNull(e, "e");
        if (e instanceof StreamConstraintsException) {
            return LIMIT;
        }
        if (e instanceof UnrecognizedPropertyException) {
            return UNKNOWN;
        }
        if (e instanceof StreamReadException) {
            return SYNTAX;
        }
        return VALUE;
    }

    /**
     * Says what is wrong with a value the model refuses, for the person who wrote the document, in each
     * language: core's wording of the error's {@link InvalidValueException} by its key
     * ({@code không đọc được kỳ báo cáo '2022-Q5' (lỗi ở ký tự 7); …}) and the exception's English reason,
     * without Java names. Other errors (syntax, limits, unknown properties, a value of the wrong type)
     * have no such detail: the kind's own text says what is wrong in each language.
     *
     * @param e  the error, not null
     * @return the detail in Vietnamese and English, or empty when the error is not a refused value
     */
    public static Optional<BilingualText> detail(JacksonException e) {
        Objects.requireNonNull(e, "e");
        return e.getCause() instanceof InvalidValueException invalid ? Optional.of(Problem.of(invalid))
                : Optional.empty();
    }

    /**
     * Returns the code of the findings of this kind, such as {@code json.value}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns what went wrong, in Vietnamese; {@code {path}} stands for the place in the document.
     *
     * @return the text, not null
     */
    public String vietnamese() {
        return vietnamese;
    }

    /**
     * Returns what went wrong, in English; {@code {path}} stands for the place in the document.
     *
     * @return the text, not null
     */
    public String english() {
        return english;
    }
}
