package io.github.binhdang.core.validation;

import static io.github.binhdang.core.validation.Fixtures.AREAS;
import static io.github.binhdang.core.validation.Fixtures.CONTEXT;
import static io.github.binhdang.core.validation.Fixtures.VI;
import static io.github.binhdang.core.validation.Fixtures.Y2017;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Observation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distancesAreCountedByHand() {
        assertThat(Suggestions.distance("wentx", "went", 99)).isEqualTo(1);      // one letter more
        assertThat(Suggestions.distance("wtrained", "wtrianed", 99)).isEqualTo(2); // two swapped letters
        assertThat(Suggestions.distance("abc", "xyz", 2)).isEqualTo(2);         // stops at the limit
        assertThat(Suggestions.fold("W_ENT")).isEqualTo("went");
        assertThat(Suggestions.fold("w-ent x")).isEqualTo("wentx");
    }

    @Test
    void aMistypedIndicatorGetsTheNearestCode() {
        assertThat(Suggestions.indicator("W_TRIANED", CONTEXT.indicators()))
                .isEqualTo(BilingualText.of("; có phải là W_TRAINED?", "; did you mean W_TRAINED?"));
        assertThat(Suggestions.indicator("POVERTY", CONTEXT.indicators())).isEqualTo("");
    }

    @Test
    void anAreaWrittenByItsNameGetsItsCode() {
        Finding f = DatasetValidator.defaults().validate(Observation.of("W_ENT", "Son La", Y2017, BigDecimal.TEN),
                CONTEXT).findings().get(0);
        assertThat(f.code()).isEqualTo("area.unknown");
        assertThat(f.message()).isEqualTo("Area Son La is not in the list of administrative units; did you mean 14 (Sơn La)?");
        assertThat(f.message(VI)).isEqualTo(
                "Địa bàn Son La không có trong danh mục đơn vị hành chính; có phải là 14 (Sơn La)?");
        assertThat(Suggestions.area("99", AREAS)).isEqualTo("");
    }
}
