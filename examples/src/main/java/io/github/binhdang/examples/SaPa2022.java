package io.github.binhdang.examples;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.indicators.Strategy2021To2030;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sa Pa town, Lào Cai, 2021 and the first half of 2022 (seed report 001): activity counts, some of them
 * "more than", for a district-level town under the old Lào Cai, which was merged with Yên Bái into the
 * new Lào Cai on 1 July 2025; the same series is then carried onto today's province, and the communes the
 * report names are followed to the communes they went into. Codes are the catalogue's.
 */
public final class SaPa2022 {

    /**
     * Sa Pa town (thị xã), district-level code 088 in the commune catalogue (GSO codes, as on 30 June
     * 2025). The town belonged to the old Lào Cai (code 10) until the district level was abolished on
     * 1 July 2025.
     */
    static final Area SA_PA = VietNamAreas.of("088", VietNamAreas.LAST_DAY_OF_63_UNITS);
    static final AreaHierarchy AREAS = VietNamAreas.builder().add(SA_PA).build();
    /**
     * The communes and wards of Sa Pa the report names, by catalogue code: Liên Minh, Ngũ Chỉ Sơn, Trung
     * Chải, Mường Hoa, Hoàng Liên and the ward of Sa Pa.
     */
    static final List<String> COMMUNES = List.of("03052", "03004", "03010", "03037", "03019", "03001");
    static final ReportingPeriod Y2021 = ReportingPeriod.parse("2021");
    static final ReportingPeriod H1_2022 = ReportingPeriod.parse("2022-S1");
    static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final String SOURCE = "Trung tâm VH,TT-TT thị xã Sa Pa, 19/9/2022";

    static final Indicator CLASSES = LocalIndicators.count("SP-CLASSES", "Lớp dạy nghề thêu thổ cẩm",
            "Brocade embroidery classes");
    static final Indicator TRAINEES = LocalIndicators.count("SP-TRAINEES", "Hội viên nữ học nghề thêu thổ cẩm",
            "Women members trained in embroidery");
    static final Indicator CONTESTANTS = LocalIndicators.count("SP-CONTESTANTS", "Hội viên dự hội thi thêu thổ cẩm",
            "Members in the embroidery contest");
    static final Indicator DEPUTIES = LocalIndicators.count("SP-DEPUTIES-TRAINED",
            "Nữ đại biểu HĐND được cử đi tập huấn", "Women council deputies sent to training");
    static final Indicator SESSIONS = LocalIndicators.count("SP-SESSIONS", "Buổi tuyên truyền, truyền thông",
            "Awareness sessions");
    static final Indicator PARTICIPANTS = LocalIndicators.count("SP-PARTICIPANTS",
            "Người tham dự các buổi tuyên truyền", "Session participants");
    static final Indicator MINORITY = LocalIndicators.count("SP-MINORITY-PARTICIPANTS",
            "Đại biểu người dân tộc thiểu số ở 4 xã", "Ethnic-minority participants in 4 communes");
    static final List<Indicator> INDICATORS = List.of(CLASSES, TRAINEES, CONTESTANTS, DEPUTIES, SESSIONS, PARTICIPANTS,
            MINORITY);

