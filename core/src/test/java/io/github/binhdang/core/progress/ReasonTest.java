package io.github.binhdang.core.progress;

import static io.github.binhdang.core.progress.Fixtures.OWNERS_27;
import static io.github.binhdang.core.progress.Fixtures.first;
import static io.github.binhdang.core.progress.Fixtures.p;
import static io.github.binhdang.core.progress.Fixtures.series;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.message.Bundle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reasons of progress: the bundles {@code reasons.properties} and {@code reasons_vi.properties}
 * hold every key progress uses, with the same placeholders, and an application can reword a reason.
 */
class ReasonTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern KEY = Pattern.compile("\"(binhdang\\.progress\\.[A-Za-z.]+)\"");
    private static final Path SOURCES = Path.of("src/main/java/io/github/binhdang/core/progress");

    private static final Properties EN = Bundle.read(Reason.class, Reason.ENGLISH);
    private static final Properties VI = Bundle.read(Reason.class, Reason.VIETNAMESE);

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHoldTheSameKeysWithTheSamePlaceholders() {
        assertThat(VI.stringPropertyNames()).isEqualTo(EN.stringPropertyNames());
        for (String key : EN.stringPropertyNames()) {
            assertThat(key).startsWith("binhdang.progress.");
            assertThat(placeholders(VI.getProperty(key))).as(key).isEqualTo(placeholders(EN.getProperty(key)));
        }
    }

    @Test
    void everyKeyProgressUsesIsInTheBundlesAndEveryKeyThereIsUsed() throws IOException {
        Set<String> used = keysInSources();
        assertThat(used).contains("binhdang.progress.achieved", "binhdang.progress.text",
                "binhdang.progress.skip.zeroDenominator", "binhdang.progress.openSdg.score");
        assertThat(EN.stringPropertyNames()).containsAll(used);
        assertThat(new TreeSet<>(EN.stringPropertyNames())).isEqualTo(used);
    }

    @Test
    void aReasonHasAKeyAndNamedArgumentsAndItsTextComesFromTheBundles() {
        Assessment a = BinhdangMethod.INSTANCE.assess(OWNERS_27, first(OWNERS_27), series(2023, "27.5"));
        assertThat(a.reasonKey()).isEqualTo("binhdang.progress.achieved");
        assertThat(a.reasonArguments()).containsOnlyKeys("latest", "milestone");
        assertThat(a.reasonArguments().get("latest")).isEqualTo(BilingualText.of("27,5% năm 2023", "27.5 % in 2023"));
        assertThat(a.reason().en()).isEqualTo("The latest value, 27.5 % in 2023, meets the milestone at least 27 %"
                + " by 2025.");
        assertThat(a.reason(Locale.ENGLISH, key -> null)).isEqualTo(a.reason().en());
        assertThat(a.reason(Locale.forLanguageTag("vi-VN"), key -> null)).isEqualTo(a.reason().vi());
    }

    @Test
    void anApplicationCanRewordAReasonAndItsNotes() {
        Assessment a = BinhdangMethod.INSTANCE.assess(OWNERS_27, first(OWNERS_27),
                List.of(p(2023, "27.5", Qualifier.MORE_THAN)));
        assertThat(a.reasonKey()).isEqualTo("binhdang.progress.achieved");
        assertThat(a.reason(Locale.ENGLISH, key -> key.equals("binhdang.progress.achieved")
                ? "Done: {latest} (goal: {milestone})." : null)).isEqualTo("Done: 27.5 % in 2023"
                        + " (goal: at least 27 % by 2025). The latest value was reported as “more than 27.5 %”"
                        + " and is taken as 27.5 %.");
        assertThat(a.reason(Locale.forLanguageTag("vi"), key -> key.equals("binhdang.progress.qualified")
                ? "(Số liệu gốc: “{qualifier} {value}”.)" : null)).isEqualTo("Giá trị mới nhất, 27,5% năm 2023,"
                        + " đã đạt mốc ít nhất 27% vào năm 2025. (Số liệu gốc: “hơn 27,5%”.)");
    }

    @Test
    void aReasonGivenAsTextHasTheGenericKey() {
        BilingualText why = BilingualText.of("Quá chậm", "Too slow");
        Assessment a = Assessment.builder("own", "2.3", first(OWNERS_27)).build(ProgressStatus.OFF_TRACK, why);
        assertThat(a.reasonKey()).isEqualTo("binhdang.progress.text");
        assertThat(a.reasonArguments()).containsExactly(Map.entry("text", why));
        assertThat(a.reason()).isEqualTo(why);
        SkippedObservation s = new SkippedObservation(ObservationKey.parse("W_ENT/14/2017/_T"), why);
        assertThat(s.reasonKey()).isEqualTo("binhdang.progress.text");
        assertThat(s.reasonArguments()).containsExactly(Map.entry("text", why));
        // Read back from JSON, a skipped observation's reason is text; it equals the one written.
        SkippedObservation keyed = SkippedObservation.of(s.key(), Reason.of("binhdang.progress.skip.zeroDenominator"));
        assertThat(keyed.reason()).isEqualTo(BilingualText.of("không có giá trị và mẫu số bằng 0",
                "no value and a zero denominator"));
        assertThat(new SkippedObservation(s.key(), keyed.reason())).isEqualTo(keyed).hasSameHashCodeAs(keyed);
    }
}
