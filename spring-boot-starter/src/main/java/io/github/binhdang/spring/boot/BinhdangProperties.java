package io.github.binhdang.spring.boot;

import io.github.binhdang.core.validation.Severity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code binhdang.*} settings of an application.
 *
 * <pre>
 * binhdang.validation.strategy=VN-NSGE-2021-2030
 * binhdang.validation.areas=VIET_NAM
 * binhdang.validation.disabled-rules=value.approximate
 * binhdang.validation.severities.change.jump=ERROR
 * binhdang.validation.thresholds.change.jump=30
 * binhdang.json.limits=true
 * binhdang.json.strict-types=true
 * binhdang.web.problem-details=true
 * </pre>
 *
 * @param validation  what data is validated against and with which rules, not null
 * @param json        how Boot's JSON mapper reads the SDK's types, not null
 * @param web         how a web application answers bad data, not null
 * @implSpec This record is immutable and thread-safe.
 */
@ConfigurationProperties("binhdang")
public record BinhdangProperties(@DefaultValue Validation validation, @DefaultValue Json json, @DefaultValue Web web) {

    /**
     * What data is validated against and with which rules.
     *
     * @param strategy       the code of the national strategy whose targets' indicators are known and
     *                       whose span data must fall in, VN-NSGE-2021-2030 or
     *                       VN-NSGE-2011-2020; none (the default) knows the indicators of
     *                       GenderIndicators.ALL and checks no span
     * @param areas          the administrative areas data is checked against
     * @param disabledRules  the codes of default rules not run, such as value.approximate
     * @param severities     a severity per rule code, replacing the rule's own
     * @param thresholds     a threshold per rule code, such as change.jump 30 (per cent)
     * @implSpec This record is immutable and thread-safe.
     */
    public record Validation(@Nullable String strategy, @DefaultValue("VIET_NAM") AreaSet areas,
            @DefaultValue List<String> disabledRules, @DefaultValue Map<String, Severity> severities,
            @DefaultValue Map<String, BigDecimal> thresholds) {

        /**
         * Copies the lists and maps.
         *
         * @param strategy       the strategy code, or null for none
         * @param areas          the areas, not null
         * @param disabledRules  the rule codes not run, not null
         * @param severities     the severities by rule code, not null
         * @param thresholds     the thresholds by rule code, not null
         */
        public Validation {
            strategy = strategy == null || strategy.isBlank() ? null : strategy.strip();
            disabledRules = List.copyOf(disabledRules);
            severities = Map.copyOf(severities);
            thresholds = Map.copyOf(thresholds);
        }
    }

    /**
     * The administrative areas data is checked against.
     */
    public enum AreaSet {
        /**
         * Viet Nam and its provincial-level units, before and after the merges of 1 July 2025
         * ({@code VietNamAreas.HIERARCHY}).
         */
        VIET_NAM
    }

    /**
     * How Boot's JSON mapper reads.
     *
     * @param limits       whether Boot's mapper reads with the SDK's limits on nesting, text, number
     *                     and document length (BinhdangJson), as the SDK's own mapper does
     * @param strictTypes  whether a property the format does not know fails when one of the SDK's
     *                     types is read, as with the SDK's own mapper, even though Boot's mapper skips
     *                     unknown properties of the application's types
     * @implSpec This record is immutable and thread-safe.
     */
    public record Json(@DefaultValue("true") boolean limits, @DefaultValue("true") boolean strictTypes) {
    }

    /**
     * How a web application answers bad data.
     *
     * @param problemDetails  whether validation reports, JSON read errors and Bean Validation errors
     *                        are answered as RFC 9457 problem details with located findings in the
     *                        language of Accept-Language
     * @implSpec This record is immutable and thread-safe.
     */
    public record Web(@DefaultValue("true") boolean problemDetails) {
    }
}
