package io.github.binhdang.examples;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.calc.Change;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Domain;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Objective;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.Strategy2011To2020;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sơn La, 2017 (seed report 000): women in People's Councils by level with the change against the
 * previous term, trained women workers and women-owned enterprises computed from their components,
 * counts of models and clubs, and the figures set against Sơn La's 2018 targets and the national
 * strategies' targets.
 */
public final class SonLa2017 {

    static final String AREA = VietNamAreas.SON_LA.code();
    static final ReportingPeriod YEAR = ReportingPeriod.parse("2017");
    static final TermPeriod TERM = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2016, 2021);
    static final TermPeriod PREVIOUS_TERM = TermPeriod.of(TermBody.PEOPLES_COUNCIL, 2011, 2015);
    private static final String SOURCE = "Sở LĐ-TB&XH Sơn La, báo cáo năm 2017";

    /** The level of the People's Council a share is of: the catalogue's POL-04 is not broken down by it. */
    static final BreakdownDimension COUNCIL_LEVEL = BreakdownDimension.of("COUNCIL_LEVEL",
            BilingualText.of("Cấp Hội đồng nhân dân", "People's Council level"));
    static final Indicator COUNCILS = LocalIndicators.withBreakdowns(GenderIndicators.PEOPLES_COUNCIL_FEMALE,
            COUNCIL_LEVEL);
    // "nữ làm chủ doanh nghiệp": owners of enterprises only, the 2011–2020 strategy's measure (ECO-05), not
    // the directors or owners of enterprises and cooperatives of 2021–2030 (ECO-03).
    static final Indicator OWNERS = GenderIndicators.ENTERPRISE_OWNERS_FEMALE;
    static final Indicator TRAINED = LocalIndicators.share("SL-TRAINED-F",
            "Tỷ lệ lao động nữ đang làm việc đã qua đào tạo", "Share of employed women who are trained", 1);
    static final List<Indicator> COUNTS = List.of(
            LocalIndicators.count("SL-DV-MODELS", "Mô hình phòng, chống bạo lực gia đình",
                    "Models against domestic violence"),
            LocalIndicators.count("SL-FAMILY-CLUBS", "Câu lạc bộ gia đình phát triển bền vững",
                    "Clubs for sustainable family development"),
            LocalIndicators.count("SL-DV-GROUPS", "Nhóm phòng, chống bạo lực gia đình",
                    "Groups against domestic violence"),
            LocalIndicators.count("SL-STAFF-TRAINED", "Cán bộ làm công tác bình đẳng giới được tập huấn",
                    "Gender-equality staff trained"));
    private static final long[] COUNT_VALUES = {65, 225, 170, 286};
    // Level, share in 2016–2021 as published, change in points against 2011–2015 as published.
    private static final String[][] COUNCIL_ROWS = {
        {"PROVINCE", "38.89", "4.61"}, {"DISTRICT", "34.77", "4.8"}, {"COMMUNE", "31.8", "8.3"},
    };

    /**
     * The figures of the report (seed report 000, {@code 000_a1e0dca6d795e10c.txt}) in this example's own wording,
     * for binhdang-extract to read ({@link ExtractedFigures}). The report is a copyrighted news article, so its
     * passages are not quoted: these sentences are ours and state the same figures as the report writes them, with
     * their qualifiers, units, counted nouns, periods, areas and kinds (result, change, target), and keep the
     * report's non-figure numbers the extractor must pass over (8/3 and 20/10).
     */
    static final String TEXT = """
            Trong năm 2018, tỉnh phấn đấu để 65% người dân ở các bản, tiểu khu được nghe tuyên truyền về \
            giới.

            Sở đã mở các lớp tập huấn cho 286 cán bộ phụ trách mảng bình đẳng giới ở tỉnh, huyện và xã. Các \
            hoạt động truyền thông được gắn với những ngày kỷ niệm trong năm như 8/3, 28/6 và 20/10, và ngày \
            càng được người dân đón nhận.

            Tỉnh đang duy trì 225 câu lạc bộ gia đình phát triển bền vững; bên cạnh đó có 65 mô hình và 170 \
            nhóm phòng, chống bạo lực gia đình. Ở những nơi có mô hình, người dân hiểu rõ hơn hậu quả của \
            bạo lực trong gia đình; tại 100% hộ tham gia câu lạc bộ không còn bạo lực gia đình và không có \
            trẻ em phải nghỉ học.

            Trong Hội đồng nhân dân nhiệm kỳ 2016 – 2021, nữ chiếm 38,89% số đại biểu cấp tỉnh, tăng thêm \
            4,61% khi so với nhiệm kỳ 2011 – 2015; ở cấp huyện, nữ chiếm 34,77% (tăng thêm 4,8%), ở cấp xã \
            31,8% (tăng thêm 8,3% khi so với nhiệm kỳ 2011 – 2015). Với cấp ủy các cấp, nhiệm kỳ 2015 – \
            2020, số nữ là 12 người ở Ban chấp hành Đảng bộ tỉnh và 110 người ở ban chấp hành các đảng bộ \
            huyện, thành phố; 111 xã, phường có tỷ lệ nữ cấp ủy viên đạt 15% trở lên.

            Về lao động, 125.525/688.753 lao động nữ có việc làm đã qua đào tạo nghề. Trong 2.539 doanh \
            nghiệp của tỉnh, 384 doanh nghiệp do nữ làm chủ, chiếm 15,1%.

            Các chỉ tiêu năm 2018 của tỉnh gồm: 80% công chức, viên chức, cán bộ, chiến sĩ lực lượng vũ \
            trang, học sinh và sinh viên được phổ biến kiến thức về giới; 65% người dân ở bản, tiểu khu được \
            nâng cao hiểu biết về giới; 100% người phụ trách bình đẳng giới và cộng tác viên được cập nhật \
            kiến thức qua tập huấn; 100% nữ lãnh đạo, quản lý, nữ đại biểu dân cử (kể cả cán bộ nữ được quy \
            hoạch vào vị trí trưởng, phó phòng) được bồi dưỡng kỹ năng lãnh đạo và kiến thức giới; 100% \
            người cần được hỗ trợ có thể tiếp cận tối thiểu một dịch vụ tư vấn về giới.""";

    private SonLa2017() {
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

    static Dataset dataset() {
        Dataset.Builder b = Dataset.builder();
        for (String[] row : COUNCIL_ROWS) {
            Breakdown level = Breakdown.of(COUNCIL_LEVEL, row[0]);
            BigDecimal share = new BigDecimal(row[1]);
            b.add(Observation.builder(COUNCILS.code(), AREA, TERM).breakdown(level).value(share).source(SOURCE).build());
            // The report gives the change, not the earlier share, so the earlier share is derived from it.
            b.add(Observation.builder(COUNCILS.code(), AREA, PREVIOUS_TERM).breakdown(level)
                    .value(share.subtract(new BigDecimal(row[2]))).status(ObservationStatus.ESTIMATED)
                    .note("Suy ra: tỷ lệ nhiệm kỳ 2016–2021 trừ mức tăng đã công bố").source(SOURCE).build());
        }
        b.add(Observation.builder(TRAINED.code(), AREA, YEAR).components(125_525, 688_753).source(SOURCE).build());
        b.add(Observation.builder(OWNERS.code(), AREA, YEAR).components(384, 2_539).value(new BigDecimal("15.1"))
                .source(SOURCE).build());
        for (int i = 0; i < COUNTS.size(); i++) {
            b.add(Observation.builder(COUNTS.get(i).code(), AREA, YEAR).value(COUNT_VALUES[i]).source(SOURCE).build());
        }
        return b.build();
    }

    /** Sơn La's targets for 2018 as the department set them, a plan localising the 2011–2020 strategy. */
    static Strategy plan() {
        return Strategy.builder("VN-14-BDG-2018", BilingualText.of("Mục tiêu bình đẳng giới năm 2018 của tỉnh Sơn La",
                        "Sơn La's gender-equality targets for 2018"), Strategy2011To2020.STRATEGY.span())
                .localises(Strategy2011To2020.STRATEGY, AREA)
                .objective(Objective.of(1, Domain.INFORMATION_COMMUNICATION,
                        BilingualText.of("Truyền thông về bình đẳng giới", "Communication on gender equality"),
                        target("1.1", "Cán bộ, công chức, lực lượng vũ trang, học sinh được truyền thông",
                                "Officials, armed forces and students reached by communication", 80),
                        target("1.2", "Người dân các bản, tiểu khu được truyền thông",
                                "Residents of residential clusters reached by communication", 65)))
                .objective(Objective.of(2, Domain.STATE_MANAGEMENT,
                        BilingualText.of("Năng lực và dịch vụ", "Capacity and services"),
                        target("2.1", "Cán bộ làm công tác bình đẳng giới được tập huấn",
                                "Gender-equality staff trained", 100),
                        target("2.2", "Người có nhu cầu được tiếp cận dịch vụ hỗ trợ",
                                "People in need reaching a support service", 100)))
                .objective(Objective.of(3, Domain.POLITICS,
                        BilingualText.of("Phụ nữ lãnh đạo, quản lý", "Women in leadership"),
                        Target.builder("3.1", BilingualText.of("Nữ đại biểu, nữ lãnh đạo được trang bị kiến thức",
                                        "Women deputies and leaders trained"),
                                        LocalIndicators.share("SL-T3.1", "Nữ lãnh đạo được tập huấn",
                                                "Women leaders trained", 1))
                                .milestone(Milestone.of(2018, Comparison.AT_LEAST, BigDecimal.valueOf(100), Unit.PERCENT))
                                .serves(Strategy2011To2020.STRATEGY, "1.c").build()))
                .build();
    }

    private static Target target(String code, String vi, String en, int percent) {
        return Target.builder(code, BilingualText.of(vi, en), LocalIndicators.share("SL-T" + code, vi, en, 1))
                .milestone(Milestone.of(2018, Comparison.AT_LEAST, BigDecimal.valueOf(percent), Unit.PERCENT)).build();
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
        Dataset data = dataset();
        p.title("Sơn La – kết quả công tác bình đẳng giới năm 2017", "Sơn La – gender equality results, 2017");
        List<Indicator> indicators = new ArrayList<>(LocalIndicators.with(GenderIndicators.ALL, COUNCILS, TRAINED));
        indicators.addAll(COUNTS);
        p.validation(DatasetValidator.defaults().validate(data, ValidationContext.of(indicators, VietNamAreas.HIERARCHY)));

        p.section("Tỷ lệ nữ đại biểu HĐND nhiệm kỳ 2016–2021, so với nhiệm kỳ 2011–2015:",
                "Women among People's Council deputies, 2016–2021 term, against 2011–2015:");
        for (String[] row : COUNCIL_ROWS) {
            Breakdown level = Breakdown.of(COUNCIL_LEVEL, row[0]);
            BigDecimal now = data.find(COUNCILS.code(), AREA, TERM, level).orElseThrow().value().orElseThrow();
            BigDecimal before = data.find(COUNCILS.code(), AREA, PREVIOUS_TERM, level).orElseThrow().value().orElseThrow();
            Change change = Change.between(PREVIOUS_TERM, before, TERM, now, Unit.PERCENT);
            p.line(p.t(levelName(row[0], true), levelName(row[0], false)) + ": " + p.percent(now) + " ("
                    + p.points(change.absolute().stripTrailingZeros()) + ")");
        }
        p.line(p.t("(Báo cáo viết mức tăng bằng \"%\"; đó là điểm phần trăm.)",
                "(The report writes the changes with \"%\"; they are percentage points.)"));

        p.section("Lao động và doanh nghiệp (tính từ tử số và mẫu số):", "Work and enterprise (from numerator and denominator):");
        Observation trained = data.find(TRAINED.code(), AREA, YEAR, Breakdown.TOTAL).orElseThrow();
        p.line(p.t("Lao động nữ đã qua đào tạo: ", "Trained women workers: ") + p.num(125_525) + "/" + p.num(688_753)
                + " = " + p.percent(Values.of(TRAINED, trained).value()));
        Observation owners = data.find(OWNERS.code(), AREA, YEAR, Breakdown.TOTAL).orElseThrow();
        BigDecimal exact = Values.fromComponents(OWNERS, BigDecimal.valueOf(384), BigDecimal.valueOf(2_539)).value();
        boolean agrees = Values.check(OWNERS, owners).orElseThrow().agrees();
        p.line(p.t("Nữ làm chủ doanh nghiệp: ", "Women-owned enterprises: ") + p.num(384) + "/" + p.num(2_539) + " = "
                + p.percent(exact) + p.t("; báo cáo ghi ", "; the report prints ") + p.percent(owners.value().orElseThrow())
                + (agrees ? p.t(", là số đã làm tròn (khớp)", ", a rounded figure (agrees)")
                        : p.t(", KHÔNG khớp", ", which does NOT agree")));

        p.section("Mô hình, câu lạc bộ, tập huấn:", "Models, clubs, training:");
        for (Indicator i : COUNTS) {
            p.line(p.t(i.name()) + ": " + p.qualified(data.find(i.code(), AREA, YEAR, Breakdown.TOTAL).orElseThrow()));
        }

        List<Scorecard> cards = new ArrayList<>();
        ProgressMethod method = ProgressMethod.defaults();
        p.section("So với chỉ tiêu quốc gia:", "Against the national targets:");
        for (String[] row : COUNCIL_ROWS) {
            Scorecard card = Scorecard.of(Strategy2011To2020.STRATEGY, data, AREA, Breakdown.of(COUNCIL_LEVEL, row[0]),
                    method);
            cards.add(card);
            ScorecardRow r = card.row(Strategy2011To2020.TARGET_1_B_HDND.code()).orElseThrow();
            p.line("2011–2020, " + r.target().code() + " (" + p.t(levelName(row[0], true), levelName(row[0], false))
                    + "): " + p.milestone(r.milestone()) + " → " + p.t(r.status().title()));
        }
        // The women-owned enterprises are the 2011–2020 strategy's target 2.b (owners only, ECO-05).
        Scorecard owned = Scorecard.of(Strategy2011To2020.STRATEGY, data, AREA, Breakdown.TOTAL, method);
        cards.add(owned);
        ScorecardRow r2b = owned.row(Strategy2011To2020.TARGET_2_B.code()).orElseThrow();
        p.line("2011–2020, 2.b: " + p.milestone(r2b.milestone()) + " → " + p.t(r2b.status().title()) + ": "
                + p.t(r2b.reason()));

        p.section("Chỉ tiêu của tỉnh năm 2018 (chưa có số liệu năm 2017 để so sánh):",
                "The province's targets for 2018 (no 2017 figures to compare with):");
        Scorecard own = Scorecard.of(plan(), data, AREA, Breakdown.TOTAL, method);
        cards.add(0, own);
        p.scorecards(List.of(own));
        ExtractedFigures.compare(p, TEXT, ExtractionContext.of(YEAR, VietNamAreas.SON_LA).withSource(SOURCE), data);
        p.write(dir, "sonla-2017", data, cards);
    }

    private static String levelName(String level, boolean vi) {
        return switch (level) {
            case "PROVINCE" -> vi ? "Cấp tỉnh" : "Province";
            case "DISTRICT" -> vi ? "Cấp huyện" : "District";
            default -> vi ? "Cấp xã" : "Commune";
        };
    }
}
