package io.github.binhdang.core.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.TextParseException;
import io.github.binhdang.core.indicator.BreakdownDimension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BreakdownTest {

    @Test
    void textFormSortsDimensionsByCode() {
        Breakdown b = Breakdown.of(Sex.FEMALE).with(BreakdownDimension.AGE_GROUP, "15-24");
        assertThat(b).hasToString("AGE_GROUP=15-24;SEX=F");
        assertThat(Breakdown.parse("SEX=F;AGE_GROUP=15-24")).isEqualTo(b);
        assertThat(Breakdown.parse(" _T ")).isSameAs(Breakdown.TOTAL);
        assertThat(Breakdown.TOTAL).hasToString("_T");
    }

    @Test
    void sexOfABreakdown() {
        assertThat(Breakdown.FEMALE.sex()).isEqualTo(Sex.FEMALE);
        assertThat(Breakdown.of(BreakdownDimension.RESIDENCE, "RURAL").sex()).isEqualTo(Sex.TOTAL);
        assertThat(Breakdown.FEMALE.with(Sex.TOTAL)).isEqualTo(Breakdown.TOTAL);
        assertThat(Breakdown.FEMALE.with(Sex.MALE)).isEqualTo(Breakdown.MALE);
    }

    @Test
    void withoutADimensionGivesItsTotal() {
        Breakdown b = Breakdown.of(Sex.MALE).with(BreakdownDimension.RESIDENCE, "URBAN");
        assertThat(b.without(BreakdownDimension.SEX)).isEqualTo(Breakdown.of(BreakdownDimension.RESIDENCE, "URBAN"));
        assertThat(b.without(BreakdownDimension.SEX).without(BreakdownDimension.RESIDENCE)).isSameAs(Breakdown.TOTAL);
        assertThat(b.category(BreakdownDimension.RESIDENCE)).contains("URBAN");
        assertThat(b.category(BreakdownDimension.ETHNICITY)).isEmpty();
    }

    @Test
    void categoriesInNfdEqualNfc() {
        BreakdownDimension region = BreakdownDimension.of("REGION",
                io.github.binhdang.core.BilingualText.of("Vùng", "Region"));
        assertThat(Breakdown.of(region, "Ta\u0302y_Bac")).isEqualTo(Breakdown.of(region, "Tây_Bac"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "SEX", "=F", "SEX=F;SEX=M", "SEX=X", "SEX=F;", "AGE GROUP=1"})
    void refusesMalformedText(String text) {
        assertThatThrownBy(() -> Breakdown.parse(text)).isInstanceOf(TextParseException.class);
    }

    @Test
    void parseErrorsPointAtTheProblem() {
        assertThatThrownBy(() -> Breakdown.parse("AGE_GROUP=15-24;SEX=X"))
                .isInstanceOfSatisfying(TextParseException.class, e -> assertThat(e.index()).isEqualTo(20));
    }

    @Test
    void refusesBadCategories() {
        assertThatThrownBy(() -> Breakdown.of(BreakdownDimension.AGE_GROUP, "15 - 24"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("Breakdown.category");
                    assertThat(e.value()).isEqualTo("'15 - 24'");
                });
        assertThatThrownBy(() -> Breakdown.of(BreakdownDimension.SEX, "_T"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("must be F or M");
    }
}
