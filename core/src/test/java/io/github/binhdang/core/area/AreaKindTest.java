package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Names from shared/reference/communes (communes-2025.csv, communes-before-2025.csv) and provinces-2025.csv. */
class AreaKindTest {

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource({
        "Xã Tân Lập,               COMMUNE,  COMMUNE",
        "Phường Ba Đình,           COMMUNE,  WARD",
        "Thị trấn Sa Pa,           COMMUNE,  TOWNSHIP",
        "Đặc khu Côn Đảo,          COMMUNE,  SPECIAL_ZONE",
        "Huyện Chư Prông,          DISTRICT, RURAL_DISTRICT",
        "Quận Ba Đình,             DISTRICT, URBAN_DISTRICT",
        "Thị xã Sa Pa,             DISTRICT, TOWN",
        "Thành phố Lào Cai,        DISTRICT, CITY",
        "Thành phố Hà Nội,         PROVINCE, CENTRAL_CITY",
        "Tỉnh Sơn La,              PROVINCE, PROVINCE",
    })
    void theNamePrefixGivesTheType(String name, AreaLevel level, AreaKind kind) {
        assertThat(AreaKind.fromName(name, level)).contains(kind);
        assertThat(kind.level()).isEqualTo(level);
    }

    @Test
    void aNameWithoutAPrefixOrOfAnotherLevelHasNoType() {
        assertThat(AreaKind.fromName("Sơn La", AreaLevel.PROVINCE)).isEmpty();
        assertThat(AreaKind.fromName("Xã", AreaLevel.COMMUNE)).isEmpty();
        assertThat(AreaKind.fromName("Xà Phìn", AreaLevel.COMMUNE)).isEmpty();
        assertThat(AreaKind.fromName("Phường Ba Đình", AreaLevel.DISTRICT)).isEmpty();
    }

    @Test
    void titlesAreBilingualAndCodesExact() {
        assertThat(AreaKind.SPECIAL_ZONE.title()).isEqualTo(BilingualText.of("Đặc khu", "Special zone"));
        assertThat(AreaKind.of("WARD")).isEqualTo(AreaKind.WARD);
        assertThat(AreaKind.find("ward")).isEmpty();
    }

    @Test
    void anAreaCarriesItsTypeInEquality() {
        Area plain = Area.of("00004", BilingualText.of("Phường Ba Đình"), AreaLevel.COMMUNE);
        Area ward = plain.withKind(AreaKind.WARD);
        assertThat(plain.kind()).isEmpty();
        assertThat(ward.kind()).contains(AreaKind.WARD);
        assertThat(ward).isNotEqualTo(plain);
        assertThat(ward.withParent("01").withValidFrom(java.time.LocalDate.of(2025, 7, 1)).kind()).contains(AreaKind.WARD);
        assertThatThrownBy(() -> plain.withKind(AreaKind.TOWN))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Area.kind: TOWN is a type of DISTRICT, not of COMMUNE"));
    }
}
