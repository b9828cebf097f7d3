package io.github.binhdang.core.calc;

import io.github.binhdang.core.BilingualText;

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
    UNDEFINED(BilingualText.of("Không xác định được với giá trị này", "Not defined for these values"));

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
}
