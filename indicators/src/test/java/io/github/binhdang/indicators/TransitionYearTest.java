package io.github.binhdang.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.area.AreaDate;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.calc.Carry;
import io.github.binhdang.core.calc.SplitShares;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The year of the 2025 reform on the real catalogue of provinces (shared/reference/provinces-2025.md).
 * The figures (club counts) are made up; every total is worked out by hand in the comments.
 */
class TransitionYearTest {

    private static final Indicator CLUBS = Indicator.builder("CLUBS", BilingualText.of("Câu lạc bộ", "Clubs"),
            MeasureKind.COUNT, Unit.COUNT).build();
    private static final Indicator COUNCIL_WOMEN = Indicator.builder("COUNCIL_WOMEN",
            BilingualText.of("Nữ đại biểu HĐND", "Women councillors"), MeasureKind.COUNT, Unit.PERSONS)
            .frequency(Frequency.PER_TERM).build();
    private static final List<Indicator> INDICATORS = List.of(CLUBS, COUNCIL_WOMEN);
    private static final YearPeriod Y2024 = YearPeriod.of(2024);
    private static final YearPeriod Y2025 = YearPeriod.of(2025);

    private static Observation clubs(String area, ReportingPeriod period, long value) {
        return Observation.builder(CLUBS.code(), area, period).value(value).build();
    }

    private static BigDecimal total(AggregationResult result, String area, ReportingPeriod period) {
        return result.dataset().find(CLUBS.code(), area, period, Breakdown.TOTAL).flatMap(Observation::value)
                .orElseThrow();
    }

    @Test
    void the34Units2025FiguresMakeACompleteNationalTotal() {
        // Each of the 34 units reports 10 clubs for 2025, the new Quảng Trị (44) 7: 33 × 10 + 7 = 337.
        List<Observation> rows = new ArrayList<>();
        for (var unit : VietNamAreas.PROVINCES_34) {
            rows.add(clubs(unit.code(), Y2025, unit.code().equals("44") ? 7 : 10));
        }
        Dataset data = Dataset.of(rows);
        AggregationResult national = Aggregation.toParents(data, INDICATORS,
                AreaRollup.to(VietNamAreas.HIERARCHY, AreaLevel.PROVINCE, AreaLevel.NATION));
        assertThat(total(national, "VN", Y2025)).isEqualByComparingTo("337");
        assertThat(national.isComplete()).isTrue();
        // Read on 1 January 2025 instead, the 34 codes name old units, and the nation should hold the 63:
        // 34 of 63, the 29 codes that ended on 30 June 2025 missing (the symptom, now only on request).
        AggregationResult atStart = Aggregation.toParents(data, INDICATORS,
                AreaRollup.to(VietNamAreas.HIERARCHY, AreaLevel.PROVINCE, AreaLevel.NATION, AreaDate.PERIOD_START));
        assertThat(atStart.partials()).singleElement().satisfies(p -> {
            assertThat(p.present()).isEqualTo(34);
            assertThat(p.expected()).isEqualTo(63);
            assertThat(p.missing()).hasSize(29).contains("10", "45", "27");
        });
    }

    @Test
    void code44In2025IsTheNewQuangTri() {
        assertThat(AreaDate.PERIOD_END.versionOf(VietNamAreas.HIERARCHY, "44", Y2025.start(), Y2025.end()))
                .contains(VietNamAreas.QUANG_TRI_2025);
        assertThat(AreaDate.PERIOD_START.versionOf(VietNamAreas.HIERARCHY, "44", Y2025.start(), Y2025.end()))
                .contains(VietNamAreas.QUANG_BINH_2008);
    }

