package io.github.binhdang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.ReportingPeriod;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void keyAndArgumentsLetAnApplicationWordTheProblem() {
        InvalidValueException e = new InvalidValueException("Milestone.value", -5, "is below 0 for a percentage");
        assertThat(e.key()).isEqualTo("invalid.Milestone.value");
        assertThat(e.arguments()).containsExactly(
                java.util.Map.entry("field", "Milestone.value"),
                java.util.Map.entry("value", "-5"),
                java.util.Map.entry("rule", "is below 0 for a percentage"));
        assertThat(e.getMessage()).isEqualTo("Milestone.value: -5 is below 0 for a percentage");
        assertThat(e.reason()).isEqualTo("-5 is below 0 for a percentage");
    }

    @Test
    void aParseProblemCountsCharactersFromOne() {
        TextParseException e = new TextParseException("ReportingPeriod", "2022-Q5", 6, "quarter must be 1 to 4");
        assertThat(e.key()).isEqualTo("parse.ReportingPeriod");
        // The 5 of "2022-Q5" is its 7th character.
        assertThat(e.arguments()).containsEntry("character", "7").containsEntry("text", "2022-Q5");
        assertThat(e.reason()).isEqualTo("'2022-Q5' cannot be read: quarter must be 1 to 4, at character 7");
        assertThat(new TextParseException("x", "abc", 0, "expected a number").reason())
                .isEqualTo("'abc' cannot be read: expected a number");
        TextParseException thrown = catchThrowableOfType(TextParseException.class,
                () -> ReportingPeriod.parse("2022-Q5"));
        assertThat(thrown.key()).startsWith("parse.");
    }

    /**
     * The exception words itself in the user's language from core's problem texts (problems_vi.properties,
     * the texts below written out by hand from that file), and in English by its reason.
     */
    @Test
    void messageWordsTheProblemInVietnameseOrEnglish() {
        Locale vi = Locale.forLanguageTag("vi-VN");
        InvalidValueException sex = catchThrowableOfType(InvalidValueException.class, () -> Sex.parse("X"));
        assertThat(sex.message(vi)).isEqualTo("giới tính 'X' không đúng; hãy ghi Nữ hoặc Nam (F hoặc M)");
        assertThat(sex.message(Locale.ENGLISH)).isEqualTo("'X' is not a sex: use F, M or _T (or Nữ, Nam, Tổng số)");
        // Any language but Vietnamese is English.
        assertThat(sex.message(Locale.FRENCH)).isEqualTo(sex.reason());

        TextParseException period = new TextParseException("ReportingPeriod", "2022-Q5", 6, "quarter must be 1 to 4");
        assertThat(period.message(vi)).isEqualTo("không đọc được kỳ báo cáo '2022-Q5' (lỗi ở ký tự 7); hãy ghi như"
                + " 2022, 6 tháng đầu năm 2022, quý III/2022 hoặc 2022-Q3");
        assertThat(period.message(Locale.ENGLISH))
                .isEqualTo("'2022-Q5' cannot be read: quarter must be 1 to 4, at character 7");

        // A key with no text of its own: the general text of its kind.
        InvalidValueException other = new InvalidValueException("Nowhere.field", -5, "is below 0");
        assertThat(other.message(vi)).isEqualTo("giá trị '-5' không hợp lệ");
        assertThat(other.message(Locale.ENGLISH)).isEqualTo("-5 is below 0");
    }
}
