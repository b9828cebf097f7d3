package io.github.binhdang.extract;

import io.github.binhdang.core.BilingualText;

/**
 * What a figure in a report states: a result, a change against an earlier value, or a target.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum FigureKind {
    /** A result reached: "tổ chức 75 lớp", "chiếm 38,89%". */
    RESULT(BilingualText.of("kết quả", "result")),
    /**
     * A change against an earlier value: "tăng 2,1% so với nhiệm kỳ 2011 – 2016". When the value it
     * changes is a percentage, the change is in percentage points whatever the text writes.
     */
    CHANGE(BilingualText.of("mức thay đổi", "change")),
    /** A target set: "phấn đấu 65%", "chỉ tiêu", "mục tiêu … là 80%", "đến năm 2025 đạt". */
    TARGET(BilingualText.of("chỉ tiêu", "target"));

    private final BilingualText title;

    FigureKind(BilingualText title) {
        this.title = title;
    }

    /**
     * Returns the name in Vietnamese and English.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }
}
