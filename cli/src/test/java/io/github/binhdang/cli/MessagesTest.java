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

    /** English says "1 error" and "2 errors"; Vietnamese has no plural, and its counts read as before. */
    @Test
    void englishCountsAgreeWithTheirNumber() {
        Texts en = Texts.of(Locale.ENGLISH);
        assertThat(en.t("validate.summary", 1, 2, 0)).isEqualTo("1 error, 2 warnings, 0 notes");
        assertThat(en.t("scorecard.validated", "a.csv", 0, 1)).isEqualTo("a.csv: 0 errors, 1 warning");
        assertThat(en.t("convert.done", 1, "a.csv", "b.json", 2))
                .isEqualTo("1 observation read from a.csv and written to b.json; 2 errors");
        assertThat(en.t("validate.file", "a.csv", 1, 1)).isEqualTo("== a.csv: 1 row read, 1 observation");
        assertThat(en.t("validate.file", "a.csv", 1234, 1200)).isEqualTo("== a.csv: 1,234 rows read, 1,200 observations");
        Texts vi = Texts.of(Texts.VIETNAMESE);
        assertThat(vi.t("validate.summary", 1, 2, 0)).isEqualTo("1 lỗi, 2 cảnh báo, 0 thông tin");
        assertThat(vi.t("convert.done", 1234, "a.csv", "b.json", 1))
                .isEqualTo("Đã đọc 1.234 số liệu từ a.csv và ghi vào b.json; 1 lỗi");
    }

    /**
     * Every English count says its noun in the singular for 1: each template formatted with 1 for every
     * argument has no "1 …s" (but for the verbs "1 is", "1 has", "1 needs": 1 stands for any argument).
     */
    @Test
    void noEnglishTemplateSaysOneWithAPlural() {
        ResourceBundle en = Texts.bundle(Locale.ENGLISH);
        Pattern argument = Pattern.compile("\\{(\\d+)[,}]");
        Pattern onePlural = Pattern.compile("(^|[^\\d.,])1 (?!is\\b|has\\b|was\\b|needs\\b)[a-z]+s\\b");
        for (String key : Collections.list(en.getKeys())) {
            String template = en.getString(key);
            int size = 0;
            Matcher m = argument.matcher(template);
            while (m.find()) {
                size = Math.max(size, Integer.parseInt(m.group(1)) + 1);
            }
            if (size == 0) {
                continue;
            }
            Object[] ones = new Object[size];
            java.util.Arrays.fill(ones, 1);
            String one = new MessageFormat(template, Locale.ENGLISH).format(ones);
            assertThat(onePlural.matcher(one).find()).as(key + ": " + one).isFalse();
        }
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
