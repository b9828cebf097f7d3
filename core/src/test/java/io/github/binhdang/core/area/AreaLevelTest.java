package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AreaLevelTest {

    @Test
    void levelsAreDeclaredTopFirst() {
        assertThat(AreaLevel.values()).containsExactly(
                AreaLevel.NATION, AreaLevel.PROVINCE, AreaLevel.DISTRICT, AreaLevel.COMMUNE);
    }

    @ParameterizedTest(name = "{0} above {1}: {2}")
    @CsvSource({
        "NATION,   PROVINCE, true",
        "NATION,   COMMUNE,  true",
        "PROVINCE, DISTRICT, true",
        "PROVINCE, COMMUNE,  true",
        "DISTRICT, COMMUNE,  true",
        "PROVINCE, PROVINCE, false",
        "COMMUNE,  COMMUNE,  false",
        "COMMUNE,  PROVINCE, false",
        "DISTRICT, PROVINCE, false",
        "PROVINCE, NATION,   false",
    })
    void isAboveIsStrictAndTopDown(AreaLevel level, AreaLevel other, boolean above) {
        assertThat(level.isAbove(other)).isEqualTo(above);
    }

    @ParameterizedTest(name = "{0}: {1} / {2}")
    @CsvSource({
        "NATION,   Quốc gia,  Nation",
        "PROVINCE, Cấp tỉnh,  Province level",
        "DISTRICT, Cấp huyện, District level",
        "COMMUNE,  Cấp xã,    Commune level",
    })
    void titlesAreBilingual(AreaLevel level, String vi, String en) {
        assertThat(level.title()).isEqualTo(BilingualText.of(vi, en));
    }

    @Test
    void isAboveRefusesNull() {
        assertThatThrownBy(() -> AreaLevel.NATION.isAbove(null)).isInstanceOf(NullPointerException.class);
    }
}
