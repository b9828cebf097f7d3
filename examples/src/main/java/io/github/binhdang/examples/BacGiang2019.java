package io.github.binhdang.examples;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.Values;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.BreakdownDimension;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.SpanPeriod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.unit.MeasureKind;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.indicators.Strategy2021To2030;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Bắc Giang, 2018–2019 (seed report 003): a two-year span; "10/10 districts" as a coverage share; and the
 * people trained, by group, added up into one total that keeps its "nearly" and "about".
 */
public final class BacGiang2019 {

    static final String PROVINCE = VietNamAreas.BAC_GIANG_2008.code();
    static final ReportingPeriod SPAN = SpanPeriod.ofClosed(2018, 2019);
    private static final String SOURCE = "Báo Lao động và Xã hội, 25/11/2019";

    /** Which group a trainee belongs to; a dimension of this example's own. */
    static final BreakdownDimension GROUP = BreakdownDimension.of("TRAINEE_GROUP",
            BilingualText.of("Nhóm học viên", "Trainee group"));
    static final Indicator TRAINEES = Indicator.builder("BG-TRAINEES", BilingualText.of("Số người được tập huấn",
                    "People trained"), MeasureKind.COUNT, Unit.PERSONS).breakdowns(GROUP).build();
    static final Indicator COVERAGE = LocalIndicators.share("BG-DISTRICTS-COVERED",
            "Tỷ lệ huyện, thành phố có tuyên truyền lưu động", "Share of districts reached by mobile campaigns", 0);
    static final Indicator CLASSES = LocalIndicators.count("BG-CLASSES", "Lớp tập huấn quản lý nhà nước về giới",
            "Classes on state management of gender equality");
    static final Indicator CANDIDATE_CLASSES = LocalIndicators.count("BG-CANDIDATE-CLASSES",
            "Lớp tập huấn cho nữ ứng cử viên HĐND", "Classes for women council candidates");
    // Group code, Vietnamese, English, number, qualifier.
    private static final String[][] GROUPS = {
        {"OFFICIALS", "Cán bộ phụ trách bình đẳng giới", "Officials in charge of gender equality", "1000", "NEARLY"},
        {"WOMEN_LEADERS", "Nữ cán bộ dân cử, lãnh đạo, quản lý", "Elected women, women leaders and managers", "700", "NEARLY"},
        {"WOMEN_CANDIDATES", "Nữ ứng cử viên HĐND nhiệm kỳ 2016–2021", "Women candidates, 2016–2021 councils", "250", "ABOUT"},
    };

    /**
     * The figures of the report (seed report 003, {@code 003_8c9904d1a2c6b2db.txt}) in this example's own wording,
     * for binhdang-extract to read ({@link ExtractedFigures}). The report is a copyrighted news article, so its
     * passages are not quoted: these sentences are ours and state the same figures as the report writes them, with
     * their qualifiers, units, counted nouns, periods, areas and kinds (result, change, target).
     */
    static final String TEXT = """
            Trong năm 2019, xe tuyên truyền lưu động về bình đẳng giới do Sở LĐTBXH cùng các ngành thực hiện \
            đã đi qua những tuyến phố đông người của 10/10 huyện, thành phố.

            Hằng năm, những người phụ trách bình đẳng giới ở các cấp đều được tập huấn và chia sẻ kinh \
            nghiệm. Trong năm 2018 và 2019, chính Sở đã mở 11 lớp tập huấn về quản lý nhà nước trong lĩnh \
            vực bình đẳng giới, thu hút gần 1 nghìn cán bộ từ tỉnh xuống thôn, bản; cũng trong hai năm đó, \
            gần 700 cán bộ nữ (đại biểu dân cử, lãnh đạo và quản lý cấp huyện, cấp xã, trưởng, phó phòng, \
            cán bộ trong quy hoạch) ở 10/10 huyện, thành phố được bồi dưỡng kỹ năng lãnh đạo, quản lý và kỹ \
            năng mềm. Hội LHPN tỉnh mở 02 lớp bồi dưỡng kỹ năng tranh cử, có khoảng 250 phụ nữ ra tranh cử \
            vào Hội đồng nhân dân tỉnh, huyện nhiệm kỳ 2016- 2021 theo học. Ở cơ sở, nhiều xã đã tự tập huấn \
            cho cán bộ xã, thôn và mở các buổi nói chuyện, tư vấn cho người dân về bình đẳng giới và bạo lực \
            gia đình.""";

