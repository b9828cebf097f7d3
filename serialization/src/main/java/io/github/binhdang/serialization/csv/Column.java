package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.area.AreaHierarchy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of an observation table, with the names the writer gives them in its header and the
 * other names, in Vietnamese and English, a header may give them.
 */
enum Column {
    INDICATOR("indicator", "mã chỉ tiêu", "chỉ tiêu", "mã chỉ số", "chỉ số", "indicator code"),
    AREA("area", "địa bàn", "mã địa bàn", "tỉnh", "mã tỉnh", "tỉnh/thành phố", "đơn vị hành chính", "area code",
            "province"),
    PERIOD("period", "kỳ báo cáo", "kỳ", "năm", "thời gian", "year", "time period"),
    BREAKDOWN("breakdown", "phân tổ"),
    SEX("sex", "giới tính", "gender"),
    AGE_GROUP("ageGroup", "age", "nhóm tuổi", "độ tuổi", "tuổi"),
    RESIDENCE("residence", "thành thị/nông thôn", "thành thị nông thôn", "nơi cư trú"),
    ETHNICITY("ethnicity", "dân tộc"),
    VALUE("value", "giá trị", "số liệu", "obs value"),
    NUMERATOR("numerator", "tử số"),
    DENOMINATOR("denominator", "mẫu số"),
    UNIT("unit", "đơn vị tính", "đvt", "unit of measure"),
    QUALIFIER("qualifier", "mức độ chính xác"),
    STATUS("status", "tình trạng", "tình trạng số liệu", "trạng thái"),
    SOURCE("source", "nguồn", "nguồn số liệu"),
    NOTE("note", "ghi chú", "notes");

    private static final Column[] ALL = values();
    // Every name a header may give a column, folded.
    private static final Map<String, Column> BY_KEY = byKey();

    private final String header;
    private final List<String> aliases;

    Column(String header, String... aliases) {
        this.header = header;
        this.aliases = List.of(aliases);
    }

    String header() {
        return header;
    }

    private static Map<String, Column> byKey() {
        Map<String, Column> keys = new HashMap<>();
        for (Column column : values()) {
            keys.put(key(column.header), column);
            for (String alias : column.aliases) {
                if (keys.put(key(alias), column) != null) {
                    throw new IllegalStateException("two columns have the name " + alias);
                }
            }
        }
        return Map.copyOf(keys);
    }

    /**
     * Finds a column by a header name, in English or Vietnamese ({@code Mã chỉ tiêu}, {@code Giá trị}),
     * as {@link #key} folds it.
     */
    static Optional<Column> of(String name) {
        return Optional.ofNullable(BY_KEY.get(key(name)));
    }

    /** Finds a column by its own header name, {@code ageGroup}, as {@link #key} folds it. */
    static Optional<Column> ofHeader(String name) {
        String key = key(name);
        for (Column column : ALL) {
            if (key(column.header).equals(key)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /**
     * The key a header name is matched by: without case, diacritics, spaces, '_', '-' or '.'
     * ({@code "Mã chỉ tiêu"}, {@code "MA_CHI_TIEU"} and {@code "ma chi tieu"} are one key;
     * {@code age_group} is ageGroup), with the fold of area names ({@link AreaHierarchy#foldName}).
     */
    static String key(String name) {
        String folded = AreaHierarchy.foldName(name.replace('_', ' ').replace('.', ' ').replace("\uFEFF", ""));
        return folded.replace(" ", "");
    }
}
