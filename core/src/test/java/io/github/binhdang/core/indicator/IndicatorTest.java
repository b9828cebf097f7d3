package io.github.binhdang.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicatorTest {

    private static final BilingualText NAME =
            BilingualText.of("Tỷ lệ nữ đại biểu Hội đồng nhân dân", "Female share of People's Council deputies");
    private static final BreakdownDimension LEVEL =
            BreakdownDimension.of("COUNCIL_LEVEL", BilingualText.of("Cấp", "Level"));

    private static Indicator councilShare() {
        return Indicator.builder("POL-04", NAME, MeasureKind.PERCENTAGE, Unit.PERCENT)
                .components(BilingualText.of("Nữ đại biểu", "Women deputies"),
                        BilingualText.of("Đại biểu", "Deputies"))
                .breakdowns(BreakdownDimension.SEX).levels(AreaLevel.PROVINCE).frequency(Frequency.PER_TERM)
                .source(BilingualText.of("Hội đồng bầu cử", "Election council")).decimals(2).build();
    }

    @Test
    void defaultsDependOnTheMeasureKind() {
        Indicator count = Indicator.builder("SL-01", BilingualText.of("Lớp", "Classes"), MeasureKind.COUNT, Unit.COUNT)
                .build();
        Indicator share = Indicator.builder("SL-02", NAME, MeasureKind.PERCENTAGE, Unit.PERCENT).build();
        assertThat(count.decimals()).isZero();
        assertThat(share.decimals()).isEqualTo(2);
        assertThat(count.direction()).isEqualTo(Direction.INCREASE);
        assertThat(count.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(count.breakdowns()).isEmpty();
        assertThat(count.numerator()).isEmpty();
    }

    @Test
    void toBuilderCopiesEveryPropertyAndAddsToTheBreakdowns() {
        Indicator base = councilShare();
        assertThat(base.toBuilder().build()).isEqualTo(base);

        Indicator byLevel = base.toBuilder().breakdowns(LEVEL).levels(AreaLevel.DISTRICT).build();
        assertThat(byLevel.breakdowns()).containsExactly(BreakdownDimension.SEX, LEVEL);
        assertThat(byLevel.levels()).containsExactlyInAnyOrder(AreaLevel.PROVINCE, AreaLevel.DISTRICT);
        assertThat(byLevel.numerator()).isEqualTo(base.numerator());
        assertThat(byLevel.source()).isEqualTo(base.source());
        assertThat(byLevel.frequency()).isEqualTo(Frequency.PER_TERM);
        assertThat(byLevel).isNotEqualTo(base);
        // The original is untouched by what the copy's builder was given.
        assertThat(base.breakdowns()).containsExactly(BreakdownDimension.SEX);
    }

    @Test
    void toBuilderStillRefusesADimensionTwice() {
        assertThatThrownBy(() -> councilShare().toBuilder().breakdowns(BreakdownDimension.SEX))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Indicator.breakdowns: SEX is given twice");
    }

    @Test
    void refusesAUnitThatDoesNotFitTheMeasureKind() {
        assertThatThrownBy(() -> Indicator.builder("X-1", NAME, MeasureKind.PERCENTAGE, Unit.VND))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Indicator.unit: ")
                .hasMessageContaining("does not fit the measure kind PERCENTAGE");
    }

    @Test
    void refusesDecimalsOutsideZeroToSix() {
        assertThatThrownBy(() -> councilShare().toBuilder().decimals(7))
                .isInstanceOf(InvalidValueException.class)
                .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("Indicator.decimals"));
    }

    private static final BilingualText MOLISA = BilingualText.of("Bộ Lao động - Thương binh và Xã hội",
            "Ministry of Labour, Invalids and Social Affairs");
    private static final BilingualText MOHA = BilingualText.of("Bộ Nội vụ", "Ministry of Home Affairs");

    @Test
    void agencyIsDated() {
        Indicator i = Indicator.builder("X", BilingualText.of("x"), MeasureKind.PERCENTAGE, Unit.PERCENT)
                .agency(ResponsibleAgency.of(MOLISA, LocalDate.of(2008, 6, 4)))
                .agency(ResponsibleAgency.of(MOHA, LocalDate.of(2025, 3, 28)))
                .build();
        assertThat(i.agency()).contains(MOHA);
        assertThat(i.agencyOn(LocalDate.of(2024, 12, 31))).contains(MOLISA);
        assertThat(i.agencyOn(LocalDate.of(2025, 3, 27))).contains(MOLISA);
        assertThat(i.agencyOn(LocalDate.of(2025, 3, 28))).contains(MOHA);
        assertThat(i.agencyOn(LocalDate.of(2000, 1, 1))).isEmpty();
        assertThat(i.agencies()).extracting(ResponsibleAgency::toString)
                .containsExactly("2008-06-04 Ministry of Labour, Invalids and Social Affairs",
                        "2025-03-28 Ministry of Home Affairs");
        assertThat(i.toBuilder().build()).isEqualTo(i);
    }

    @Test
    void undatedAgencyHoldsBeforeTheFirstDatedOne() {
        BilingualText gso = BilingualText.of("Tổng cục Thống kê", "General Statistics Office");
        Indicator i = Indicator.builder("X", BilingualText.of("x"), MeasureKind.PERCENTAGE, Unit.PERCENT)
                .agency(gso).agency(ResponsibleAgency.of(MOHA, LocalDate.of(2025, 3, 28))).build();
        assertThat(i.agencyOn(LocalDate.of(2020, 1, 1))).contains(gso);
        assertThat(i.agency()).contains(MOHA);
    }

    @Test
    void datedAgenciesComeInOrder() {
        Indicator.Builder b = Indicator.builder("X", BilingualText.of("x"), MeasureKind.PERCENTAGE, Unit.PERCENT)
                .agency(ResponsibleAgency.of(MOHA, LocalDate.of(2025, 3, 28)));
        assertThatThrownBy(() -> b.agency(ResponsibleAgency.of(MOLISA, LocalDate.of(2008, 6, 4))))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Indicator.agencies: 2008-06-04 Ministry of Labour, Invalids and Social Affairs must come"
                        + " after 2025-03-28 Ministry of Home Affairs");
    }
}
