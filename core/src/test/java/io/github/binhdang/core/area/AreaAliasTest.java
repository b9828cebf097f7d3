package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Aliases recorded in a hierarchy, found by every look-up by name, the view on a date's included.
 * Facts from shared/reference: Bắc Kạn (06) went whole into Thái Nguyên (19) on 1 July 2025; Thành
 * phố Hồ Chí Minh kept code 79; Xã Xà Phìn (00736, Hà Giang) went whole into Xã Sà Phìn (00733), as
 * Resolution 1684/NQ-UBTVQH15 spells both.
 */
class AreaAliasTest {

    private static final LocalDate JUNE_30 = LocalDate.of(2025, 6, 30);
    private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    private static final LocalDate Y2026 = LocalDate.of(2026, 1, 1);

    private static final Area OLD_HCM = province("79", "Thành phố Hồ Chí Minh").withValidTo(JUNE_30);
    private static final Area HCM = province("79", "Thành phố Hồ Chí Minh").withValidFrom(JULY_1);
    private static final Area BAC_KAN = province("06", "Bắc Kạn").withValidTo(JUNE_30);
    private static final Area THAI_NGUYEN = province("19", "Thái Nguyên").withValidFrom(JULY_1);
    private static final Area XA_PHIN = Area.of("00736", BilingualText.of("Xã Xà Phìn"), AreaLevel.COMMUNE)
            .withValidTo(JUNE_30);
    private static final Area SA_PHIN = Area.of("00733", BilingualText.of("Xã Sà Phìn"), AreaLevel.COMMUNE)
            .withValidFrom(JULY_1);

    private static final AreaHierarchy HIERARCHY = AreaHierarchy.builder()
            .addAll(List.of(OLD_HCM, HCM, BAC_KAN, THAI_NGUYEN, XA_PHIN, SA_PHIN))
            .merge(OLD_HCM, HCM).merge(BAC_KAN, THAI_NGUYEN).merge(XA_PHIN, SA_PHIN)
            .alias("HCMC", "Thành phố Hồ Chí Minh")
            .alias("Sài Gòn", "Thành phố Hồ Chí Minh")
            .alias("Bắc Cạn", "Bắc Kạn")
            .alias("Sà Phìn", "00736", JUNE_30)
            .build();

    private static Area province(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.PROVINCE);
    }

    @Test
    void anAliasOfANameIsFoundByTheViewOnADateAndSaysHowItWasRead() {
        NameMatch match = HIERARCHY.on(JULY_1).lookUp("HCMC");
        assertThat(match.areas()).containsExactly(HCM);
        assertThat(match.notes()).containsExactly(BilingualText.of(
                "'HCMC' được hiểu là Thành phố Hồ Chí Minh", "'HCMC' is read as Thành phố Hồ Chí Minh"));
        assertThat(HIERARCHY.on(JUNE_30).lookUp("sai gon", AreaLevel.PROVINCE).areas()).containsExactly(OLD_HCM);
        assertThat(HIERARCHY.lookUp("SAIGON", JUNE_30).areas()).containsExactly(OLD_HCM);
    }

    @Test
    void anAliasOfAnEndedUnitGivesItsSuccessorWithBothNotes() {
        NameMatch match = HIERARCHY.on(Y2026).lookUp("Bắc Cạn");
        assertThat(match.areas()).containsExactly(THAI_NGUYEN);
        assertThat(match.notes()).extracting(BilingualText::en).containsExactly(
                "'Bắc Cạn' is read as Bắc Kạn", "Bắc Kạn was merged into Thái Nguyên on 1 July 2025");
    }

    @Test
    void anAliasOfAUnitGivesThatUnitOrItsSuccessors() {
        NameMatch before = HIERARCHY.on(JUNE_30).lookUp("Sà Phìn");
        assertThat(before.areas()).containsExactly(XA_PHIN);
        assertThat(before.notes()).containsExactly(BilingualText.of(
                "'Sà Phìn' được hiểu là Xã Xà Phìn (00736)", "'Sà Phìn' is read as Xã Xà Phìn (00736)"));
        // On 1 July 2025 the name is the new unit's own, and the old unit went into it: one candidate.
        NameMatch after = HIERARCHY.on(JULY_1).lookUp("Xã Sà Phìn");
        assertThat(after.areas()).containsExactly(SA_PHIN);
        assertThat(after.notes()).isEmpty();
        // An alias of a commune is no province.
        assertThat(HIERARCHY.lookUp("Sà Phìn", AreaLevel.PROVINCE, JUNE_30).isFound()).isFalse();
    }

    @Test
    void anAliasMustStandForSomething() {
        assertThatThrownBy(() -> AreaHierarchy.builder().add(BAC_KAN).alias("Bắc Cạn", "06", JULY_1).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("AreaHierarchy.alias: 'Bắc Cạn' stands for code 06, which names no area in force on 2025-07-01");
        assertThatThrownBy(() -> AreaHierarchy.builder().alias(" ", "Bắc Kạn"))
                .isInstanceOf(InvalidValueException.class).hasMessage("AreaHierarchy.alias: ' ' is blank");
    }
}
