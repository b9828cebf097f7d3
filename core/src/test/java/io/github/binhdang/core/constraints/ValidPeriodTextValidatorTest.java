package io.github.binhdang.core.constraints;

import static io.github.binhdang.core.constraints.Beans.VI;
import static io.github.binhdang.core.constraints.Beans.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidPeriodTextValidatorTest {

    interface Strict {
    }

    public static final class Form {
        @ValidPeriodText
        @ValidPeriodText(groups = Strict.class, message = "{io.github.binhdang.core.constraints.ValidPeriodText.message} (strict)")
        public final String period;

        Form(String period) {
            this.period = period;
        }
    }

    @ParameterizedTest
    @CsvSource({"2022, true", "2022-S1, true", "2022-Q3, true", "2022-M09, true", "2021/2025, true",
        "HDND:2016/2021, true", "2022S1, true", "2022-Q5, false", "'', false", "22, false"})
    void readsWhatReportingPeriodParseReads(String text, boolean valid) {
        assertThat(messages(new Form(text), Locale.ENGLISH).isEmpty()).isEqualTo(valid);
        assertThat(ValueChecks.periodTextError(text).isEmpty()).isEqualTo(valid);
    }

    @Test
    void messagesNameTheCharacterInBothLanguages() {
        assertThat(messages(new Form(null), Locale.ENGLISH)).isEmpty();
        assertThat(messages(new Form("2022-Q5"), Locale.ENGLISH)).containsExactly(
                "period: 2022-Q5 is not a reporting period (cannot read it at character 7): write 2022, 2022-S1, 2022-Q3, 2022-M09, 2021/2025 or HDND:2016/2021");
        assertThat(messages(new Form("2022-Q5"), VI)).containsExactly(
                "period: 2022-Q5 không phải là kỳ báo cáo (không đọc được ở ký tự thứ 7): hãy viết 2022, 2022-S1, 2022-Q3, 2022-M09, 2021/2025 hoặc HDND:2016/2021");
        // @Repeatable: the second constraint runs in its own group.
        assertThat(messages(new Form("2022-Q5"), Locale.ENGLISH, Strict.class)).containsExactly(
                "period: 2022-Q5 is not a reporting period (cannot read it at character 7): write 2022, 2022-S1, 2022-Q3, 2022-M09, 2021/2025 or HDND:2016/2021 (strict)");
    }
}
