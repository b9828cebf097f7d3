package io.github.binhdang.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationKey;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Viet Nam's row of UNDP's HDR 2023/2024 time series (2022; GitHub Ethanchu-bot/week4, commit eda8b95, see
 * docs/sources/indices.md): the inputs as observations of a dataset, the indices asserted to the published
 * digits (GII 0.378, HDI 0.726, female HDI 0.728526748, male HDI 0.723329688, GDI 1.007, group 1).
 * HEA-02 and POL-03 are the catalogue's codes (maternal mortality ratio, women's share of National Assembly
 * seats); the other codes are this test's own, given as parameters.
 */
class DatasetIndicesTest {

    private static final String VN = "VN";
    private static final ReportingPeriod Y2022 = YearPeriod.of(2022);

    private static final IndexSources SOURCES = IndexSources.builder()
            .indicator(IndexInput.MATERNAL_MORTALITY_RATIO, "HEA-02")
            .indicator(IndexInput.ADOLESCENT_BIRTH_RATE, "ABR")
            .womenShare(IndexInput.PARLIAMENT_SEATS, "POL-03")
            .indicator(IndexInput.SECONDARY_EDUCATION, "SE25")
            .indicator(IndexInput.LABOUR_FORCE_PARTICIPATION, "LFPR")
            .indicator(IndexInput.LIFE_EXPECTANCY, "LE")
            .indicator(IndexInput.EXPECTED_YEARS_OF_SCHOOLING, "EYS")
            .indicator(IndexInput.MEAN_YEARS_OF_SCHOOLING, "MYS")
            .indicator(IndexInput.GNI_PER_CAPITA, "GNIPC")
            .build();

    private static Observation obs(String indicator, Sex sex, String value) {
        return Observation.builder(indicator, VN, Y2022).breakdown(Breakdown.of(sex)).value(new BigDecimal(value))
                .build();
    }

    /** Viet Nam 2022 as UNDP publishes it (mmr_2022, abr_2022, pr_f_2022, se_f/m, lfpr_f/m, le, eys, mys, gnipc, by sex). */
    private static List<Observation> vietNam2022() {
        List<Observation> list = new ArrayList<>();
        list.add(obs("HEA-02", Sex.TOTAL, "124.2570792"));
        list.add(obs("ABR", Sex.TOTAL, "34.992"));
        list.add(obs("POL-03", Sex.TOTAL, "30.26052104"));
        list.add(obs("SE25", Sex.FEMALE, "61.47644004"));
        list.add(obs("SE25", Sex.MALE, "69.48935602"));
        list.add(obs("LFPR", Sex.FEMALE, "68.54"));
        list.add(obs("LFPR", Sex.MALE, "77.84"));
        list.add(obs("LE", Sex.TOTAL, "74.58"));
        list.add(obs("EYS", Sex.TOTAL, "13.05294705"));
        list.add(obs("MYS", Sex.TOTAL, "8.455348794"));
        list.add(obs("GNIPC", Sex.TOTAL, "10813.98273"));
        list.add(obs("LE", Sex.FEMALE, "79.29"));
        list.add(obs("EYS", Sex.FEMALE, "13.33436295"));
        list.add(obs("MYS", Sex.FEMALE, "8.138282269"));
        list.add(obs("GNIPC", Sex.FEMALE, "9614.831954"));
        list.add(obs("LE", Sex.MALE, "69.927"));
        list.add(obs("EYS", Sex.MALE, "12.79269728"));
        list.add(obs("MYS", Sex.MALE, "8.789583701"));
        list.add(obs("GNIPC", Sex.MALE, "12042.41379"));
        return list;
    }

    /** Viet Nam's dataset with one observation replaced (by key) or, for a null replacement, removed. */
    private static DatasetIndices vietNam(String indicator, Sex sex, UnaryOperator<Observation> change) {
        List<Observation> list = new ArrayList<>();
        for (Observation o : vietNam2022()) {
            if (o.indicator().equals(indicator) && o.breakdown().sex() == sex) {
                Observation changed = change.apply(o);
                if (changed != null) {
                    list.add(changed);
                }
            } else {
                list.add(o);
            }
        }
        return DatasetIndices.of(Dataset.of(list), SOURCES);
    }

    private static ObservationKey key(String indicator, Sex sex) {
        return new ObservationKey(indicator, VN, Y2022, Breakdown.of(sex));
    }

