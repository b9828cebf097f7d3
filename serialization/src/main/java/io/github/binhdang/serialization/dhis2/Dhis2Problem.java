package io.github.binhdang.serialization.dhis2;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a problem found reading, writing or importing a DHIS2 data value set, which gives its
 * finding's stable code. Problems of the text itself keep the codes of the module's other readers:
 * {@code json.syntax} and {@code json.limit} for JSON that cannot be read on, {@code csv.syntax},
 * {@code csv.empty} and {@code csv.fields} for CSV.
 */
public enum Dhis2Problem {
    /** An identifier that is malformed or that the code map does not map: {@code dhis2.code}. */
    CODE("dhis2.code", "mã không có trong bảng đối chiếu"),
    /** A period that is not DHIS2's or that the model cannot hold: {@code dhis2.period}. */
    PERIOD("dhis2.period", "kỳ báo cáo không đọc được"),
    /** A value that is not a number, or a follow-up that is not true or false: {@code dhis2.value}. */
    VALUE("dhis2.value", "giá trị không phải là số"),
    /** A required property missing or empty: {@code dhis2.missing}. */
    MISSING("dhis2.missing", "thiếu thông tin bắt buộc"),
    /** A comment in the binhdang form with a part that cannot be read: {@code dhis2.comment}. */
    COMMENT("dhis2.comment", "ghi chú dạng binhdang không đọc được"),
    /** A data value whose key an earlier one has: {@code dhis2.duplicate}. */
    DUPLICATE("dhis2.duplicate", "trùng khóa với một giá trị trước"),
    /** A CSV header row that does not name DHIS2's columns (a warning): {@code dhis2.header}. */
    HEADER("dhis2.header", "dòng tiêu đề khác các cột của DHIS2"),
    /** A data value the model refuses, or one the catalogue's rules reject: {@code dhis2.refused}. */
    REFUSED("dhis2.refused", "giá trị bị từ chối"),
    /** An observation not written: a code of it has no DHIS2 identifier in the map: {@code dhis2.unmapped}. */
    UNMAPPED("dhis2.unmapped", "mã chưa có mã DHIS2 tương ứng"),
    /** Something of an observation that DHIS2 cannot hold, even in the comment (a warning): {@code dhis2.lossy}. */
    LOSSY("dhis2.lossy", "DHIS2 không lưu được phần này");

    private final String code;
    private final String vietnamese;

    Dhis2Problem(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    /**
     * Returns the code of the findings of this kind, such as {@code dhis2.period}.
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

    /**
     * Returns the DHIS2 error code (dhis2-core {@code org.hisp.dhis.feedback.ErrorCode}, data value import
     * range E7600 to E7645) that an import conflict of this kind on a property carries, where one fits:
     * E7610 data element, E7611 period, E7612 organisation unit, E7613 category option combo, E7615
     * attribute option combo not found; E7618 no value or comment; E7619 a value that breaks the data
     * element's type; E7620 an invalid comment. A duplicate within the payload has none (DHIS2 would
     * overwrite the first).
     *
     * @param property  the data value's property, such as {@code orgUnit}, not null
     * @return the error code, or empty where none fits
     */
    public Optional<String> errorCode(String property) {
        return Optional.ofNullable(switch (this) {
            case CODE, MISSING -> byProperty(property);
            case PERIOD -> "E7611";
            case VALUE -> property.equals("value") ? "E7619" : null;
            case COMMENT -> "E7620";
            case REFUSED -> "E7619";
            default -> null;
        });
    }

    private static @Nullable String byProperty(String property) {
        return switch (property) {
            case "dataElement" -> "E7610";
            case "period" -> "E7611";
            case "orgUnit" -> "E7612";
            case "categoryOptionCombo" -> "E7613";
            case "attributeOptionCombo" -> "E7615";
            case "value" -> "E7618";
            default -> null;
        };
    }
}