    @Test
    void the63Units2024FiguresRollUpOntoThe34() {
        // Each of the 63 units reports 2 clubs for 2024, except Quảng Bình (44) 5 and Quảng Trị (45) 3.
        List<Observation> rows = new ArrayList<>();
        for (var unit : VietNamAreas.PROVINCES_63) {
            String code = unit.code();
            rows.add(clubs(code, Y2024, code.equals("44") ? 5 : code.equals("45") ? 3 : 2));
        }
        Dataset data = Dataset.of(rows);
        AggregationResult onto = Aggregation.toParents(data, INDICATORS, AreaRollup.onto(VietNamAreas.HIERARCHY,
                AreaLevel.PROVINCE, AreaLevel.PROVINCE, VietNamAreas.FIRST_DAY_OF_34_UNITS));
        assertThat(onto.isComplete()).isTrue();
        assertThat(onto.dataset().size()).isEqualTo(34);
        assertThat(total(onto, "14", Y2024)).isEqualByComparingTo("2");   // Sơn La, unchanged
        assertThat(total(onto, "46", Y2024)).isEqualByComparingTo("2");   // Thừa Thiên Huế, now the city of Huế
        assertThat(total(onto, "15", Y2024)).isEqualByComparingTo("4");   // Lào Cai 10 + Yên Bái 15: 2 + 2
        assertThat(total(onto, "44", Y2024)).isEqualByComparingTo("8");   // Quảng Bình 44 + Quảng Trị 45: 5 + 3
        assertThat(total(onto, "24", Y2024)).isEqualByComparingTo("4");   // Bắc Giang 24 + Bắc Ninh 27: 2 + 2
        assertThat(total(onto, "79", Y2024)).isEqualByComparingTo("6");   // Bình Dương, Bà Rịa – Vũng Tàu, HCMC
        // The 34 totals hold the 63 units' figures once each: 61 × 2 + 5 + 3 = 130.
        BigDecimal sum = BigDecimal.ZERO;
        for (Observation o : onto.dataset()) {
            sum = sum.add(o.value().orElseThrow());
        }
        assertThat(sum).isEqualByComparingTo("130");
        // Carry gives the same: at province level every link is full, and nothing needs shares.
        AggregationResult carried = Carry.onto(data, INDICATORS, VietNamAreas.HIERARCHY, AreaLevel.PROVINCE,
                VietNamAreas.FIRST_DAY_OF_34_UNITS);
        assertThat(carried.dataset()).isEqualTo(onto.dataset());
        assertThat(carried.isComplete()).isTrue();
        // Without Quảng Trị (45), the new Quảng Trị's 2024 total is partial: 5, from 1 of its 2 parts.
        Dataset lacking = Dataset.of(rows.stream().filter(o -> !o.area().equals("45")).toList());
        AggregationResult partial = Aggregation.toParents(lacking, INDICATORS, AreaRollup.onto(VietNamAreas.HIERARCHY,
                AreaLevel.PROVINCE, AreaLevel.PROVINCE, VietNamAreas.FIRST_DAY_OF_34_UNITS));
        assertThat(total(partial, "44", Y2024)).isEqualByComparingTo("5");
        assertThat(partial.partials()).singleElement().satisfies(p -> assertThat(p.missing()).containsExactly("45"));
    }

