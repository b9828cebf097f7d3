package io.github.binhdang.core.area;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.BilingualText;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names that start with a syllable like an administrative prefix: the prefix is found before the
 * diacritics are removed. Xà Phìn (Hà Giang, 00736) and Xa Lý (Bắc Giang, 07540) are communes of
 * communes-before-2025.csv; Quan Hóa is a district of Thanh Hóa; the other names are made up. The keys
 * are worked out by hand from the rules of {@link AreaHierarchy#foldName}.
 */
class AreaNamePrefixTest {

    private static final LocalDate DAY = LocalDate.of(2025, 6, 30);

    @ParameterizedTest(name = "''{0}'' folds to ''{1}''")
    @CsvSource(delimiter = '|', value = {
        // Syllables like a prefix, written with their own diacritics: names, kept.
        "Xà Phìn|xa phin",
        "Xa Lý|xa li",
        "Xá Lượng|xa luong",
        "XÀ PHÌN|xa phin",
        "Quan Hóa|quan hoa",
        "Phương Sơn|phuong son",
        "Huyền Sơn|huyen son",
        "Tinh Túc|tinh tuc",
        // The prefix written as it is, in any case, then such a syllable: the prefix alone is dropped.
        "Xã Xà Phìn|xa phin",
        "XÃ XA LÝ|xa li",
        "Huyện Quan Hóa|quan hoa",
        "Xã Phương Sơn|phuong son",
        "Thị xã Sa Pa|sa pa",
        "Ðặc khu Côn Đảo|con dao",
        "\u200BXã Tân Lập|tan lap",
        "Xã  –  Tân Lập|tan lap",
        // Without any diacritics the prefix may have been typed without them: dropped as before.
        "Xa Tan Lap|tan lap",
        "xa m'drak|mdrak",
        "Thi xa Sa Pa|sa pa",
        "tinh son la|son la",
        "Xa Ly|li",
        // The prefix alone without its diacritics, in a name written with them: a name, kept.
        "Xa Tân Lập|xa tan lap",
        // Abbreviations have no diacritics to find.
        "TP.Hà Nội|ha noi",
        "TP Hồ Chí Minh|ho chi minh",
    })
    void aPrefixIsDroppedOnlyWhenWrittenAsThePrefix(String name, String key) {
        assertThat(AreaHierarchy.foldName(name)).isEqualTo(key);
        assertThat(AreaHierarchy.foldName(Normalizer.normalize(name, Normalizer.Form.NFD))).isEqualTo(key);
    }

    @Test
    void onlyAPrefixWrittenAsOneSaysTheType() {
        assertThat(AreaHierarchy.impliedKind("Xã Tân Lập")).isEqualTo(AreaKind.COMMUNE);
        assertThat(AreaHierarchy.impliedKind("Xa Tan Lap")).isEqualTo(AreaKind.COMMUNE);
        assertThat(AreaHierarchy.impliedKind("Phường Tân Lập")).isEqualTo(AreaKind.WARD);
        assertThat(AreaHierarchy.impliedKind("Xà Phìn")).isNull();
        assertThat(AreaHierarchy.impliedKind("Xa Lý")).isNull();
        assertThat(AreaHierarchy.impliedKind("Phương Sơn")).isNull();
    }

    @Test
    void anUnprefixedNameLikeAPrefixFindsItsUnitAndNotAnother() {
        Area xaPhin = commune("00736", "Xã Xà Phìn");
        Area phin = commune("90001", "Xã Phìn");
        Area xaLy = commune("07540", "Xã Xa Lý");
        Area ly = commune("90002", "Xã Lý");
        AreaHierarchy hierarchy = AreaHierarchy.builder().addAll(List.of(xaPhin, phin, xaLy, ly)).build();
        assertThat(hierarchy.lookUp("Xà Phìn", DAY).areas()).containsExactly(xaPhin);
        assertThat(hierarchy.lookUp("Xã Xà Phìn", DAY).areas()).containsExactly(xaPhin);
        assertThat(hierarchy.lookUp("Xa Lý", DAY).areas()).containsExactly(xaLy);
        assertThat(hierarchy.lookUp("Xã Xa Lý", DAY).areas()).containsExactly(xaLy);
        assertThat(hierarchy.lookUp("Xã Phìn", DAY).areas()).containsExactly(phin);
        assertThat(hierarchy.lookUp("Phìn", DAY).areas()).containsExactly(phin);
        assertThat(hierarchy.lookUp("Lý", DAY).areas()).containsExactly(ly);
    }

    private static Area commune(String code, String name) {
        return Area.of(code, BilingualText.of(name), AreaLevel.COMMUNE).withKind(AreaKind.COMMUNE);
    }
}
