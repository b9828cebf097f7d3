package io.github.binhdang.serialization.sdmx;

/**
 * The kind of a problem found reading or writing SDMX-CSV, which gives its finding's stable code. Problems
 * of the text itself keep the codes of the module's CSV tokenizer: {@code csv.syntax}, {@code csv.empty}
 * and {@code csv.fields}.
 */
public enum SdmxProblem {
    /** A header that is not SDMX-CSV's, or a column the structure needs missing: {@code sdmx.header}. */
    HEADER("sdmx.header", "dòng tiêu đề không đúng SDMX-CSV"),
    /** A code not in the structure's code lists: {@code sdmx.code}. */
    CODE("sdmx.code", "mã không có trong danh mục mã"),
    /** A time period that is not SDMX's, or one the model cannot hold: {@code sdmx.period}. */
    PERIOD("sdmx.period", "kỳ báo cáo không đọc được"),
    /** A value or a unit multiplier that is not a number: {@code sdmx.value}. */
    VALUE("sdmx.value", "giá trị không phải là số"),
    /** A row with no value and no numerator or denominator, or no code where one is needed: {@code sdmx.missing}. */
    MISSING("sdmx.missing", "thiếu thông tin bắt buộc"),
    /** A {@code COMMENT_OBS} in the binhdang form with a part that cannot be read: {@code sdmx.comment}. */
    COMMENT("sdmx.comment", "ghi chú dạng binhdang không đọc được"),
    /** A row whose key an earlier row has: {@code sdmx.duplicate}. */
    DUPLICATE("sdmx.duplicate", "trùng khóa với một dòng trước"),
    /** An {@code ACTION} that is not I, A, M, R or D: {@code sdmx.action}. */
    ACTION("sdmx.action", "thao tác ACTION không hợp lệ"),
    /** A row with {@code ACTION} D, reported and not applied (a warning): {@code sdmx.delete}. */
    DELETE("sdmx.delete", "dòng yêu cầu xóa dữ liệu, không được áp dụng"),
    /** A {@code TIME_DETAIL} that cannot be read and is left aside (a warning): {@code sdmx.detail}. */
    DETAIL("sdmx.detail", "TIME_DETAIL không đọc được, bị bỏ qua"),
    /** A row the model refuses: {@code sdmx.refused}. */
    REFUSED("sdmx.refused", "giá trị bị từ chối"),
    /** Writing: an observation not written, a code of it not in the structure: {@code sdmx.unmapped}. */
    UNMAPPED("sdmx.unmapped", "mã chưa có mã SDMX tương ứng");

    private final String code;
    private final String vietnamese;

    SdmxProblem(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    /**
     * Returns the code of the findings of this kind, such as {@code sdmx.period}.
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
