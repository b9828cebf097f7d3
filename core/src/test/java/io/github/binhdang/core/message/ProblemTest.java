package io.github.binhdang.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.NumberNotation;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The texts of value problems: both languages hold the same keys with the same placeholders, the keys
 * a reader of observations meets have texts of their own, and a problem is worded from its parts.
 */
class ProblemTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Properties EN = Bundle.read(Problem.class, "problems.properties");
    private static final Properties VI = Bundle.read(Problem.class, "problems_vi.properties");

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void bothLanguagesHoldTheSameKeysAndPlaceholders() {
        assertThat(VI.stringPropertyNames()).isEqualTo(EN.stringPropertyNames());
        for (String key : EN.stringPropertyNames()) {
            assertThat(placeholders(VI.getProperty(key))).as(key).isEqualTo(placeholders(EN.getProperty(key)));
            // The English rule is not for a Vietnamese reader.
            assertThat(placeholders(VI.getProperty(key))).as(key).doesNotContain("rule", "field");
        }
    }

    @Test
    void theKeysAReaderMeetsHaveTextsOfTheirOwn() {
        List<Runnable> failures = List.of(
                () -> ReportingPeriod.parse("2022-Q5"),
                () -> NumberNotation.VIETNAMESE.parse("12.3.4"),
                () -> NumberNotation.PLAIN.parse("abc"),
                () -> NumberNotation.ENGLISH.parse("1.2.3"),
                () -> Breakdown.parse("SEX"),
                () -> Sex.parse("X"),
                () -> Qualifier.parse("maybe"),
                () -> ObservationStatus.parse("done"));
        for (Runnable failure : failures) {
            InvalidValueException e = catchThrowableOfType(InvalidValueException.class, failure::run);
            assertThat(Problem.keyOf(e)).as(e.getMessage()).isEqualTo(e.key());
        }
    }

    @Test
    void aProblemIsWordedInBothLanguages() {
        InvalidValueException period = catchThrowableOfType(InvalidValueException.class,
                () -> ReportingPeriod.parse("2022-Q5"));
        // "2022-Q5": the quarter digit is the 7th character.
        assertThat(Problem.of(period).vi()).isEqualTo("không đọc được kỳ báo cáo '2022-Q5' (lỗi ở ký tự 7); hãy ghi"
                + " như 2022, 6 tháng đầu năm 2022, quý III/2022 hoặc 2022-Q3");
        assertThat(Problem.of(period).en()).startsWith("'2022-Q5' cannot be read: ").endsWith(", at character 7");
        InvalidValueException sex = catchThrowableOfType(InvalidValueException.class, () -> Sex.parse("X"));
        assertThat(Problem.of(sex).vi()).isEqualTo("giới tính 'X' không đúng; hãy ghi Nữ hoặc Nam (F hoặc M)");
        assertThat(Problem.of(sex).en()).isEqualTo(sex.reason());
        // "12.3.4" in Vietnamese notation: the group "3" after the first dot is short; it starts at character 4.
        InvalidValueException number = catchThrowableOfType(InvalidValueException.class,
                () -> NumberNotation.VIETNAMESE.parse("12.3.4"));
        assertThat(Problem.of(number).vi()).startsWith("không đọc được số '12.3.4' (lỗi ở ký tự ")
                .endsWith("); hãy ghi số như 1.234,5");
    }

    @Test
    void aKeyWithoutATextOfItsOwnFallsBackToItsKind() {
        // No field of binhdang's is called Nowhere, so neither the key nor a start of it has a text.
        InvalidValueException e = new InvalidValueException("Nowhere.value", -5, "is below 0 for a percentage");
        assertThat(Problem.of(e).vi()).isEqualTo("giá trị '-5' không hợp lệ");
        assertThat(Problem.of(e).en()).isEqualTo("-5 is below 0 for a percentage");
    }
}
