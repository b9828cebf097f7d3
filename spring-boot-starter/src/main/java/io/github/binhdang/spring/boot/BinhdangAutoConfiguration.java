package io.github.binhdang.spring.boot;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.RuleSet;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.VietNamAreas;
import io.github.binhdang.indicators.VietNamStrategies;
import io.github.binhdang.serialization.json.BinhdangJson;
import io.github.binhdang.serialization.json.BinhdangModule;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.json.JsonMapper;

/**
 * Configures binhdang in a Spring Boot 4 application; listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, so adding
 * the starter is enough.
 *
 * <ul>
 *   <li>Boot's JSON mapper reads with the SDK's limits (the factory of {@link BinhdangJson#mapper()}),
 *       has the {@link BinhdangModule}, and refuses unknown properties in the SDK's types
 *       ({@code binhdang.json.limits}, {@code binhdang.json.strict-types}). The application's own types
 *       keep Boot's settings.</li>
 *   <li>A {@link RuleSet}, a {@link ValidationContext}, a {@link DatasetValidator} and a
 *       {@link DatasetSubmissions}, each unless the application defines its own, chosen by
 *       {@code binhdang.validation.*}.</li>
 *   <li>In a servlet web application, {@link BinhdangProblemHandler}: validation reports, JSON read
 *       errors and Bean Validation errors answered as RFC 9457 problem details in Vietnamese or
 *       English ({@code binhdang.web.problem-details}).</li>
 * </ul>
 *
 * @implSpec This class is stateless and thread-safe.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@EnableConfigurationProperties(BinhdangProperties.class)
public class BinhdangAutoConfiguration {

    /**
     * Creates the auto-configuration; Spring calls this.
     */
    public BinhdangAutoConfiguration() {
    }

    /**
     * The rules: the defaults less {@code binhdang.validation.disabled-rules}, with the severities and
     * thresholds given.
     *
     * @param properties  the settings, not null
     * @return the rule set, not null
     * @throws InvalidValueException if a code names no rule of the set
     */
    @Bean
    @ConditionalOnMissingBean
    public RuleSet binhdangRuleSet(BinhdangProperties properties) {
        BinhdangProperties.Validation v = properties.validation();
        RuleSet rules = RuleSet.defaults();
        for (String code : v.disabledRules()) {
            rules = rules.without(code);
        }
        for (Map.Entry<String, Severity> e : v.severities().entrySet()) {
            rules = rules.withSeverity(e.getKey(), e.getValue());
        }
        for (Map.Entry<String, BigDecimal> e : v.thresholds().entrySet()) {
            rules = rules.withThreshold(e.getKey(), e.getValue());
        }
        return rules;
    }

    /**
     * What data is validated against: the indicators of {@code GenderIndicators.ALL} and, with
     * {@code binhdang.validation.strategy}, those of the strategy's targets and the strategy's span;
     * the areas of {@code binhdang.validation.areas}.
     *
     * @param properties  the settings, not null
     * @return the context, not null
     * @throws InvalidValueException if no national strategy has the code given
     */
    @Bean
    @ConditionalOnMissingBean
    public ValidationContext binhdangValidationContext(BinhdangProperties properties) {
        BinhdangProperties.Validation v = properties.validation();
        AreaHierarchy areas = switch (v.areas()) {
            case VIET_NAM -> VietNamAreas.HIERARCHY;
        };
        String code = v.strategy();
        if (code == null) {
            return ValidationContext.of(GenderIndicators.ALL, areas);
        }
        Strategy strategy = VietNamStrategies.find(code).orElseThrow(() -> new InvalidValueException(
                "binhdang.validation.strategy", code, "is not the code of a national strategy: "
                        + VietNamStrategies.ALL.stream().map(Strategy::code).toList()));
        return ValidationContext.of(strategy, areas).withIndicators(GenderIndicators.ALL);
    }

    /**
     * The validator of the rule set.
     *
     * @param rules  the rules, not null
     * @return the validator, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public DatasetValidator binhdangDatasetValidator(RuleSet rules) {
        return DatasetValidator.of(rules);
    }

    /**
     * The reader of dataset submissions, with Boot's mapper when there is one and the SDK's otherwise.
     *
     * @param mapper     Boot's mapper, if any
     * @param validator  the validator, not null
     * @param context    the context, not null
     * @return the reader, not null
     */
    @Bean
    @ConditionalOnMissingBean
    public DatasetSubmissions binhdangDatasetSubmissions(ObjectProvider<JsonMapper> mapper, DatasetValidator validator,
            ValidationContext context) {
        return new DatasetSubmissions(mapper.getIfAvailable(BinhdangJson::mapper), validator, context);
    }

    /**
     * The JSON part, when Boot's Jackson support is present.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({JsonMapper.class, JsonMapperBuilderCustomizer.class})
    static class JsonConfiguration {

        /**
         * Boot's mapper builder (which applies every customizer in order, as Boot's own does), started
         * from the SDK's stream factory so that it reads with the SDK's limits; Jackson offers no other
         * way to set a builder's limits.
         */
        @Bean
        @Scope("prototype")
        @ConditionalOnMissingBean
        @ConditionalOnBooleanProperty(name = "binhdang.json.limits", matchIfMissing = true)
        JsonMapper.Builder binhdangJsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
            JsonMapper.Builder builder = JsonMapper.builder(BinhdangJson.mapper().tokenStreamFactory());
            customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
            return builder;
        }

        /** Adds the SDK's module (once: modules register by name) and its strict reading. */
        @Bean
        JsonMapperBuilderCustomizer binhdangJsonMapperBuilderCustomizer(BinhdangProperties properties) {
            boolean strict = properties.json().strictTypes();
            return builder -> {
                builder.addModule(new BinhdangModule());
                if (strict) {
                    builder.addModule(new StrictTypesModule());
                }
            };
        }
    }

    /**
     * The web part: problem details, in a servlet application.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(RestControllerAdvice.class)
    @ConditionalOnBooleanProperty(name = "binhdang.web.problem-details", matchIfMissing = true)
    static class WebConfiguration {

        @Bean
        @ConditionalOnMissingBean
        BinhdangProblemHandler binhdangProblemHandler() {
            return new BinhdangProblemHandler();
        }
    }
}
