package io.github.binhdang.examples;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.indicators.Strategy2011To2020;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The 2018 provincial conference (seed report 004): a province's programme of 7 objectives and 30
 * targets localising the national strategy 2011–2020, built with the plan builder, and its scorecard once
 * some values are entered.
 *
 * <p>The report gives only the counts (7 and 30) and does not name the province. The objectives follow
 * the 7 objectives of the national strategy, in its order; the targets, their 2020 values and every value
 * entered here are ILLUSTRATIVE, and the program says so when it prints them. Each target is linked to
 * the national strategy: to the national target it localises where one fits (12 of them: Party
 * committees, People's Councils, key leaders, the four economy targets, mother-to-child HIV prevention,
 * radio and TV stations, and the three domestic-violence and trafficking targets), otherwise to the
 * national objective of its number (18), so all 7 national objectives are served; objective 7 has no
 * confirmed national target, so its four targets serve the objective.
 */
public final class ProvincialPlan2018 {

    /** The province, not named in the report: an area of this example's own. */
    static final Area PROVINCE = Area.of("TINH-A", BilingualText.of("Tỉnh A (bản tin không nêu tên)",
            "Province A (not named in the report)"), AreaLevel.PROVINCE).withParent(VietNamAreas.VIET_NAM.code());
    static final AreaHierarchy AREAS = VietNamAreas.builder().add(PROVINCE).build();
    private static final Domain[] DOMAINS = {Domain.POLITICS, Domain.ECONOMY_LABOUR, Domain.EDUCATION, Domain.HEALTH,
        Domain.INFORMATION_COMMUNICATION, Domain.FAMILY_GBV, Domain.STATE_MANAGEMENT};
    // Objective, target text (Vietnamese; the English is the domain's), 2020 value in per cent, and the national
    // 2011–2020 target it serves, or "" where none fits and it serves the national objective of its number.
    private static final String[][] TARGETS = {
        {"1", "Nữ tham gia cấp ủy Đảng", "25", "1.a"}, {"1", "Nữ đại biểu HĐND các cấp", "35", "1.b-HDND"},
        {"1", "Cơ quan, UBND các cấp có lãnh đạo chủ chốt là nữ", "95", "1.c"},
        {"1", "Nữ trong quy hoạch lãnh đạo", "30", ""},
        {"2", "Lao động nữ trong số người được tạo việc làm mới", "40", "2.a"},
        {"2", "Nữ làm chủ doanh nghiệp", "35", "2.b"},
        {"2", "Lao động nữ nông thôn dưới 45 tuổi được đào tạo nghề", "50", "2.c"},
        {"2", "Phụ nữ nghèo nông thôn có nhu cầu được vay vốn ưu đãi", "80", "2.d"},
        {"2", "Lao động nữ làm công hưởng lương", "40", ""},
        {"3", "Người biết chữ trong độ tuổi 15–40", "98", ""}, {"3", "Nữ thạc sĩ trong tổng số thạc sĩ", "40", ""},
        {"3", "Nữ tiến sĩ trong tổng số tiến sĩ", "25", ""}, {"3", "Trẻ em gái dân tộc thiểu số đi học đúng tuổi", "95", ""},
        {"4", "Phụ nữ mang thai được tiếp cận dịch vụ dự phòng lây truyền HIV từ mẹ sang con", "50", "4.c"},
        {"4", "Phụ nữ sinh con được khám thai từ 3 lần trở lên", "90", ""},
        {"4", "Ca sinh được cán bộ y tế đỡ", "98", ""}, {"4", "Phụ nữ được tư vấn về sức khỏe sinh sản", "80", ""},
        {"4", "Xã có cán bộ y tế được tập huấn về giới", "70", ""},
        {"5", "Đài phát thanh, truyền hình có chuyên mục về bình đẳng giới", "90", "5.c"},
        {"5", "Hệ thống thông tin cơ sở có chuyên mục bình đẳng giới", "80", ""},
        {"5", "Cán bộ văn hóa, thông tin được tập huấn về giới", "70", ""},
        {"5", "Người dân được truyền thông về bình đẳng giới", "65", ""},
        {"6", "Nạn nhân bạo lực gia đình được phát hiện được tư vấn, hỗ trợ", "50", "6.b"},
        {"6", "Người gây bạo lực gia đình được phát hiện được tư vấn", "75", "6.c"},
        {"6", "Nạn nhân bị buôn bán trở về được hỗ trợ", "100", "6.d"},
        {"6", "Xã không có tảo hôn", "80", ""},
        {"7", "Văn bản quy phạm pháp luật được lồng ghép giới", "100", ""},
        {"7", "Cán bộ làm công tác bình đẳng giới được tập huấn", "100", ""},
        {"7", "Sở, ngành có Ban vì sự tiến bộ của phụ nữ hoạt động thường xuyên", "100", ""},
        {"7", "Huyện có cộng tác viên bình đẳng giới", "80", ""},
    };
    // ILLUSTRATIVE values: target index, 2016, 2017.
    private static final String[][] VALUES = {
        {"0", "17.5", "19.0"}, {"1", "30.2", "30.2"}, {"2", "70", "74"}, {"5", "22", "24.5"}, {"6", "30", "42"},
        {"9", "97.1", "98.2"}, {"18", "75", "72"}, {"22", "35", "45"}, {"25", "60", "63"}, {"27", "80", "90"},
    };

