package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The two bundles, ValidationMessages.properties (English) and ValidationMessages_vi.properties. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Properties EN = Messages.read("/ValidationMessages.properties");
    private static final Properties VI = Messages.read("/ValidationMessages_vi.properties");

    private static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void bothBundlesHaveTheSameKeysAndPlaceholders() {
        assertThat(VI.stringPropertyNames()).isEqualTo(EN.stringPropertyNames());
        for (String key : EN.stringPropertyNames()) {
            assertThat(placeholders(VI.getProperty(key))).as(key).isEqualTo(placeholders(EN.getProperty(key)));
        }
    }

    @Test
    void everyRuleAndConstraintHasItsKey() {
        for (StandardRule rule : StandardRule.values()) {
            assertThat(EN.getProperty("binhdang." + rule.code())).as(rule.code()).isNotBlank();
        }
        for (String name : new String[] {"Code", "Count", "Finite", "Percentage", "ValidPeriodText"}) {
            assertThat(EN.getProperty("io.github.binhdang.core.validation.constraints." + name + ".message")).isNotBlank();
        }
        assertThat(EN.stringPropertyNames()).hasSize(StandardRule.values().length + 5);
    }

    @Test
    void vietnameseIsInNfcWithDiacriticsAndNoExpressionLanguage() {
        for (String key : VI.stringPropertyNames()) {
            String text = VI.getProperty(key);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(key).isTrue();
            assertThat(text).as(key).doesNotContain("${").doesNotContain("#{");
            assertThat(EN.getProperty(key)).as(key).doesNotContain("${");
        }
        // Read as UTF-8: the diacritics survive.
        assertThat(VI.getProperty("binhdang.denominator.zero")).isEqualTo("Mẫu số bằng 0: không thể tính giá trị từ đó");
    }
}
