package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SDG links from shared/reference/sdg5.md; measure kinds and units from the targets' wording. */
class GenderIndicatorsTest {

    @Test
    void everyTargetOfBothStrategiesIsMeasuredByAnIndicatorHere() {
        Set<Indicator> used = new HashSet<>();
        Stream.concat(Strategy2011To2020.STRATEGY.targets().stream(), Strategy2021To2030.STRATEGY.targets().stream())
                .map(Target::indicator).forEach(used::add);
        // And every indicator here measures at least one target.
        assertThat(used).containsExactlyInAnyOrderElementsOf(GenderIndicators.ALL);
        assertThat(GenderIndicators.ALL).hasSize(16);
        assertThat(GenderIndicators.ALL).extracting(Indicator::code).doesNotHaveDuplicates();
    }

    @Test
    void keyLeadersRunAcrossBothStrategies() {
        assertThat(VietNamStrategies.targetsMeasuredBy(GenderIndicators.KEY_LEADERS_FEMALE)).containsExactly(
                new TargetReference("VN-NSGE-2011-2020", "1.c"), new TargetReference("VN-NSGE-2021-2030", "1.1"));
        assertThat(VietNamStrategies.targetsMeasuredBy(GenderIndicators.SEX_RATIO_AT_BIRTH))
                .containsExactly(new TargetReference("VN-NSGE-2021-2030", "4.a"));
    }

    // code, measure kind, unit, direction, frequency, decimals, has numerator and denominator
    @ParameterizedTest
    @CsvSource({
        "POL-01, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, true",
        "POL-02, PERCENTAGE, percent,    INCREASE, PER_TERM, 2, true",
        "POL-03, PERCENTAGE, percent,    INCREASE, PER_TERM, 2, true",
        "POL-04, PERCENTAGE, percent,    INCREASE, PER_TERM, 2, true",
        "ECO-01, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, false",
        "ECO-02, PERCENTAGE, percent,    DECREASE, ANNUAL,   2, true",
        "ECO-03, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, true",
        "FAM-01, TIMES,      times,      DECREASE, ANNUAL,   1, true",
        "FAM-02, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, true",
        "FAM-03, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, true",
        "FAM-04, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, true",
        "FAM-05, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, true",
        "HEA-01, RATIO,      per_100,    DECREASE, ANNUAL,   1, true",
        "HEA-02, RATIO,      per_100000, DECREASE, ANNUAL,   1, true",
        "EDU-01, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, false",
        "INF-01, PERCENTAGE, percent,    INCREASE, ANNUAL,   2, true",
    })
    void eachIndicatorIsDefined(String code, MeasureKind kind, String unit, String direction, Frequency frequency,
            int decimals, boolean components) {
        Indicator indicator = GenderIndicators.find(code).orElseThrow();
        assertThat(indicator.measureKind()).isEqualTo(kind);
        assertThat(indicator.unit()).isEqualTo(Unit.find(unit).orElseThrow());
        assertThat(indicator.direction())
                .isEqualTo(direction.equals("INCREASE") ? Direction.INCREASE : Direction.DECREASE);
        assertThat(indicator.frequency()).isEqualTo(frequency);
        assertThat(indicator.decimals()).isEqualTo(decimals);
        assertThat(indicator.numerator().isPresent()).isEqualTo(components);
        assertThat(indicator.denominator().isPresent()).isEqualTo(components);
    }

    @Test
    void denominatorsAreThoseTheTextsState() {
        assertThat(GenderIndicators.AGRICULTURE_SHARE_FEMALE.denominator().orElseThrow().vi())
                .isEqualTo("Tổng số lao động nữ có việc làm");
        assertThat(GenderIndicators.GENDER_EQUALITY_KNOWLEDGE.denominator().orElseThrow().vi())
                .isEqualTo("Tổng dân số");
        assertThat(GenderIndicators.SEX_RATIO_AT_BIRTH.denominator().orElseThrow().en()).isEqualTo("Girls born alive");
        assertThat(GenderIndicators.SEX_RATIO_AT_BIRTH.isBrokenDownBy(BreakdownDimension.RESIDENCE)).isTrue();
        assertThat(GenderIndicators.ETHNIC_MINORITY_PRIMARY_COMPLETION.isBrokenDownBy(BreakdownDimension.SEX))
                .isTrue();
    }

    // code, SDG indicator from sdg5.md, or "-" for none
    @ParameterizedTest
    @CsvSource({
        "POL-01, 5.5.2", "POL-02, -", "POL-03, 5.5.1", "POL-04, 5.5.1", "ECO-01, -", "ECO-02, -",
        "ECO-03, 5.5.2", "FAM-01, 5.4.1", "FAM-02, -", "FAM-03, -", "FAM-04, -", "FAM-05, -", "HEA-01, -",
        "HEA-02, 3.1.1", "EDU-01, -", "INF-01, -",
    })
    void sdgLinksAreThoseOfSdg5Md(String code, String sdg) {
        if (sdg.equals("-")) {
            assertThat(GenderIndicators.sdgIndicator(code)).isEmpty();
        } else {
            assertThat(GenderIndicators.sdgIndicator(code)).contains(sdg);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tỷ số giới tính khi sinh", "TỶ SỐ GIỚI TÍNH KHI SINH", "ty so gioi tinh khi sinh",
        "  Tỷ số   giới tính khi sinh ", "Sex ratio at birth", "SEX RATIO AT BIRTH"})
    void anIndicatorIsFoundByNameInAnyForm(String name) {
        assertThat(GenderIndicators.findByName(name)).contains(GenderIndicators.SEX_RATIO_AT_BIRTH);
        String nfd = Normalizer.normalize(name, Normalizer.Form.NFD);
        assertThat(GenderIndicators.findByName(nfd)).contains(GenderIndicators.SEX_RATIO_AT_BIRTH);
    }

    @Test
    void theLetterDWithStrokeFoldsToD() {
        assertThat(GenderIndicators.findByName("TY LE DAN SO DUOC TIEP CAN KIEN THUC CO BAN VE BINH DANG GIOI"))
                .contains(GenderIndicators.GENDER_EQUALITY_KNOWLEDGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"POL-99", "pol-01", "0101", ""})
    void anUnknownCodeIsEmpty(String code) {
        assertThat(GenderIndicators.find(code)).isEmpty();
        assertThat(GenderIndicators.sdgIndicator(code)).isEmpty();
    }

    @Test
    void ofGivesTheIndicatorOrNamesTheCodes() {
        assertThat(GenderIndicators.of("HEA-01")).isSameAs(GenderIndicators.SEX_RATIO_AT_BIRTH);
        assertThatThrownBy(() -> GenderIndicators.of("pol-01"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("GenderIndicators.code");
                    assertThat(e.value()).isEqualTo("'pol-01'");
                    assertThat(e.getMessage()).isEqualTo("GenderIndicators.code: 'pol-01' must be one of POL-01,"
                            + " POL-02, POL-03, POL-04, ECO-01, ECO-02, ECO-03, FAM-01, FAM-02, FAM-03, FAM-04, FAM-05,"
                            + " HEA-01, HEA-02, EDU-01, INF-01");
                });
    }

    @Test
    void anUnknownNameIsEmpty() {
        assertThat(GenderIndicators.findByName("Tỷ số giới tính")).isEmpty();
    }

    @Test
    void namesAreUniqueOnceFolded() {
        List<String> keys = GenderIndicators.ALL.stream()
                .flatMap(i -> Stream.of(Names.fold(i.name().vi()), Names.fold(i.name().en()))).toList();
        assertThat(keys).doesNotHaveDuplicates();
    }
}
