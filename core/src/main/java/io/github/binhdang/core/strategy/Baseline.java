package io.github.binhdang.core.strategy;

import io.github.binhdang.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Objects;
import io.github.binhdang.core.period.ReportingPeriod;

/**
 * The value a target starts from, where its text gives one: "from 40 % in 2021".
 *
 * @param period  the period of the baseline value, not null
 * @param value   the value, with its published digits, not null
 * @implSpec This record is immutable and thread-safe.
 */
public record Baseline(ReportingPeriod period, BigDecimal value) {

    /**
     * Checks that both parts are present.
     *
     * @param period  the period of the baseline value, not null
     * @param value   the value, not null
     * @throws io.github.binhdang.core.InvalidValueException if the value is beyond the bounds of every
     *         value ({@link io.github.binhdang.core.unit.Decimals#MAX_PRECISION})
     */
    public Baseline {
        Objects.requireNonNull(period, "period");
        Checks.requireBounded("Baseline.value", Objects.requireNonNull(value, "value"));
    }

    /**
     * Obtains a baseline.
     *
     * @param period  the period, not null
     * @param value   the value, not null
     * @return the baseline, not null
     */
    public static Baseline of(ReportingPeriod period, BigDecimal value) {
        return new Baseline(period, value);
    }
}
