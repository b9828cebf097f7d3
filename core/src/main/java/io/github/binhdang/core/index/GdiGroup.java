package io.github.binhdang.core.index;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The five GDI groups, by absolute deviation of the GDI from gender parity (1), as in the Human
 * Development Report 2023/2024, technical note 3 and statistical annex table 4.
 *
 * <pre>
 *   deviation = |1 − GDI|, the GDI rounded half up to 3 decimals (the published precision)
 *   group 1: deviation ≤ 2.5 %    group 2: 2.5 % &lt; deviation ≤ 5 %    group 3: 5 % &lt; deviation ≤ 7.5 %
 *   group 4: 7.5 % &lt; deviation ≤ 10 %    group 5: deviation &gt; 10 %
 * </pre>
 * A deviation exactly on a limit belongs to the group below it, the group closer to parity: a GDI of
 * 0.975 is group 1 (Belgium, Iceland, Kyrgyzstan, Tuvalu in 2022), 0.950 is group 2 (North Macedonia,
 * Micronesia), 0.925 is group 3 (Senegal), 0.900 and 1.100 are group 4. UNDP's metadata word group 1 as
 * "2.5 percent or less" and group 5 as "more than 10 percent"; the published groups of all 182 countries of
 * the HDR 2023/2024 table for 2022 follow this rule (see {@code docs/sources/indices.md}).
 */
public enum GdiGroup {

    /** High equality: absolute deviation from parity of 2.5 % or less. */
    GROUP_1(1),

    /** Medium-high equality: deviation above 2.5 % and up to 5 %. */
    GROUP_2(2),

    /** Medium equality: deviation above 5 % and up to 7.5 %. */
    GROUP_3(3),

    /** Medium-low equality: deviation above 7.5 % and up to 10 %. */
    GROUP_4(4),

    /** Low equality: deviation above 10 %. */
    GROUP_5(5);

    private static final BigDecimal LIMIT_1 = new BigDecimal("0.025");
    private static final BigDecimal LIMIT_2 = new BigDecimal("0.050");
    private static final BigDecimal LIMIT_3 = new BigDecimal("0.075");
    private static final BigDecimal LIMIT_4 = new BigDecimal("0.100");

    private final int number;

    GdiGroup(int number) {
        this.number = number;
    }

    /**
     * Returns the group's number, as published.
     *
     * @return 1 to 5
     */
    public int number() {
        return number;
    }

    /**
     * Returns the group of a GDI value.
     *
     * <p>Worked cases: 0.975 and 1.025 are group 1, 0.9746 (0.975) is group 1, 0.9744 (0.974) is group 2.
     *
     * @param gdi  the GDI, not null; it is first rounded half up to 3 decimals
     * @return the group, not null
     */
    public static GdiGroup of(BigDecimal gdi) {
        Objects.requireNonNull(gdi, "gdi");
        BigDecimal deviation = BigDecimal.ONE.subtract(gdi.setScale(3, RoundingMode.HALF_UP)).abs();
        if (deviation.compareTo(LIMIT_1) <= 0) {
            return GROUP_1;
        }
        if (deviation.compareTo(LIMIT_2) <= 0) {
            return GROUP_2;
        }
        if (deviation.compareTo(LIMIT_3) <= 0) {
            return GROUP_3;
        }
        return deviation.compareTo(LIMIT_4) <= 0 ? GROUP_4 : GROUP_5;
    }
}