    @Test
    void code24In2025WarnsThatItsMeaningChanged() {
        ValidationContext context = ValidationContext.of(INDICATORS, VietNamAreas.HIERARCHY);
        List<Finding> findings = DatasetValidator.defaults().validate(clubs("24", Y2025, 3), context).findings();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("area.changed");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message(Locale.ENGLISH)).isEqualTo("Code 24 named different units during 2025:"
                    + " 24 Bac Giang until 2025-06-30, 24 Bac Ninh from 2025-07-01;"
                    + " the figure was read as 24 Bac Ninh, the unit in force on 2025-12-31");
            assertThat(f.message(Locale.forLanguageTag("vi"))).isEqualTo("Mã 24 chỉ các đơn vị khác nhau trong kỳ 2025:"
                    + " 24 Bắc Giang đến hết 2025-06-30, 24 Bắc Ninh từ 2025-07-01;"
                    + " số liệu được hiểu là của 24 Bắc Ninh, đơn vị có hiệu lực ngày 2025-12-31");
        });
        // Huế's rename on 1 January 2025 is no change of meaning, even over the 2021–2026 term.
        Observation hue = Observation.builder(COUNCIL_WOMEN.code(), "46", TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2021, 2026))
                .value(20).build();
        assertThat(DatasetValidator.defaults().validate(hue, context).findings()).isEmpty();
        // The old Bắc Ninh (27) reporting 2026 is told its successor.
        assertThat(DatasetValidator.defaults().validate(clubs("27", YearPeriod.of(2026), 3), context).findings())
                .singleElement().extracting(f -> f.message(Locale.ENGLISH))
                .isEqualTo("Area 27 Bac Ninh was not in force in 2026; it was in force ../2025-06-30;"
                        + " it was succeeded by 24 Bac Ninh");
    }

    @Test
    void aTermSpanningTheReformIsReadAtItsEnd() {
        // The 2021–2026 term of People's Councils: code 15 is the new Lào Cai on its last day.
        TermPeriod term = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2021, 2026);
        assertThat(AreaDate.PERIOD_END.versionOf(VietNamAreas.HIERARCHY, "15", term.start(), term.end()))
                .contains(VietNamAreas.LAO_CAI_2025);
        assertThat(AreaDate.PERIOD_END.dayIn(term.start(), term.end())).isAfter(LocalDate.of(2025, 7, 1));
    }

    @Test
    void aSplitCommuneIsCarriedOnlyByShares() {
        // From the reference links file: Xã Kỳ Lợi (18796, Hà Tĩnh) was split between Phường Sông Trí
        // (18754), Phường Vũng Áng (18823) and Phường Hoành Sơn (18832); each also took in old units whole:
        // Sông Trí: Hưng Trí 18754, Kỳ Châu 18811, Kỳ Trinh 18820; Vũng Áng: Kỳ Thịnh 18823, Kỳ Long 18835;
        // Hoành Sơn: Kỳ Phương 18832, Kỳ Liên 18841, Kỳ Nam 18847. Made-up 2024 club counts:
        Dataset data = Dataset.of(List.of(clubs("18754", Y2024, 2), clubs("18811", Y2024, 3), clubs("18820", Y2024, 4),
                clubs("18823", Y2024, 5), clubs("18835", Y2024, 1),
                clubs("18832", Y2024, 2), clubs("18841", Y2024, 2), clubs("18847", Y2024, 1),
                clubs("18796", Y2024, 10)));
        LocalDate july1 = VietNamAreas.FIRST_DAY_OF_34_UNITS;

        // Without shares: Sông Trí 2 + 3 + 4 = 9, Vũng Áng 5 + 1 = 6, Hoành Sơn 2 + 2 + 1 = 5, each partial,
        // missing Kỳ Lợi, whose 10 clubs go to none of them.
        AggregationResult unshared = Carry.onto(data, INDICATORS, VietNamAreas.hierarchy(), AreaLevel.COMMUNE, july1);
        assertThat(total(unshared, "18754", Y2024)).isEqualByComparingTo("9");
        assertThat(total(unshared, "18823", Y2024)).isEqualByComparingTo("6");
        assertThat(total(unshared, "18832", Y2024)).isEqualByComparingTo("5");
        assertThat(unshared.partials()).hasSize(3)
                .allSatisfy(p -> assertThat(p.missing()).containsExactly("18796"));
        assertThat(unshared.splits()).singleElement().satisfies(split -> {
            assertThat(split.area()).isEqualTo("18796");
            assertThat(split.successors()).containsExactly("18754", "18823", "18832");
        });

        // With shares 0.2, 0.5 and 0.3: Sông Trí 9 + 2 = 11, Vũng Áng 6 + 5 = 11, Hoành Sơn 5 + 3 = 8, complete.
        SplitShares shares = SplitShares.builder().share("18796", "18754", "0.2").share("18796", "18823", "0.5")
                .share("18796", "18832", "0.3").build();
        AggregationResult shared = Carry.onto(data, INDICATORS, VietNamAreas.hierarchy(), AreaLevel.COMMUNE, july1,
                shares);
        assertThat(total(shared, "18754", Y2024)).isEqualByComparingTo("11");
        assertThat(total(shared, "18823", Y2024)).isEqualByComparingTo("11");
        assertThat(total(shared, "18832", Y2024)).isEqualByComparingTo("8");
        assertThat(shared.isComplete()).isTrue();
        assertThat(shared.dataset().find(CLUBS.code(), "18823", Y2024, Breakdown.TOTAL).orElseThrow().status())
                .isEqualTo(ObservationStatus.ESTIMATED);

        // Shares that add up to 0.9 are refused, naming the old commune.
        assertThatThrownBy(() -> SplitShares.builder().share("18796", "18754", "0.2").share("18796", "18823", "0.5")
                .share("18796", "18832", "0.2").build())
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("18796");
    }
}