    /**
     * The figures of the report (seed report 004, {@code 004_9e85195a31ee0b38.txt}) in this example's own wording,
     * for binhdang-extract to read ({@link ExtractedFigures}). The report is a copyrighted news article, so its
     * passages are not quoted: these sentences are ours and state the same figures as the report writes them, with
     * their qualifiers, units, counted nouns, periods, areas and kinds (result, change, target).
     */
    static final String TEXT = """
            Chương trình của tỉnh đặt ra 7 mục tiêu với 30 chỉ tiêu, kèm theo các nhóm giải pháp; các năm \
            qua, phần lớn chỉ tiêu về việc làm, dạy nghề, giáo dục, y tế và văn hóa đều đạt hoặc vượt.""";

    private ProvincialPlan2018() {
    }

    /**
     * Runs the report.
     *
     * @param args  {@code --en} for English, {@code --out DIR} for the folder the files go to
     */
    public static void main(String[] args) {
        ReportPrinter.Options o = ReportPrinter.Options.parse(args);
        report(System.out, o.locale(), o.out());
    }

    static Strategy plan() {
        Strategy.Builder b = Strategy.builder("TINH-A-BDG-2011-2020", BilingualText.of(
                        "Chương trình hành động về bình đẳng giới của tỉnh giai đoạn 2011–2020",
                        "The province's gender-equality programme 2011–2020"), Strategy2011To2020.STRATEGY.span())
                .localises(Strategy2011To2020.STRATEGY, PROVINCE.code());
        for (int objective = 1; objective <= DOMAINS.length; objective++) {
            List<Target> targets = new ArrayList<>();
            int n = 0;
            for (int i = 0; i < TARGETS.length; i++) {
                String[] row = TARGETS[i];
                if (Integer.parseInt(row[0]) != objective) {
                    continue;
                }
                String code = objective + "." + (++n);
                Target.Builder t = Target.builder(code, BilingualText.of(row[1], "Target " + code + " ("
                                + DOMAINS[objective - 1].title().en() + ")"),
                                LocalIndicators.share("TA-" + i, row[1], "Indicator of target " + code, 1))
                        .milestone(Milestone.of(2020, Comparison.AT_LEAST, new BigDecimal(row[2]), Unit.PERCENT));
                if (row[3].isEmpty()) {
                    t.servesObjective(Strategy2011To2020.STRATEGY, objective);
                } else {
                    t.serves(Strategy2011To2020.STRATEGY, row[3]);
                }
                targets.add(t.build());
            }
            b.objective(Objective.of(objective, DOMAINS[objective - 1], DOMAINS[objective - 1].title(),
                    targets.toArray(Target[]::new)));
        }
        return b.build();
    }

    static Dataset dataset() {
        Dataset.Builder b = Dataset.builder();
        for (String[] v : VALUES) {
            for (int year = 2016; year <= 2017; year++) {
                b.add(Observation.builder("TA-" + v[0], PROVINCE.code(), YearPeriod.of(year))
                        .value(new BigDecimal(v[year - 2015])).note("Giá trị minh họa").build());
            }
        }
        return b.build();
    }