    @Test
    void computesVietNamsGiiAsUndpPublishedIt() {
        SourcedIndex<GiiResult> gii = DatasetIndices.of(Dataset.of(vietNam2022()), SOURCES).gii(VN, Y2022);
        assertThat(gii.result()).get().extracting(r -> r.rounded(3)).isEqualTo(new BigDecimal("0.378"));
        assertThat(gii.reason()).isEmpty();
        assertThat(gii.missing()).isEmpty();
        assertThat(gii.warnings()).isEmpty();
        assertThat(gii.bounds()).isEmpty();
        assertThat(gii.inputs()).hasSize(8);
        assertThat(gii.inputs().get(0)).isEqualTo(new SourcedInput(IndexInput.MATERNAL_MORTALITY_RATIO, Sex.TOTAL,
                key("HEA-02", Sex.TOTAL), new BigDecimal("124.2570792"), false));
        // The men's seats: 100 − the women's share of POL-03, UNDP's pr_m_2022 69.73947896.
        assertThat(gii.inputs().get(3)).isEqualTo(new SourcedInput(IndexInput.PARLIAMENT_SEATS, Sex.MALE,
                key("POL-03", Sex.TOTAL), new BigDecimal("69.73947896"), true));
        assertThat(gii.inputs().get(4).key()).isEqualTo(key("SE25", Sex.FEMALE));
    }

    @Test
    void computesVietNamsHdiAndGdiAsUndpPublishedThem() {
        DatasetIndices indices = DatasetIndices.of(Dataset.of(vietNam2022()), SOURCES);
        SourcedIndex<HdiResult> hdi = indices.hdi(VN, Y2022);
        assertThat(hdi.result()).get().extracting(r -> r.rounded(3)).isEqualTo(new BigDecimal("0.726"));
        assertThat(hdi.inputs()).extracting(SourcedInput::key).containsExactly(key("LE", Sex.TOTAL),
                key("EYS", Sex.TOTAL), key("MYS", Sex.TOTAL), key("GNIPC", Sex.TOTAL));
        SourcedIndex<GdiResult> gdi = indices.gdi(VN, Y2022);
        GdiResult r = gdi.result().orElseThrow();
        assertThat(r.female().rounded(9)).isEqualTo(new BigDecimal("0.728526748"));
        assertThat(r.male().rounded(9)).isEqualTo(new BigDecimal("0.723329688"));
        assertThat(r.rounded(3)).isEqualTo(new BigDecimal("1.007"));
        assertThat(r.group()).isEqualTo(GdiGroup.GROUP_1);
        assertThat(gdi.inputs()).hasSize(8).extracting(SourcedInput::sex)
                .containsExactly(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE, Sex.MALE, Sex.MALE, Sex.MALE);
    }

    @Test
    void aMissingObservationMeansNoIndexAndSaysWhich() {
        SourcedIndex<GiiResult> gii = vietNam("ABR", Sex.TOTAL, o -> null).gii(VN, Y2022);
        assertThat(gii.result()).isEmpty();
        assertThat(gii.reason()).hasValue("missing input: ADOLESCENT_BIRTH_RATE");
        assertThat(gii.missing()).containsExactly(new MissingInput(IndexInput.ADOLESCENT_BIRTH_RATE, Sex.TOTAL,
                "no observation ABR/VN/2022/_T in the dataset"));
        // The other seven were read and are still reported.
        assertThat(gii.inputs()).hasSize(7);

        SourcedIndex<GdiResult> gdi = vietNam("MYS", Sex.MALE, o -> null).gdi(VN, Y2022);
        assertThat(gdi.reason()).hasValue("missing input: MEAN_YEARS_OF_SCHOOLING (male)");
    }

