package io.github.binhdang.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The one message mechanism, over core's two bundles: validation's findings and progress's reasons. */
class BundleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private static Bundle bundle(String owner, String english, String vietnamese, String prefix)
            throws ClassNotFoundException {
        return Bundle.load(Class.forName(owner), english, vietnamese, prefix);
    }

    @Test
    void everyPlaceholderOfEveryTemplateIsFilledInItsLanguage() throws ClassNotFoundException {
        for (Bundle b : new Bundle[] {
                bundle("io.github.binhdang.core.validation.Messages", "messages.properties", "messages_vi.properties",
                        "binhdang."),
                bundle("io.github.binhdang.core.progress.Reason", "reasons.properties", "reasons_vi.properties", "")}) {
            assertThat(b.keys()).isNotEmpty();
            for (String key : b.keys()) {
                BilingualText template = b.template(key);
                Map<String, Object> arguments = new HashMap<>();
                Matcher m = PLACEHOLDER.matcher(template.vi() + template.en());
                while (m.find()) {
                    arguments.put(m.group(1), BilingualText.of("«" + m.group(1) + "»", "<" + m.group(1) + ">"));
                }
                // What filling must give, worked out by a regular expression, not by the bundle's parser.
                BilingualText expected = BilingualText.of(
                        PLACEHOLDER.matcher(template.vi()).replaceAll(r -> Matcher.quoteReplacement("«" + r.group(1) + "»")),
                        PLACEHOLDER.matcher(template.en()).replaceAll(r -> Matcher.quoteReplacement("<" + r.group(1) + ">")));
                assertThat(b.format(key, arguments)).as(key).isEqualTo(expected);
                assertThat(b.format(key, Map.of())).as(key).isEqualTo(template);
            }
        }
    }

    @Test
    void fillsNamedPlaceholdersInEachLanguageAndItsNotation() {
        BilingualText template = BilingualText.of("{n} người ({who})", "{n} persons ({who})");
        assertThat(Bundle.format(template, Map.of("n", new BigDecimal("1234.5"), "who", BilingualText.of("nữ", "women"))))
                .isEqualTo(BilingualText.of("1.234,5 người (nữ)", "1,234.5 persons (women)"));
        assertThat(Bundle.format("{n} of {missing}", Map.of("n", 3), null, Locale.ENGLISH)).isEqualTo("3 of {missing}");
        assertThat(Bundle.format("{value} is {wrong", Map.of(), "x", Locale.ENGLISH)).isEqualTo("x is {wrong");
    }

    @Test
    void aMissingKeyOrFileIsNamed() throws ClassNotFoundException {
        Bundle b = bundle("io.github.binhdang.core.progress.Reason", "reasons.properties", "reasons_vi.properties", "");
        assertThatThrownBy(() -> b.format("binhdang.progress.nope", Map.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("binhdang.progress.nope");
        assertThatThrownBy(() -> Bundle.read(BundleTest.class, "nope.properties"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("nope.properties");
    }
}
