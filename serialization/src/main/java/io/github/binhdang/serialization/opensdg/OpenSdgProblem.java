package io.github.binhdang.serialization.opensdg;

/**
 * The kind of a problem found reading or writing Open SDG data, which gives its finding's stable code.
 * Problems of the text itself keep the codes of the module's CSV tokenizer: {@code csv.syntax},
 * {@code csv.empty} and {@code csv.fields}.
 */
public enum OpenSdgProblem {
    /** No {@code Year} or {@code Value} column, or a column given twice: {@code opensdg.header}. */
    HEADER("opensdg.header", "dòng tiêu đề không đúng dạng Open SDG"),
    /** {@code Year} not first or {@code Value} not last, as sdg-build asks (a warning): {@code opensdg.order}. */
    ORDER("opensdg.order", "Year phải là cột đầu, Value là cột cuối"),
    /** A series, area, unit or disaggregation value not in the mapping: {@code opensdg.code}. */
    CODE("opensdg.code", "mã không có trong bảng đối chiếu"),
    /** A year that is not a year, or one that does not match the period of the comment: {@code opensdg.period}. */
    PERIOD("opensdg.period", "năm không đọc được"),
    /** A value that is not a number: {@code opensdg.value}. */
    VALUE("opensdg.value", "giá trị không phải là số"),
    /** No value and no numerator or denominator, or no area: {@code opensdg.missing}. */
    MISSING("opensdg.missing", "thiếu thông tin bắt buộc"),
    /** A {@code COMMENT_OBS} in the binhdang form with a part that cannot be read: {@code opensdg.comment}. */
    COMMENT("opensdg.comment", "ghi chú dạng binhdang không đọc được"),
    /** A row whose key an earlier row has: {@code opensdg.duplicate}. */
    DUPLICATE("opensdg.duplicate", "trùng khóa với một dòng trước"),
    /** A row the model refuses: {@code opensdg.refused}. */
    REFUSED("opensdg.refused", "giá trị bị từ chối"),
    /** Writing: a target whose direction or value Open SDG cannot be given (a warning): {@code opensdg.target}. */
    TARGET("opensdg.target", "chỉ tiêu không chuyển được sang Open SDG");

    private final String code;
    private final String vietnamese;

    OpenSdgProblem(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    /**
     * Returns the code of the findings of this kind, such as {@code opensdg.value}.
     *
     * @return the code, not null
     */
    public String code() {
        return code;
    }

    /**
     * Returns what kind of problem it is, in Vietnamese.
     *
     * @return the text, not null
     */
    public String vietnamese() {
        return vietnamese;
    }
}
