package io.github.binhdang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTextTest {

    @Test
    void nfdTextEqualsTheSameTextInNfc() {
        // "Sơn La" with o + combining horn (U+031B) instead of the precomposed ơ (U+01A1).
        String nfd = "So\u031Bn La";
        assertThat(BilingualText.of(nfd)).isEqualTo(BilingualText.of("S\u01A1n La"));
        assertThat(BilingualText.of(nfd).vi()).hasSize(6);
    }

    @Test
    void choosesTheLanguageOfTheLocale() {
        BilingualText text = BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth");
        assertThat(text.in(Locale.forLanguageTag("vi-VN"))).isEqualTo("Tỷ số giới tính khi sinh");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Sex ratio at birth");
    }

    @Test
    void refusesBlankText() {
        assertThatThrownBy(() -> BilingualText.of(" ", "x"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("BilingualText.vi");
                    assertThat(e.value()).isEqualTo("' '");
                    assertThat(e.getMessage()).isEqualTo("BilingualText.vi: ' ' must not be blank");
                });
    }

    @Test
    void parseErrorsGiveTextAndPosition() {
        TextParseException e = new TextParseException("ReportingPeriod", "2022-Q5", 6, "quarter must be 1 to 4");
        assertThat(e.getMessage()).isEqualTo("Cannot parse '2022-Q5' at index 6: quarter must be 1 to 4");
        assertThat(e.index()).isEqualTo(6);
        assertThat(e.text()).isEqualTo("2022-Q5");
    }
}
