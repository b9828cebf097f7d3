package io.github.binhdang.core.calc;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.internal.Codes;
import java.util.Optional;

/**
 * Why a calculation gives no value.
 */
public enum NoDataReason {
    /** The numerator or denominator the formula needs was not reported. */
    MISSING_COMPONENT(BilingualText.of("Thiếu tử số hoặc mẫu số", "A numerator or denominator is missing")),
    /** The denominator is zero. */
    ZERO_DENOMINATOR(BilingualText.of("Mẫu số bằng 0", "The denominator is zero")),
    /** Neither a value nor the components it is computed from was reported. */
    MISSING_VALUE(BilingualText.of("Không có giá trị", "No value was reported")),
    /** The values are in units that cannot be converted into one another. */
    MIXED_UNITS(BilingualText.of("Các giá trị có đơn vị khác nhau", "The values are in different units")),
    /** A breakdown that a measure needs (such as female or male) has no value. */
    MISSING_BREAKDOWN(BilingualText.of("Thiếu số liệu phân tổ", "A breakdown category has no value")),
    /** The measure is not defined for the value's sign, such as a growth rate from zero or below. */
    UNDEFINED(BilingualText.of("Không xác định được với giá trị này", "Not defined for these values")),
    /**
     * A figure's unit was split between new units and no shares were given to carry it onto them
     * ({@link Carry}, {@link SplitShares}).
     */
    SPLIT_WITHOUT_SHARES(BilingualText.of("Đơn vị cũ bị chia tách, chưa có tỷ lệ phân bổ",
            "The old unit was split and no shares were given"));

    private final BilingualText title;

    NoDataReason(BilingualText title) {
        this.title = title;
    }

    /**
     * Returns the reason in Vietnamese and English.
     *
     * @return the title, not null
     */
    public BilingualText title() {
        return title;
    }

    /**
     * Obtains the reason with a code, the name of its constant: {@code of("ZERO_DENOMINATOR")} is
     * {@link #ZERO_DENOMINATOR}. The match is exact.
     *
     * @param code  the code, such as {@code ZERO_DENOMINATOR}, not null
     * @return the reason, not null
     * @throws InvalidValueException if no reason has that code; the message lists the codes
     */
    public static NoDataReason of(String code) {
        return Codes.of("NoDataReason.code", values(), NoDataReason::name, code);
    }

    /**
     * Finds the reason with a code, the name of its constant; the match is exact.
     *
     * @param code  the code, such as {@code ZERO_DENOMINATOR}, not null
     * @return the reason, or empty if none has that code
     */
    public static Optional<NoDataReason> find(String code) {
        return Codes.find(values(), NoDataReason::name, code);
    }
}
