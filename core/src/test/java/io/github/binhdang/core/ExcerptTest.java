package io.github.binhdang.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void keepsTextOfEightyCharactersAsWritten() {
        String eighty = "a".repeat(80);
        assertThat(Excerpt.of(eighty)).isSameAs(eighty);
        assertThat(Excerpt.shortens(eighty)).isFalse();
        assertThat(Excerpt.of("Sơn La")).isEqualTo("Sơn La");
    }

    @Test
    void cutsLongerTextAndGivesItsLength() {
        String digits = "1".repeat(100_000);
        String quoted = Excerpt.of(digits);
        // 80 ones, the ellipsis, then " (100000 chars)": 80 + 1 + 15 characters.
        assertThat(quoted).isEqualTo("1".repeat(80) + "… (100000 chars)");
        assertThat(quoted).hasSize(96);
        assertThat(Excerpt.shortens(digits)).isTrue();
    }

    @Test
    void neverSplitsASurrogatePair() {
        // U+1D11E (musical G clef) is two chars; placed so that its high half is the 3rd char.
        String text = "ab\uD834\uDD1Ecd";
        assertThat(Excerpt.of(text, 3)).isEqualTo("ab… (6 chars)");
        assertThat(Excerpt.of(text, 4)).isEqualTo("ab\uD834\uDD1E… (6 chars)");
    }

    @Test
    void refusesToKeepNothing() {
        assertThatThrownBy(() -> Excerpt.of("abc", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
