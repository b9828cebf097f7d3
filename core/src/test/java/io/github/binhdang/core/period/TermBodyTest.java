package io.github.binhdang.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TermBodyTest {

    @ParameterizedTest
    @CsvSource({
        "HDND, PEOPLES_COUNCIL, Hội đồng nhân dân, People's Council",
        "QH, NATIONAL_ASSEMBLY, Quốc hội, National Assembly",
        "CAPUY, PARTY_COMMITTEE, Cấp ủy Đảng, Party committee",
    })
    void eachBodyHasACodeAndATitle(String code, TermBody body, String vi, String en) {
        assertThat(TermBody.of(code)).isEqualTo(body);
        assertThat(TermBody.find(code)).contains(body);
        assertThat(body.code()).isEqualTo(code);
        assertThat(body.title().in(Locale.forLanguageTag("vi"))).isEqualTo(vi);
        assertThat(body.title().in(Locale.ENGLISH)).isEqualTo(en);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hdnd", "", "HĐND", "UBND"})
    void refusesUnknownCodes(String code) {
        assertThat(TermBody.find(code)).isEmpty();
        assertThatThrownBy(() -> TermBody.of(code))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("TermBody.code");
                    assertThat(e.value()).isEqualTo("'" + code + "'");
                    assertThat(e.getMessage()).isEqualTo("TermBody.code: '" + code + "' must be one of HDND, QH, CAPUY");
                });
    }
}
