package io.github.binhdang.serialization.json;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.data.Sex;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Frequency;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.indicator.ResponsibleAgency;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.strategy.Baseline;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.LegalBasis;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.ObjectiveReference;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.strategy.TargetReference;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Hand-built model objects for the tests, from the seeds and the strategy reference. */
public final class Fixtures {

    /** Sơn La's code (provinces-2025). */
    public static final String SON_LA = "14";

    /** The source of the seed 000 figures. */
    public static final String SOURCE = "Sở LĐ-TB&XH tỉnh Sơn La, công tác bình đẳng giới năm 2017";

    /** People's Councils by level, an application's own dimension. */
    public static final BreakdownDimension COUNCIL_LEVEL = BreakdownDimension.of("COUNCIL_LEVEL",
            BilingualText.of("Cấp Hội đồng nhân dân", "People's Council level"));

    /** Classes (lớp), an application's own count unit. */
    public static final Unit CLASSES = Unit.ofCount("classes", BilingualText.of("lớp", "classes"), "lớp");

    private Fixtures() {
    }

    public static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    /**
     * Seed 000 (Sơn La, 2017): women's shares of People's Council deputies for the 2016–2021 term at
     * province, district and commune level (38.89 %, 34.77 %, 31.8 %); 125,525 of 688,753 female
     * workers trained; 384 of 2,539 enterprises owned by women, 15.1 %; 65 domestic-violence prevention
     * models, 225 sustainable-family clubs and 170 domestic-violence prevention groups.
     */
    public static Dataset sonLa2017() {
        TermPeriod term = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021);
        YearPeriod year = YearPeriod.of(2017);
        return Dataset.builder()
                .add(council(term, "PROVINCE", "38.89"))
                .add(council(term, "DISTRICT", "34.77"))
                .add(council(term, "COMMUNE", "31.8"))
                .add(Observation.builder("W_TRAINED", SON_LA, year).sex(Sex.FEMALE)
                        .components(125_525, 688_753).unit(Unit.PERSONS).source(SOURCE)
                        .note("Lao động nữ đang làm việc trong nền kinh tế đã qua đào tạo").build())
                .add(Observation.builder("W_ENT", SON_LA, year).value(dec("15.1")).components(384, 2_539)
                        .unit(Unit.PERCENT).source(SOURCE).build())
                .add(Observation.builder("DV_MODELS", SON_LA, year).value(65).unit(Unit.COUNT).source(SOURCE).build())
                .add(Observation.builder("FAMILY_CLUBS", SON_LA, year).value(225).unit(Unit.COUNT).source(SOURCE)
                        .build())
                .add(Observation.builder("DV_GROUPS", SON_LA, year).value(170).unit(Unit.COUNT).source(SOURCE).build())
                .build();
    }

    private static Observation council(TermPeriod term, String level, String share) {
        return Observation.builder("W_HDND", SON_LA, term)
                .breakdown(Breakdown.of(COUNCIL_LEVEL, level))
                .value(dec(share)).unit(Unit.PERCENT).source(SOURCE).build();
    }

    /** Observations exercising every optional field of an observation. */
    public static Observation fullObservation() {
        return Observation.builder("ACT", "10", ReportingPeriod.parse("2022-S1"))
                .breakdown(Breakdown.FEMALE.with(BreakdownDimension.AGE_GROUP, "15-24")
                        .with(BreakdownDimension.RESIDENCE, "RURAL"))
                .value(dec("15.10")).components(dec("384"), dec("2539.0"))
                .unit(CLASSES).qualifier(Qualifier.NEARLY).status(ObservationStatus.PROVISIONAL)
                .source("Báo cáo số 12/BC-SLĐTBXH, \"quoted\", with commas").note("gần 400 người\nsecond line")
                .build();
    }

    public static Indicator leaders() {
        return Indicator.builder("LEADERS_F",
                        BilingualText.of("Tỷ lệ cơ quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo"
                                + " chủ chốt là nữ", "Share of state agencies and local authorities with a woman"
                                + " among their key leaders"),
                        MeasureKind.PERCENTAGE, Unit.PERCENT)
                .definition(BilingualText.of("Cơ quan có lãnh đạo chủ chốt là nữ", "Agencies led by women"))
                .components(BilingualText.of("Số cơ quan có lãnh đạo chủ chốt là nữ", "Agencies with a woman leader"),
                        BilingualText.of("Tổng số cơ quan", "All agencies"))
                .levels(AreaLevel.PROVINCE, AreaLevel.NATION)
                .breakdowns(BreakdownDimension.RESIDENCE, COUNCIL_LEVEL)
                .frequency(Frequency.ANNUAL)
                .source(BilingualText.of("Báo cáo hành chính", "Administrative reports"))
                .agency(BilingualText.of("Bộ Nội vụ", "Ministry of Home Affairs"))
                .decimals(1)
                .build();
    }

    public static Indicator womenOwners() {
        return Indicator.builder("W_ENT", BilingualText.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã",
                "Female share of directors and owners of enterprises and cooperatives"), MeasureKind.PERCENTAGE,
                Unit.PERCENT).build();
    }

    public static Indicator careRatio() {
        return Indicator.builder("CARE_RATIO", BilingualText.of("Số giờ làm việc nhà không được trả công của nữ so với"
                + " nam", "Women's unpaid care hours over men's"), MeasureKind.TIMES, Unit.TIMES)
                .direction(Direction.DECREASE).decimals(1).build();
    }

    public static Indicator sexRatioAtBirth() {
        return Indicator.builder("SRB", BilingualText.of("Tỷ số giới tính khi sinh", "Sex ratio at birth"),
                MeasureKind.RATIO, Unit.PER_100).direction(Direction.within(dec("104"), dec("106.5")))
                .frequency(Frequency.ANNUAL).build();
    }

    public static Indicator trafficking() {
        return Indicator.builder("TRAFFICKING_SUPPORT", BilingualText.of("Tỷ lệ nạn nhân bị mua bán được hỗ trợ",
                "Share of trafficking victims supported"), MeasureKind.PERCENTAGE, Unit.PERCENT)
                .agency(ResponsibleAgency.of(BilingualText.of("Bộ Lao động - Thương binh và Xã hội",
                        "Ministry of Labour, Invalids and Social Affairs"), LocalDate.of(2008, 6, 4)))
                .agency(ResponsibleAgency.of(BilingualText.of("Bộ Nội vụ", "Ministry of Home Affairs"),
                        LocalDate.of(2025, 3, 28)))
                .build();
    }

    public static Indicator councilShare() {
        return Indicator.builder("W_HDND", BilingualText.of("Tỷ lệ nữ đại biểu Hội đồng nhân dân",
                "Female share of People's Council deputies"), MeasureKind.PERCENTAGE, Unit.PERCENT)
                .frequency(Frequency.PER_TERM).breakdowns(COUNCIL_LEVEL).build();
    }

    public static Indicator classes() {
        return Indicator.builder("TRAINING_CLASSES", BilingualText.of("Số lớp tập huấn về bình đẳng giới",
                "Gender-equality training classes"), MeasureKind.COUNT, CLASSES).build();
    }

    public static LegalBasis resolution28() {
        return new LegalBasis("28/NQ-CP", BilingualText.of("Chính phủ", "Government"), LocalDate.of(2021, 3, 3));
    }

    /** A part of the national strategy 2021–2030 (strategy-2021-2030.md). */
    public static Strategy nationalStrategy() {
        Target t11 = Target.builder("1.1", BilingualText.of("Đến năm 2025 đạt 60% và đến năm 2030 đạt 75% các cơ"
                        + " quan quản lý nhà nước, chính quyền địa phương các cấp có lãnh đạo chủ chốt là nữ.",
                        "60% by 2025 and 75% by 2030."), leaders())
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("60"), Unit.PERCENT))
                .milestone(Milestone.of(2030, Comparison.AT_LEAST, dec("75"), Unit.PERCENT))
                .build();
        Target t23 = Target.builder("2.3", BilingualText.of("Tỷ lệ nữ giám đốc/chủ doanh nghiệp, hợp tác xã đạt ít"
                        + " nhất 27% vào năm 2025 và 30% vào năm 2030.", "At least 27% by 2025 and 30% by 2030."),
                        womenOwners())
                .baseline(Baseline.of(YearPeriod.of(2019), dec("24.10")))
                .milestone(Milestone.of(2025, Comparison.AT_LEAST, dec("27"), Unit.PERCENT))
                .milestone(Milestone.of(2030, Comparison.AT_LEAST, dec("30"), Unit.PERCENT))
                .build();
        Target t31 = Target.builder("3.1", BilingualText.of("Giảm số giờ … còn 1,7 lần vào năm 2025 và 1,4 lần vào"
                        + " năm 2030 so với nam giới.", "1.7 times men's by 2025, 1.4 by 2030."), careRatio())
                .milestone(Milestone.of(2025, Comparison.AT_MOST, dec("1.7"), Unit.TIMES))
                .milestone(Milestone.of(2030, Comparison.AT_MOST, dec("1.4"), Unit.TIMES))
                .build();
        Target t33 = Target.builder("3.3", BilingualText.of("Từ năm 2025 trở đi, 100% số nạn nhân bị mua bán trở về"
                        + " được phát hiện có nhu cầu hỗ trợ được hỗ trợ.", "From 2025 onward, 100%."), trafficking())
                .milestone(Milestone.fromYearOnward(2025, Comparison.AT_LEAST, dec("100"), Unit.PERCENT))
                .build();
        return Strategy.builder("VN-NSGE-2021-2030",
                        BilingualText.of("Chiến lược quốc gia về bình đẳng giới giai đoạn 2021–2030",
                                "National Strategy on Gender Equality 2021–2030"), SpanPeriod.ofClosed(2021, 2030))
                .legalBasis(resolution28())
                .objective(Objective.of(1, Domain.POLITICS, BilingualText.of("Trong lĩnh vực chính trị", "Politics"), t11))
                .objective(Objective.of(2, Domain.ECONOMY_LABOUR,
                        BilingualText.of("Trong lĩnh vực kinh tế, lao động", "Economy and labour"), t23))
                .objective(Objective.of(3, Domain.FAMILY_GBV, BilingualText.of("Trong đời sống gia đình",
                        "Family life and gender-based violence"), t31, t33))
                .build();
    }

    /** Sơn La's plan localising the national strategy: a term milestone, a custom unit, a served target. */
    public static Strategy sonLaPlan(Strategy national) {
        Target council = Target.builder("SL-1", BilingualText.of("Tỷ lệ nữ đại biểu HĐND tỉnh nhiệm kỳ 2021–2026 trên"
                        + " 35%", "Above 35% in the 2021–2026 term"), councilShare())
                .baseline(Baseline.of(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021), dec("38.89")))
                .milestone(Milestone.of(TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2021, 2026), Comparison.ABOVE,
                        dec("35"), Unit.PERCENT))
                .serves(national, "1.1")
                .build();
        Target classes = Target.builder("SL-2", BilingualText.of("Ít nhất 20 lớp tập huấn mỗi năm",
                        "At least 20 classes a year"), classes())
                .milestone(Milestone.of(ReportingPeriod.parse("2025-Q4"), Comparison.AT_LEAST, dec("20"), CLASSES))
                .serves(new TargetReference("VN-NSGE-2021-2030", "2.3"))
                .build();
        Target births = Target.builder("SL-3", BilingualText.of("Tỷ số giới tính khi sinh khoảng 106",
                        "Sex ratio at birth about 106"), sexRatioAtBirth())
                .milestone(Milestone.of(SpanPeriod.ofClosed(2021, 2025), Comparison.ABOUT, dec("106.0"), Unit.PER_100))
                // Serves an objective rather than a target (this part of the national strategy has no health
                // objective; objective 3 stands in for the link).
                .serves(new ObjectiveReference("VN-NSGE-2021-2030", 3))
                .build();
        return Strategy.builder("SL-GE-2021-2025", BilingualText.of("Kế hoạch thực hiện bình đẳng giới tỉnh Sơn La",
                        "Sơn La gender-equality plan"), SpanPeriod.ofClosed(2021, 2025))
                .objective(Objective.of(1, Domain.POLITICS, BilingualText.of("Chính trị", "Politics"), council))
                .objective(new Objective(2, Domain.EDUCATION, BilingualText.of("Giáo dục", "Education"),
                        java.util.List.of(classes, births)))
                .objective(Objective.of(3, Domain.STATE_MANAGEMENT, BilingualText.of("Quản lý nhà nước",
                        "State management")))
                .localises(national, SON_LA)
                .build();
    }

    /** The 2025 Lào Cai merger: old Lào Cai (10) and Yên Bái (15) into the new Lào Cai (15). */
    public static AreaHierarchy laoCaiMerger() {
        LocalDate lastDay = LocalDate.of(2025, 6, 30);
        LocalDate firstDay = LocalDate.of(2025, 7, 1);
        Area vietNam = Area.of("VN", BilingualText.of("Việt Nam", "Viet Nam"), AreaLevel.NATION);
        Area oldLaoCai = Area.of("10", BilingualText.of("Lào Cai", "Lao Cai"), AreaLevel.PROVINCE)
                .withParent("VN").withValidTo(lastDay);
        Area yenBai = Area.of("15", BilingualText.of("Yên Bái", "Yen Bai"), AreaLevel.PROVINCE)
                .withParent("VN").withValidTo(lastDay);
        Area newLaoCai = Area.of("15", BilingualText.of("Lào Cai", "Lao Cai"), AreaLevel.PROVINCE)
                .withParent("VN").withValidFrom(firstDay);
        Area saPa = Area.of("088", BilingualText.of("Sa Pa"), AreaLevel.DISTRICT).withParent("10")
                .withValidity(LocalDate.of(2019, 1, 1), lastDay);
        Area sonLa = Area.of(SON_LA, BilingualText.of("Sơn La", "Son La"), AreaLevel.PROVINCE).withParent("VN");
        return AreaHierarchy.builder().add(vietNam).add(oldLaoCai).add(yenBai).add(newLaoCai).add(saPa).add(sonLa)
                .merge(oldLaoCai, newLaoCai).merge(yenBai, newLaoCai).build();
    }
}
