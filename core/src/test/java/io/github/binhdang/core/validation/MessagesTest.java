package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/**
 * The bundles: the rule templates {@code messages.properties} and {@code messages_vi.properties} in
 * core's validation package, and the Bean Validation messages {@code ContributorValidationMessages}
 * (English, Vietnamese) at the root.
 */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** Hibernate Validator's expression language, {@code ${…}}, which binhdang's messages never use. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");
    private static final String CONSTRAINTS = "io.github.binhdang.core.constraints.";

    private static final Properties EN = Messages.read(Messages.ENGLISH);
    private static final Properties VI = Messages.read(Messages.VIETNAMESE);
    private static final Properties CONTRIBUTED_EN = Messages.read("/ContributorValidationMessages.properties");
    private static final Properties CONTRIBUTED_EN_EN = Messages.read("/ContributorValidationMessages_en.properties");
    private static final Properties CONTRIBUTED_VI = Messages.read("/ContributorValidationMessages_vi.properties");
    /** Hibernate Validator's English messages for Jakarta's and its own constraints. */
    private static final Properties HIBERNATE_EN = hibernate();

    /** Read from Hibernate Validator's jar, whose packages a named module does not open to others. */
    private static Properties hibernate() {
        Properties properties = new Properties();
        try {
            URI jar = HibernateValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI();
            URI file = URI.create("jar:" + jar + "!/org/hibernate/validator/ValidationMessages.properties");
            try (InputStream in = file.toURL().openStream()) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read Hibernate Validator's messages", e);
        }
        return properties;
    }

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(EXPRESSION.matcher(text).replaceAll(""));
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void bothRuleBundlesHaveTheSameKeysAndPlaceholders() {
        assertThat(VI.stringPropertyNames()).isEqualTo(EN.stringPropertyNames());
        for (String key : EN.stringPropertyNames()) {
            assertThat(placeholders(VI.getProperty(key))).as(key).isEqualTo(placeholders(EN.getProperty(key)));
        }
    }

    @Test
    void bothConstraintBundlesHaveTheSameKeysAndPlaceholders() {
        Set<String> binhdang = new TreeSet<>(CONTRIBUTED_VI.stringPropertyNames());
        binhdang.removeIf(key -> !key.startsWith(CONSTRAINTS));
        assertThat(binhdang).isEqualTo(CONTRIBUTED_EN.stringPropertyNames());
        for (String key : CONTRIBUTED_EN.stringPropertyNames()) {
            assertThat(placeholders(CONTRIBUTED_VI.getProperty(key))).as(key)
                    .isEqualTo(placeholders(CONTRIBUTED_EN.getProperty(key)));
        }
        // The English file for "en" is empty, so that English never falls back to the default locale's file.
        assertThat(CONTRIBUTED_EN_EN).isEmpty();
    }

    @Test
    void vietnameseForJakartasConstraintsHasThePlaceholdersOfHibernateValidatorsEnglish() {
        Set<String> jakarta = new TreeSet<>(HIBERNATE_EN.stringPropertyNames());
        jakarta.removeIf(key -> !key.startsWith("jakarta.validation.constraints."));
        assertThat(jakarta).hasSize(22);
        assertThat(CONTRIBUTED_VI.stringPropertyNames()).containsAll(jakarta);
        for (String key : CONTRIBUTED_VI.stringPropertyNames()) {
            if (!key.startsWith(CONSTRAINTS)) {
                assertThat(HIBERNATE_EN.getProperty(key)).as(key).isNotNull();
                assertThat(placeholders(CONTRIBUTED_VI.getProperty(key))).as(key)
                        .isEqualTo(placeholders(HIBERNATE_EN.getProperty(key)));
            }
        }
        assertThat(placeholders(CONTRIBUTED_VI.getProperty("jakarta.validation.constraints.Size.message")))
                .containsExactly("max", "min");
    }

    @Test
    void everyRuleAndConstraintHasItsKey() {
        for (StandardRule rule : StandardRule.values()) {
            assertThat(EN.getProperty("binhdang." + rule.code())).as(rule.code()).isNotBlank();
        }
        // The rules' keys, and those of what calculation and progress left out (CalculationFindings).
        for (String code : new String[] {CalculationFindings.PARTIAL, CalculationFindings.REFUSED,
                CalculationFindings.SKIPPED}) {
            assertThat(EN.getProperty("binhdang." + code)).as(code).isNotBlank();
        }
        assertThat(EN.stringPropertyNames()).hasSize(StandardRule.values().length + 3);
        for (String name : new String[] {"Code", "Count", "Finite", "Percentage", "ValidPeriodText"}) {
            assertThat(CONTRIBUTED_EN.getProperty(CONSTRAINTS + name + ".message")).isNotBlank();
        }
        assertThat(CONTRIBUTED_EN.stringPropertyNames()).hasSize(5);
    }

    @Test
    void vietnameseIsInNfcWithDiacriticsAndNoExpressionLanguage() {
        Stream.of(EN, VI, CONTRIBUTED_EN, CONTRIBUTED_VI).forEach(bundle -> {
            for (String key : bundle.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(key).isTrue();
                assertThat(text).as(key).doesNotContain("${").doesNotContain("#{");
            }
        });
        // Read as UTF-8: the diacritics survive.
        assertThat(VI.getProperty("binhdang.denominator.zero")).isEqualTo("Mẫu số bằng 0: không thể tính giá trị từ đó");
        assertThat(CONTRIBUTED_VI.getProperty("jakarta.validation.constraints.NotBlank.message"))
                .isEqualTo("không được để trống");
    }
}
