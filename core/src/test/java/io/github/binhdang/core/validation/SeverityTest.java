package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void titlesInBothLanguagesInOrderOfSeriousness() {
        assertThat(Severity.values()).containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
        assertThat(Severity.ERROR.title().vi()).isEqualTo("Lỗi");
        assertThat(Severity.WARNING.title().vi()).isEqualTo("Cảnh báo");
        assertThat(Severity.INFO.title().en()).isEqualTo("Information");
    }
}
