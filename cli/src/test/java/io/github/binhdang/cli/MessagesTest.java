package io.github.binhdang.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The English and Vietnamese bundles have the same keys, the same placeholders, and parse as message formats. */
class MessagesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void sameKeysAndPlaceholders() {
        ResourceBundle en = Texts.bundle(Locale.ENGLISH);
        ResourceBundle vi = Texts.bundle(Locale.forLanguageTag("vi"));
        assertThat(new TreeSet<>(Collections.list(vi.getKeys()))).isEqualTo(new TreeSet<>(Collections.list(en.getKeys())));
        for (String key : Collections.list(en.getKeys())) {
            assertThat(placeholders(vi.getString(key))).as(key).isEqualTo(placeholders(en.getString(key)));
            if (!placeholders(en.getString(key)).isEmpty()) {
                new MessageFormat(en.getString(key));
                new MessageFormat(vi.getString(key));
            }
        }
    }

    @Test
    void theLanguageIsEnglishUnlessVietnamese() {
        assertThat(Texts.bundle(Locale.FRENCH).getString("sex.female")).isEqualTo("Women");
        assertThat(Texts.bundle(Locale.forLanguageTag("vi-VN")).getString("sex.female")).isEqualTo("Nữ");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