    @Test
    void anInputWithNoIndicatorIsMissingToo() {
        IndexSources withoutLabour = IndexSources.builder()
                .indicator(IndexInput.MATERNAL_MORTALITY_RATIO, "HEA-02")
                .indicator(IndexInput.ADOLESCENT_BIRTH_RATE, "ABR")
                .womenShare(IndexInput.PARLIAMENT_SEATS, "POL-03")
                .indicator(IndexInput.SECONDARY_EDUCATION, "SE25")
                .build();
        SourcedIndex<GiiResult> gii = DatasetIndices.of(Dataset.of(vietNam2022()), withoutLabour).gii(VN, Y2022);
        assertThat(gii.result()).isEmpty();
        assertThat(gii.missing()).extracting(MissingInput::reason).containsExactly(
                "no indicator given for LABOUR_FORCE_PARTICIPATION (per cent of the population aged 15 and older)"
                        + " in the index sources",
                "no indicator given for LABOUR_FORCE_PARTICIPATION (per cent of the population aged 15 and older)"
                        + " in the index sources");
        assertThat(gii.reason()).hasValue(
                "missing input: LABOUR_FORCE_PARTICIPATION (female), LABOUR_FORCE_PARTICIPATION (male)");
    }

    @Test
    void anObservationWithOnlyComponentsIsMissing() {
        SourcedIndex<GiiResult> gii = vietNam("HEA-02", Sex.TOTAL,
                o -> Observation.builder("HEA-02", VN, Y2022).components(new BigDecimal("1900"),
                        new BigDecimal("1529000")).build()).gii(VN, Y2022);
        assertThat(gii.missing()).singleElement().extracting(MissingInput::reason)
                .isEqualTo("observation HEA-02/VN/2022/_T has no value, only components: compute its value first");
    }

