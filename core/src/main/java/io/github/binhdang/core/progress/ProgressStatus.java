package io.github.binhdang.core.progress;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * Where a target stands against one of its milestones, as an assessment method judges it.
 *
 * <p>The constants are in order from the best to the least known; a {@link Scorecard} counts them in
 * this order.
 */
public enum ProgressStatus {
    /** The latest value meets the milestone (đạt). */
    ACHIEVED(BilingualText.of("Đã đạt", "Achieved")),
    /** The trend reaches the milestone by its period (đúng tiến độ). */
    ON_TRACK(BilingualText.of("Đúng tiến độ", "On track")),
    /** The values move towards the milestone, but too slowly to reach it in time (cần đẩy nhanh). */
    NEEDS_ACCELERATION(BilingualText.of("Cần đẩy nhanh", "Needs acceleration")),
    /** The milestone is out of reach at the present pace, or its period passed without it (khó đạt). */
    OFF_TRACK(BilingualText.of("Chệch tiến độ", "Off track")),
    /** The values move away from the milestone (đang đi lùi). */
    REGRESSING(BilingualText.of("Đang đi lùi", "Regressing")),
    /** No value is available to judge by (chưa có số liệu). */
    NO_DATA(BilingualText.of("Chưa có số liệu", "No data"));

    private final BilingualText title;

    ProgressStatus(BilingualText title) {
        this.title = title;
    }

    /**
     * Returns the status in Vietnamese and English, such as "Đúng tiến độ" / "On track".
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the status with a code, the name of its constant: {@code of("ACHIEVED")} is
     * {@link #ACHIEVED}. The match is exact.
     *
     * @param code  the code, such as {@code ACHIEVED}, not null
     * @return the status, not null
     * @throws InvalidValueException if no status has that code; the message lists the codes
     */
    public static ProgressStatus of(String code) {
        return Codes.of("ProgressStatus.code", values(), ProgressStatus::name, code);
    }

    /**
     * Finds the status with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code ACHIEVED}, not null
     * @return the status, or empty if none has that code
     */
    public static Optional<ProgressStatus> find(String code) {
        return Codes.find(values(), ProgressStatus::name, code);
    }
}