    /**
     * Prints the report and writes its files.
     *
     * @param out     where to print
     * @param locale  Vietnamese or English
     * @param dir     the folder for the JSON and CSV files
     */
    static void report(PrintStream out, Locale locale, Path dir) {
        ReportPrinter p = new ReportPrinter(out, locale);
        Strategy plan = plan();
        Dataset data = dataset();
        p.title("Hội nghị về bình đẳng giới năm 2018 – chương trình của tỉnh",
                "2018 conference on gender equality – the province's programme");
        p.line(p.t("LƯU Ý: các chỉ tiêu, mốc năm 2020 và số liệu 2016–2017 dưới đây là MINH HỌA; bản tin chỉ nêu"
                        + " 7 mục tiêu và 30 chỉ tiêu.",
                "NOTE: the targets, their 2020 values and the 2016–2017 figures below are ILLUSTRATIVE; the report"
                        + " gives only 7 objectives and 30 targets."));
        p.line(p.t(plan.title()) + ": " + plan.objectives().size() + p.t(" mục tiêu, ", " objectives, ")
                + plan.targets().size() + p.t(" chỉ tiêu; địa phương hóa ", " targets; localises ")
                + plan.localises().orElseThrow());
        int toTargets = 0;
        Set<Integer> objectivesServed = new TreeSet<>();
        for (Target t : plan.targets()) {
            if (t.serves().isPresent()) {
                toTargets++;
                String code = t.serves().get().target(); // the national code starts with its objective: "2.a"
                objectivesServed.add(Integer.valueOf(code.substring(0, code.indexOf('.'))));
            }
            t.servesObjective().ifPresent(ref -> objectivesServed.add(ref.objective()));
        }
        p.line(p.t("Liên kết: ", "Links: ") + toTargets + p.t(" chỉ tiêu phục vụ chỉ tiêu quốc gia, ",
                " targets serve a national target, ") + (plan.targets().size() - toTargets)
                + p.t(" phục vụ mục tiêu quốc gia; các mục tiêu quốc gia được phục vụ: ",
                        " serve a national objective; national objectives served: ") + objectivesServed);
        List<Indicator> indicators = new ArrayList<>();
        plan.targets().forEach(t -> indicators.add(t.indicator()));
        p.validation(BilingualText.of("Kiểm tra số liệu", "Validation of the figures"),
                DatasetValidator.defaults().validate(data, ValidationContext.of(indicators, AREAS)));
        p.validation(BilingualText.of("Kiểm tra chương trình (mục tiêu, chỉ tiêu, mốc)",
                        "Validation of the plan (objectives, targets, milestones)"),
                DatasetValidator.defaults().validate(plan, ValidationContext.of(plan, AREAS).withIndicators(indicators)));

        Scorecard card = Scorecard.of(plan, data, PROVINCE.code(), Breakdown.TOTAL,
                ProgressMethod.defaults());
        p.section("Bảng theo dõi chỉ tiêu (số liệu minh họa):", "Scorecard (illustrative figures):");
        for (Objective o : plan.objectives()) {
            p.line(p.t("Mục tiêu ", "Objective ") + o.number() + ": " + p.t(o.title()));
        }
        p.scorecards(List.of(card));
        StringBuilder counts = new StringBuilder();
        for (ProgressStatus s : ProgressStatus.values()) {
            counts.append(counts.length() == 0 ? "" : ", ").append(p.t(s.title())).append(' ').append(card.count(s));
        }
        p.line(counts.toString());
        ExtractedFigures.compare(p, TEXT, ExtractionContext.of(ReportingPeriod.parse("2018")), Dataset.of(List.of()));
        p.line(p.t("Kế hoạch nhập tay có " + plan.objectives().size() + " mục tiêu và " + plan.targets().size()
                + " chỉ tiêu: cùng các số văn bản nêu (số liệu từng chỉ tiêu là minh họa, không có trong văn bản).",
                "The plan built by hand has " + plan.objectives().size() + " objectives and " + plan.targets().size()
                + " targets: the counts the text gives (the values per target are illustrative, not in the text)."));
        p.write(dir, "plan-2018", data, List.of(card));
    }
}
