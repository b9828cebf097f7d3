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
import java.time.LocalDate;
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
        // 16 before issue 18, plus 4 for the new 2021–2030 targets (4.c, 5.b, 5.c, 5.d) and 14 for the
        // 2011–2020 targets no older indicator measures (2.a–2.d, 3.a, 4.c, 4.d, 5.a–5.d, 6.b–6.d).
        assertThat(GenderIndicators.ALL).hasSize(34);
        assertThat(GenderIndicators.ALL).extracting(Indicator::code).doesNotHaveDuplicates();
    }

    @Test
    void keyLeadersRunAcrossBothStrategies() {
        assertThat(VietNamStrategies.targetsMeasuredBy(GenderIndicators.KEY_LEADERS_FEMALE)).containsExactly(
                new TargetReference("VN-NSGE-2011-2020", "1.c"), new TargetReference("VN-NSGE-2021-2030", "1.1"));
        assertThat(VietNamStrategies.targetsMeasuredBy(GenderIndicators.SEX_RATIO_AT_BIRTH)).containsExactly(
                new TargetReference("VN-NSGE-2011-2020", "4.a"), new TargetReference("VN-NSGE-2021-2030", "4.a"));
    }

    // code, measure kind, unit, direction, frequency, decimals, has numerator and denominator
    @ParameterizedTest
    @CsvSource({
        "POL-01, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "POL-02, PERCENTAGE, percent,    INCREASE, TERM_START, 2, true",
        "POL-03, PERCENTAGE, percent,    INCREASE, PER_TERM,   2, true",
        "POL-04, PERCENTAGE, percent,    INCREASE, PER_TERM,   2, true",
        "ECO-01, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, false",
        "ECO-02, PERCENTAGE, percent,    DECREASE, ANNUAL,     2, true",
        "ECO-03, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "ECO-04, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "ECO-05, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "ECO-06, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "ECO-07, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "FAM-01, TIMES,      times,      DECREASE, ANNUAL,     1, true",
        "FAM-02, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "FAM-03, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "FAM-04, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "FAM-05, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "FAM-06, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "FAM-07, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "FAM-08, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "HEA-01, RATIO,      per_100,    DECREASE, ANNUAL,     1, true",
        "HEA-02, RATIO,      per_100000, DECREASE, ANNUAL,     1, true",
        "HEA-03, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "HEA-04, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "HEA-05, RATIO,      per_100,    DECREASE, ANNUAL,     1, true",
        "EDU-01, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, false",
        "EDU-02, YES_NO,     yes_no,     INCREASE, ANNUAL,     0, false",
        "EDU-03, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "EDU-04, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "EDU-05, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "INF-01, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "INF-02, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "INF-03, YES_NO,     yes_no,     INCREASE, ANNUAL,     0, false",
        "INF-04, PERCENTAGE, percent,    INCREASE, ANNUAL,     2, true",
        "INF-05, COUNT,      count,      INCREASE, MONTHLY,    0, false",
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

    // code, SDG indicator from sdg5.md, or "-" for none; sdg5.md links none of the indicators added for issue 18
    @ParameterizedTest
    @CsvSource({
        "POL-01, 5.5.2", "POL-02, -", "POL-03, 5.5.1", "POL-04, 5.5.1", "ECO-01, -", "ECO-02, -",
        "ECO-03, 5.5.2", "ECO-04, -", "ECO-05, -", "ECO-06, -", "ECO-07, -", "FAM-01, 5.4.1", "FAM-02, -",
        "FAM-03, -", "FAM-04, -", "FAM-05, -", "FAM-06, -", "FAM-07, -", "FAM-08, -", "HEA-01, -",
        "HEA-02, 3.1.1", "HEA-03, -", "HEA-04, -", "HEA-05, -", "EDU-01, -", "EDU-02, -", "EDU-03, -",
        "EDU-04, -", "EDU-05, -", "INF-01, -", "INF-02, -", "INF-03, -", "INF-04, -", "INF-05, -",
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
                            + " POL-02, POL-03, POL-04, ECO-01, ECO-02, ECO-03, ECO-04, ECO-05, ECO-06, ECO-07,"
                            + " FAM-01, FAM-02, FAM-03, FAM-04, FAM-05, FAM-06, FAM-07, FAM-08, HEA-01, HEA-02,"
                            + " HEA-03, HEA-04, HEA-05, EDU-01, EDU-02, EDU-03, EDU-04, EDU-05, INF-01, INF-02,"
                            + " INF-03, INF-04, INF-05");
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

    @Test
    void findsIndicatorsBySdgCode() {
        assertThat(GenderIndicators.findBySdg("5.5.1")).containsExactly(GenderIndicators.NATIONAL_ASSEMBLY_FEMALE,
                GenderIndicators.PEOPLES_COUNCIL_FEMALE);
        assertThat(GenderIndicators.findBySdg("5.5.2")).containsExactly(GenderIndicators.KEY_LEADERS_FEMALE,
                GenderIndicators.ENTERPRISE_LEADERS_FEMALE);
        assertThat(GenderIndicators.findBySdg("3.1.1")).containsExactly(GenderIndicators.MATERNAL_MORTALITY);
        assertThat(GenderIndicators.findBySdg("5.c.1")).isEmpty();
    }

    @Test
    void findsTheNewIndicatorsByNameWithoutDiacritics() {
        assertThat(GenderIndicators.findByName("ti le nu thac si trong tong so nguoi co trinh do thac si"))
                .contains(GenderIndicators.MASTERS_FEMALE);
        assertThat(GenderIndicators.findByName("Abortion ratio")).contains(GenderIndicators.ABORTION_RATIO);
        assertThat(GenderIndicators.findByName("TỶ LỆ NỮ LÀM CHỦ DOANH NGHIỆP"))
                .contains(GenderIndicators.ENTERPRISE_OWNERS_FEMALE);
    }

    // The ministry that compiles the strategies' data: MOLISA until the 2025 merger, then Home Affairs,
    // whose first confirmed act on gender equality is Official Letter 739/BNV-CTTN&BĐG of 28 March 2025.
    @Test
    void theResponsibleMinistryIsDated() {
        Indicator wage = GenderIndicators.WAGE_EMPLOYMENT_FEMALE;
        assertThat(wage.agencies()).containsExactly(GenderIndicators.MOLISA, GenderIndicators.MOHA);
        assertThat(wage.agencyOn(LocalDate.of(2024, 12, 31)).orElseThrow().en())
                .isEqualTo("Ministry of Labour, Invalids and Social Affairs");
        assertThat(wage.agencyOn(LocalDate.of(2025, 3, 28)).orElseThrow().en()).isEqualTo("Ministry of Home Affairs");
        assertThat(wage.agency().orElseThrow().vi()).isEqualTo("Bộ Nội vụ");
        // Indicators whose collector a source names keep that agency, undated.
        assertThat(GenderIndicators.SEX_RATIO_AT_BIRTH.agencies()).isEmpty();
        assertThat(GenderIndicators.PARTY_COMMITTEE_FEMALE.agency().orElseThrow().en())
                .isEqualTo("Central Organisation Commission of the Party");
        assertThat(GenderIndicators.ALL.stream().filter(i -> i.agency().isEmpty())).isEmpty();
    }

    @Test
    void sexIsABreakdownWhereWomenAndMenAreCountedAlike() {
        assertThat(GenderIndicators.ALL.stream().filter(i -> i.isBrokenDownBy(BreakdownDimension.SEX))
                .map(Indicator::code)).containsExactly("ECO-04", "FAM-02", "FAM-03", "FAM-04", "FAM-06", "FAM-07",
                        "FAM-08", "EDU-01", "EDU-05", "INF-01");
        assertThat(GenderIndicators.PARTY_COMMITTEE_FEMALE.breakdowns()).containsExactly(BreakdownDimension.ETHNICITY,
                BreakdownDimension.AGE_GROUP, GenderIndicators.EDUCATIONAL_ATTAINMENT);
        assertThat(GenderIndicators.LITERACY_15_60.isBrokenDownBy(BreakdownDimension.ETHNICITY)).isTrue();
    }
}
