package io.github.binhdang.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final Location AT = Location.of("W_TRAINED/14/2017/_T", "numerator");

    @Test
    void formatsArgumentsForTheLanguage() {
        Finding f = new Finding("x.y", Severity.ERROR, AT, "125525", "is odd",
                Map.of("n", new BigDecimal("125525"), "d", new BigDecimal("18.22"), "i", 2539, "w",
                        BilingualText.of("tử số", "numerator"), "t", "HDND:2016/2021"),
                BilingualText.of("{w} {n} / {d} / {i} / {t} / {missing}", "{w} {n} / {d} / {i} / {t} / {missing}"));
        assertThat(f.message(Locale.ENGLISH)).isEqualTo("numerator 125,525 / 18.22 / 2,539 / HDND:2016/2021 / {missing}");
        assertThat(f.message(Locale.forLanguageTag("vi-VN")))
                .isEqualTo("tử số 125.525 / 18,22 / 2.539 / HDND:2016/2021 / {missing}");
        assertThat(f.message(Locale.FRENCH)).isEqualTo(f.message());
    }

    @Test
    void valueFallsBackToTheValueFound() {
        Finding f = new Finding("x.y", Severity.INFO, AT, "abc", "is odd", Map.of(),
                BilingualText.of("Giá trị {value}", "Value {value}"));
        assertThat(f.message()).isEqualTo("Value abc");
        assertThat(f).hasToString("INFO x.y W_TRAINED/14/2017/_T numerator: abc is odd");
        assertThat(f.isError()).isFalse();
        assertThat(f.withLocation(AT.withIndex(1)).location().index()).hasValue(1);
    }

    @Test
    void copiesTheArguments() {
        Map<String, Object> args = new HashMap<>(Map.of("a", 1));
        Finding f = new Finding("x.y", Severity.ERROR, AT, "", "is odd", args, BilingualText.of("{a}", "{a}"));
        args.put("a", 2);
        assertThat(f.message()).isEqualTo("1");
        assertThat(f).isEqualTo(new Finding("x.y", Severity.ERROR, AT, "", "is odd", Map.of("a", 1),
                BilingualText.of("{a}", "{a}")));
        assertThat(f).hasToString("ERROR x.y W_TRAINED/14/2017/_T numerator: is odd");
    }

    @Test
    void refusesABadCodeOrRule() {
        assertThatThrownBy(() -> new Finding("bad code", Severity.ERROR, AT, "", "is odd", Map.of(),
                BilingualText.of("x", "x"))).isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Finding.code");
                    assertThat(e.value()).isEqualTo("'bad code'");
                });
        assertThatThrownBy(() -> new Finding("x.y", Severity.ERROR, AT, "", " ", Map.of(), BilingualText.of("x", "x")))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("Finding.rule"));
    }
}