    /**
     * The figures of the report (seed report 001, {@code 001_569915345ff52de1.txt}) in this example's own wording,
     * for binhdang-extract to read ({@link ExtractedFigures}). The report is a copyrighted news article, so its
     * passages are not quoted: these sentences are ours and state the same figures as the report writes them, with
     * their qualifiers, units, counted nouns, periods, areas and kinds (result, change, target).
     */
    static final String TEXT = """
            Năm 2022, Ban VSTBPN thị xã xây dựng kế hoạch về bình đẳng giới cùng kế hoạch phổ biến pháp luật \
            về giới; các phòng, ban cũng lập chương trình riêng, sát với nhiệm vụ của mình.

            Năm 2021, Phòng Lao động-TB&XH, Hội Nông dân và Hội LHPN thị xã cùng mở 01lớp thêu thổ cẩm ở xã \
            Liên Minh, dạy nghề cho 50 hội viên nữ. Có 36 hội viên nông dân tham gia hội thi thêu thổ cẩm \
            năm 2021 do Hội Nông dân cấp tỉnh phối hợp tổ chức. Cùng một trung tâm của tỉnh, thị xã mở thêm \
            02 lớp thêu thổ cẩm ở xã Trung Chải và xã Ngũ Chỉ Sơn cho 70 hội viên nữ. Thị xã cũng cử 70 nữ \
            đại biểu HĐND các cấp đi dự lớp tập huấn do Sở LĐ-TB&XH mở. Qua 4 buổi tuyên truyền kết hợp phổ \
            biến pháp luật, thị xã đã đến được với hơn 330 đại biểu; riêng với người dân tộc thiểu số ở 4 xã \
            vùng cao, hơn 200 đại biểu đã dự các buổi nói chuyện tổ chức tại 4 xã Hoàng Liên, Mường Hoa, \
            Liên Minh và Ngũ Chỉ Sơn.

            Qua 6 tháng đầu năm 2022, hai cấp Hội LHPN (tỉnh và thị xã) mở 02 buổi nói chuyện chuyên đề \
            phòng, chống bạo lực gia đình ở phường Sa Pa và xã Liên Minh, có 250 người dự. Các cơ quan của \
            thị xã được giao lập kế hoạch bồi dưỡng nữ cán bộ trẻ để tạo nguồn.

            Khó khăn lớn nhất vẫn là nghèo: trong các hộ nghèo, hộ người dân tộc thiểu số chiếm trên 90%, vì \
            vậy phụ nữ và trẻ em ở những gia đình này còn nhiều thiếu thốn, nhiều chị em còn ngại tham gia \
            sinh hoạt cộng đồng.""";

    private SaPa2022() {
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
        return Dataset.builder()
                .add(obs(CLASSES, Y2021, 3, Qualifier.EXACT, "1 lớp tại xã Liên Minh, 2 lớp tại Ngũ Chỉ Sơn và Trung Chải"))
                .add(obs(TRAINEES, Y2021, 120, Qualifier.EXACT, "50 hội viên tại Liên Minh, 70 tại Ngũ Chỉ Sơn và Trung Chải"))
                .add(obs(CONTESTANTS, Y2021, 36, Qualifier.EXACT, ""))
                .add(obs(DEPUTIES, Y2021, 70, Qualifier.EXACT, ""))
                .add(obs(SESSIONS, Y2021, 4, Qualifier.EXACT, ""))
                .add(obs(PARTICIPANTS, Y2021, 330, Qualifier.MORE_THAN, "hơn 330 đại biểu"))
                .add(obs(MINORITY, Y2021, 200, Qualifier.MORE_THAN, "Ngũ Chỉ Sơn, Liên Minh, Mường Hoa, Hoàng Liên"))
                .add(obs(SESSIONS, H1_2022, 2, Qualifier.EXACT, "xã Liên Minh và phường Sa Pa"))
                .add(obs(PARTICIPANTS, H1_2022, 250, Qualifier.EXACT, ""))
                .build();
    }

