package io.github.binhdang.core.constraints;

import static io.github.binhdang.core.constraints.Beans.VI;
import static io.github.binhdang.core.constraints.Beans.messages;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeValidatorTest {

    public static final class Codes {
        @Code
        public final String area;

        Codes(String area) {
            this.area = area;
        }
    }

    @ParameterizedTest
    @CsvSource({"14, true", "W_ENT, true", "VN-NSGE-2021-2030, true", "2.3, true", "'', false", "Sơn La, false",
        "_T, false", "W ENT, false"})
    void codesAreLettersDigitsAndSeparators(String text, boolean valid) {
        assertThat(messages(new Codes(text), Locale.ENGLISH).isEmpty()).isEqualTo(valid);
    }

    @Test
    void messagesInBothLanguages() {
        assertThat(messages(new Codes(null), Locale.ENGLISH)).isEmpty();
        assertThat(messages(new Codes("Sơn La"), Locale.ENGLISH)).containsExactly(
                "area: Sơn La is not a code: use letters A–Z or a–z, digits, '.', '_' or '-', starting with a letter or digit");
        assertThat(messages(new Codes("Sơn La"), VI)).containsExactly(
                "area: Sơn La không phải là mã: chỉ dùng chữ cái A–Z hoặc a–z, chữ số, '.', '_' hoặc '-', bắt đầu bằng chữ cái hoặc chữ số");
    }
}
