package io.github.binhdang.extract;

import io.github.binhdang.core.BilingualText;

/**
 * What the text did not say about a figure, so that a reviewer knows what to supply; each lowers the
 * candidate's confidence.
 *
 * @implSpec This enum is immutable and thread-safe.
 */
public enum Missing {
    /** No unit after the number: "Tổng 2.449.433". */
    UNIT(BilingualText.of("không rõ đơn vị", "no unit")),
    /** No noun phrase saying what the number counts. */
    COUNTED(BilingualText.of("không rõ đối tượng được đếm", "nothing said to be counted")),
    /** No period in the paragraph: the report's own period was taken from the context. */
    PERIOD(BilingualText.of("kỳ báo cáo lấy theo báo cáo", "period taken from the report")),
    /** No area in the text and none in the context. */
    AREA(BilingualText.of("không rõ địa bàn", "no area"));

    private final BilingualText title;

    Missing(BilingualText title) {
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