    private static Observation obs(Indicator indicator, ReportingPeriod period, long value, Qualifier q, String note) {
        return Observation.builder(indicator.code(), SA_PA.code(), period).value(value).qualifier(q).note(note)
                .source(SOURCE).build();
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
        p.title("Thị xã Sa Pa (Lào Cai) – năm 2021 và 6 tháng đầu năm 2022",
                "Sa Pa town (Lào Cai) – 2021 and the first half of 2022");
        p.validation(DatasetValidator.of(LocalIndicators.activityRules())
                .validate(data, ValidationContext.of(INDICATORS, AREAS)));

        p.section("Hoạt động (năm 2021 | 6 tháng đầu năm 2022 | cả kỳ kiểm tra):",
                "Activities (2021 | first half of 2022 | whole inspection period):");
        printSeries(p, data, SA_PA.code());

        // The same figures rolled up to the province of their own time, then carried onto today's map.
        Dataset then = Aggregation.toParents(data, INDICATORS,
                AreaRollup.to(AREAS, AreaLevel.DISTRICT, AreaLevel.PROVINCE)).dataset();
        Dataset now = Aggregation.toParents(data, INDICATORS,
                AreaRollup.onto(AREAS, AreaLevel.DISTRICT, AreaLevel.PROVINCE, TODAY)).dataset();
        Area today = AREAS.holderOn(SA_PA, AreaLevel.PROVINCE, TODAY).orElseThrow();
        p.section("Cùng chuỗi số liệu, quy về tỉnh:", "The same series, rolled up to the province:");
        p.line(p.t("Theo địa giới khi đó: ", "On the map of the time: ") + p.t(VietNamAreas.LAO_CAI_2008.name())
                + " (" + p.t("mã ", "code ") + then.areas().get(0) + ")");
        p.line(p.t("Theo địa giới hiện nay: ", "On today's map: ") + p.t(today.name()) + " (" + p.t("mã ", "code ")
                + today.code() + p.t(", từ 01/7/2025 gồm Lào Cai và Yên Bái cũ; chỉ có số liệu của Sa Pa)",
                        ", from 1 July 2025 the old Lào Cai and Yên Bái; only Sa Pa's figures)"));
        printSeries(p, now, today.code());

        // The communes the report names, and the commune each went into on 1 July 2025 (all in whole).
        AreaHierarchy all = VietNamAreas.hierarchy();
        p.section("Xã, phường nêu trong báo cáo và đơn vị kế thừa từ 01/7/2025:",
                "Communes and wards the report names, and their successors from 1 July 2025:");
        for (String code : COMMUNES) {
            Area old = all.of(code, VietNamAreas.LAST_DAY_OF_63_UNITS);
            Area successor = all.successorOn(old, TODAY).orElseThrow();
            p.line(p.t(old.name()) + " (" + old.code() + ") → " + p.t(successor.name()) + " (" + successor.code() + ")");
        }

        p.section("Khó khăn nêu trong báo cáo:", "Problems the report names:");
        p.line(p.t("Tỷ số giới tính khi sinh còn cao; hộ nghèo người dân tộc thiểu số chiếm trên 90 %.",
                "The sex ratio at birth is still high; ethnic-minority households are over 90 % of the poor."));
        Scorecard card = Scorecard.of(Strategy2021To2030.STRATEGY, now, today.code(), Breakdown.TOTAL,
                ProgressMethod.defaults());
        p.line(p.t("Chiến lược 2021–2030: ", "Strategy 2021–2030: ") + card.rows().size()
                + p.t(" chỉ tiêu chưa có số liệu (báo cáo chỉ nêu hoạt động).", " targets without data (activities only)."));
        ExtractedFigures.compare(p, TEXT, ExtractionContext.of(ReportingPeriod.parse("2022"), SA_PA).withSource(SOURCE), data);
        p.write(dir, "sapa-2022", data, List.of(card));
    }

    private static void printSeries(ReportPrinter p, Dataset data, String area) {
        for (Indicator i : INDICATORS) {
            Optional<Observation> a = data.find(i.code(), area, Y2021, Breakdown.TOTAL);
            Optional<Observation> b = data.find(i.code(), area, H1_2022, Breakdown.TOTAL);
            BigDecimal sum = BigDecimal.ZERO;
            Qualifier q = Qualifier.EXACT;
            for (Optional<Observation> o : List.of(a, b)) {
                if (o.isPresent()) {
                    sum = sum.add(o.get().value().orElseThrow());
                    q = combine(q, o.get().qualifier());
                }
            }
            p.line(p.t(i.name()) + ": " + a.map(p::qualified).orElse("–") + " | " + b.map(p::qualified).orElse("–")
                    + " | " + p.qualified(q, sum));
        }
    }

    /** "More than 330" plus exactly 250 is "more than 580"; other mixes are only "about". */
    static Qualifier combine(Qualifier a, Qualifier b) {
        if (a == b || b.isExact()) {
            return a;
        }
        return a.isExact() ? b : Qualifier.ABOUT;
    }
}