    @Test
    void aMaternalMortalityRatioPer1000IsWarnedNotRefused() {
        // 1.242570792 per 1,000 live births: the index still runs (with the bound of 10) and says why.
        SourcedIndex<GiiResult> gii = vietNam("HEA-02", Sex.TOTAL, o -> obs("HEA-02", Sex.TOTAL, "1.242570792"))
                .gii(VN, Y2022);
        assertThat(gii.result()).isPresent();
        assertThat(gii.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(InputWarning.Kind.MATERNAL_MORTALITY_PER_1000);
            assertThat(w.key()).isEqualTo(key("HEA-02", Sex.TOTAL));
            assertThat(w.message()).isEqualTo("maternal mortality ratio 1.242570792 is below 10: is it per 1,000 live"
                    + " births? The GII expects deaths per 100,000 live births (HEA-02/VN/2022/_T)");
        });
        assertThat(gii.bounds()).containsExactly(
                new AppliedBound("maternalMortalityRatio", new BigDecimal("1.242570792"), BigDecimal.TEN));
    }

    @Test
    void anAdolescentBirthRatePerWomanIsWarned() {
        SourcedIndex<GiiResult> gii = vietNam("ABR", Sex.TOTAL, o -> obs("ABR", Sex.TOTAL, "0.034992"))
                .gii(VN, Y2022);
        assertThat(gii.result()).isPresent();
        assertThat(gii.warnings()).extracting(InputWarning::kind)
                .containsExactly(InputWarning.Kind.ADOLESCENT_BIRTH_RATE_PER_WOMAN);
    }

    @Test
    void seatSharesThatDoNotMakeAWholeAreWarned() {
        IndexSources bySex = SOURCES.toBuilder().indicator(IndexInput.PARLIAMENT_SEATS, "SEATS").build();
        List<Observation> list = new ArrayList<>(vietNam2022());
        list.add(obs("SEATS", Sex.FEMALE, "30.26"));
        list.add(obs("SEATS", Sex.MALE, "59.74"));
        SourcedIndex<GiiResult> gii = DatasetIndices.of(Dataset.of(list), bySex).gii(VN, Y2022);
        assertThat(gii.result()).isPresent();
        assertThat(gii.warnings()).singleElement().satisfies(w -> {
            assertThat(w.kind()).isEqualTo(InputWarning.Kind.SEATS_NOT_WHOLE);
            assertThat(w.message()).startsWith("women's and men's seat shares 30.26 % and 59.74 % add up to 90.00 %");
        });
        // 30.26 and 69.74 (UNDP's shares at 2 decimals) make a whole: no warning, and the GII is still 0.378.
        list.set(list.size() - 1, obs("SEATS", Sex.MALE, "69.74"));
        SourcedIndex<GiiResult> whole = DatasetIndices.of(Dataset.of(list), bySex).gii(VN, Y2022);
        assertThat(whole.warnings()).isEmpty();
        assertThat(whole.result().orElseThrow().rounded(3)).isEqualTo(new BigDecimal("0.378"));
    }

    @Test
    void aShareAbove100PercentIsRefusedNamingTheInputAndTheUnit() {
        SourcedIndex<GiiResult> gii = vietNam("SE25", Sex.FEMALE, o -> obs("SE25", Sex.FEMALE, "614.7644004"))
                .gii(VN, Y2022);
        assertThat(gii.result()).isEmpty();
        assertThat(gii.reason()).get().asString()
                .startsWith("SECONDARY_EDUCATION (female) from SE25/VN/2022/SEX=F: ")
                .contains("614.7644004")
                .endsWith("; expected per cent of the population aged 25 and older");
    }

    @Test
    void aShareGivenAsAFractionIsReadAsOne() {
        SourcedIndex<GiiResult> gii = vietNam("LFPR", Sex.FEMALE, o -> Observation.builder("LFPR", VN, Y2022)
                .breakdown(Breakdown.FEMALE).value(new BigDecimal("0.6854")).unit(Unit.FRACTION).build())
                .gii(VN, Y2022);
        assertThat(gii.result().orElseThrow().rounded(3)).isEqualTo(new BigDecimal("0.378"));
        assertThat(gii.inputs()).filteredOn(i -> i.input() == IndexInput.LABOUR_FORCE_PARTICIPATION
                && i.sex() == Sex.FEMALE).singleElement().extracting(SourcedInput::value)
                .isEqualTo(new BigDecimal("68.54"));
    }

    @Test
    void sourcesRefuseAWomenShareOfSomethingThatIsNotAWhole() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> IndexSources.builder()
                        .womenShare(IndexInput.LABOUR_FORCE_PARTICIPATION, "LFPR"))
                .isInstanceOf(io.github.binhdang.core.InvalidValueException.class)
                .extracting(e -> ((io.github.binhdang.core.InvalidValueException) e).field())
                .isEqualTo("IndexSources.womenShare");
        assertThat(SOURCES.indicator(IndexInput.PARLIAMENT_SEATS)).hasValue("POL-03");
        assertThat(SOURCES.isWomenShare(IndexInput.PARLIAMENT_SEATS)).isTrue();
        assertThat(SOURCES.toBuilder().build()).isEqualTo(SOURCES);
    }

    @Test
    void aLifeExpectancyInMonthsIsRefusedNamingTheInputAndTheUnit() {
        SourcedIndex<HdiResult> hdi = vietNam("LE", Sex.TOTAL, o -> obs("LE", Sex.TOTAL, "894.96")).hdi(VN, Y2022);
        assertThat(hdi.result()).isEmpty();
        assertThat(hdi.reason()).hasValue("LIFE_EXPECTANCY from LE/VN/2022/_T: HdiInputs.lifeExpectancy: 894.96 is"
                + " above 120 years; expected years");
        assertThat(hdi.inputs()).hasSize(4);
        SourcedIndex<GdiResult> gdi = vietNam("GNIPC", Sex.MALE, o -> obs("GNIPC", Sex.MALE, "-1")).gdi(VN, Y2022);
        assertThat(gdi.reason()).get().asString().startsWith("GNI_PER_CAPITA (male) from GNIPC/VN/2022/SEX=M: ");
        // Refused for women, missing for men: both said.
        List<Observation> list = new ArrayList<>(vietNam2022());
        list.removeIf(o -> o.indicator().equals("MYS") && o.breakdown().sex() == Sex.MALE);
        list.replaceAll(o -> o.indicator().equals("LE") && o.breakdown().sex() == Sex.FEMALE
                ? obs("LE", Sex.FEMALE, "951.48") : o);
        assertThat(DatasetIndices.of(Dataset.of(list), SOURCES).gdi(VN, Y2022).reason()).get().asString()
                .startsWith("missing input: MEAN_YEARS_OF_SCHOOLING (male); LIFE_EXPECTANCY (female) from LE/VN/2022/SEX=F");
    }

    @Test
    void aNegativeMaternalMortalityRatioIsRefused() {
        SourcedIndex<GiiResult> gii = vietNam("HEA-02", Sex.TOTAL, o -> obs("HEA-02", Sex.TOTAL, "-5")).gii(VN, Y2022);
        assertThat(gii.result()).isEmpty();
        assertThat(gii.reason()).get().asString()
                .startsWith("MATERNAL_MORTALITY_RATIO from HEA-02/VN/2022/_T: ")
                .endsWith("; expected deaths per 100,000 live births");
    }
}