    private BacGiang2019() {
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
        Dataset.Builder b = Dataset.builder()
                .add(Observation.builder(COVERAGE.code(), PROVINCE, SPAN).components(10, 10).note("10/10 huyện, thành phố")
                        .source(SOURCE).build())
                .add(Observation.builder(CLASSES.code(), PROVINCE, SPAN).value(11).source(SOURCE).build())
                .add(Observation.builder(CANDIDATE_CLASSES.code(), PROVINCE, SPAN).value(2)
                        .note("Hội LHPN tỉnh tổ chức; báo cáo không nêu năm").source(SOURCE).build());
        for (String[] g : GROUPS) {
            b.add(Observation.builder(TRAINEES.code(), PROVINCE, SPAN).breakdown(Breakdown.of(GROUP, g[0]))
                    .value(Long.parseLong(g[3])).qualifier(Qualifier.of(g[4])).source(SOURCE).build());
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
        Dataset data = dataset();
        List<Indicator> indicators = List.of(TRAINEES, COVERAGE, CLASSES, CANDIDATE_CLASSES);
        p.title("Bắc Giang – tập huấn cán bộ về bình đẳng giới, năm 2018 và 2019",
                "Bắc Giang – capacity for state management of gender equality, 2018 and 2019");
        p.validation(DatasetValidator.of(LocalIndicators.activityRules())
                .validate(data, ValidationContext.of(indicators, VietNamAreas.HIERARCHY)));

        Observation coverage = data.find(COVERAGE.code(), PROVINCE, SPAN, Breakdown.TOTAL).orElseThrow();
        p.section("Kỳ báo cáo: " + p.period(SPAN), "Period: " + p.period(SPAN));
        p.line(p.t(COVERAGE.name()) + ": " + p.num(coverage.numerator().orElseThrow()) + "/"
                + p.num(coverage.denominator().orElseThrow()) + " = " + p.percent(Values.of(COVERAGE, coverage).value()));
        // The district-level units of Bắc Giang in the commune catalogue, by code. The catalogue holds them as
        // they stood on 30 June 2025, its only list of districts; the report counts the units of 2019.
        StringBuilder districts = new StringBuilder();
        List<Area> units = VietNamAreas.on(VietNamAreas.LAST_DAY_OF_63_UNITS).children(VietNamAreas.BAC_GIANG_2008);
        for (Area d : units) {
            districts.append(districts.length() == 0 ? "" : ", ").append(d.code()).append(' ').append(p.t(d.name()));
        }
        p.line(p.t("Đơn vị cấp huyện trong danh mục (ngày 30/6/2025): ", "District-level units in the catalogue"
                + " (30 June 2025): ") + units.size() + " – " + districts);
        for (Indicator i : List.of(CLASSES, CANDIDATE_CLASSES)) {
            p.line(p.t(i.name()) + ": " + p.qualified(data.find(i.code(), PROVINCE, SPAN, Breakdown.TOTAL).orElseThrow()));
        }

        p.section("Số người được tập huấn theo nhóm:", "People trained, by group:");
        for (String[] g : GROUPS) {
            p.line(p.t(g[1], g[2]) + ": "
                    + p.qualified(data.find(TRAINEES.code(), PROVINCE, SPAN, Breakdown.of(GROUP, g[0])).orElseThrow()));
        }
        Dataset total = Aggregation.toTotal(data, indicators, GROUP).dataset();
        p.line(p.t("Tổng cộng: ", "Total: ")
                + p.qualified(total.find(TRAINEES.code(), PROVINCE, SPAN, Breakdown.TOTAL).orElseThrow())
                + p.t(" (các nhóm có thể trùng người)", " (a person may be in two groups)"));

        Scorecard card = Scorecard.of(Strategy2021To2030.STRATEGY, data, PROVINCE, Breakdown.TOTAL, ProgressMethod.defaults());
        p.line(p.t("Chiến lược 2021–2030: ", "Strategy 2021–2030: ") + card.rows().size()
                + p.t(" chỉ tiêu chưa có số liệu (báo cáo chỉ nêu hoạt động).", " targets without data (activities only)."));
        ExtractedFigures.compare(p, TEXT, ExtractionContext.of(SPAN, VietNamAreas.BAC_GIANG_2008).withSource(SOURCE), data);
        p.write(dir, "bacgiang-2019", data, List.of(card));
    }
}
