package io.github.binhdang.examples;

import io.github.binhdang.core.area.Area;
import io.github.binhdang.core.area.AreaHierarchy;
import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AggregationResult;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.calc.Carry;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.indicator.Indicator;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Quantity;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.extract.ExtractionContext;
import io.github.binhdang.indicators.Strategy2021To2030;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Quảng Bình, 2022 (seed report 002): activities with "nearly" figures, money stated in million dong and
 * converted exactly into dong, and the four "Địa chỉ tin cậy – Nhà tạm lánh" shelter models counted by
 * commune and added up by district and for the province.
 */
public final class QuangBinh2022 {

    static final String PROVINCE = VietNamAreas.QUANG_BINH_2008.code();
    static final ReportingPeriod YEAR = ReportingPeriod.parse("2022");
    private static final String SOURCE = "Sở LĐ-TB&XH Quảng Bình, kết quả năm 2022";

    // The districts and communes the report names, with their codes in the commune catalogue (GSO codes,
    // as on 30 June 2025): Lệ Thủy (457) with Sen Thủy (19312) and Phong Thủy (19267), Quảng Trạch (454)
    // with Quảng Tùng (19033), Minh Hóa (452) with Xuân Hóa (18925).
    static final List<String> DISTRICTS = List.of("457", "454", "452");
    static final List<String> COMMUNES = List.of("19312", "19267", "19033", "18925");
    static final AreaHierarchy AREAS = areas();
    /** Every unit of the catalogue, with the links of 1 July 2025, for carrying the series onto today's communes. */
    static final AreaHierarchy ALL_UNITS = VietNamAreas.hierarchy();

    static final Indicator SHELTERS = LocalIndicators.count("QB-SHELTERS",
            "Mô hình \"Địa chỉ tin cậy – Nhà tạm lánh\"", "\"Trusted address – temporary shelter\" models");
    static final Indicator BOOKS_COST = LocalIndicators.money("QB-BOOKS-COST", "Kinh phí in sách tháng hành động",
            "Cost of the Action Month books");
    static final Indicator LIBRARY = LocalIndicators.money("QB-LIBRARY-GIFT", "Trị giá \"Thư viện vùng cao\" trao tặng",
            "Value of the donated highland library");
    static final Indicator AWARD = LocalIndicators.money("QB-AWARD", "Kinh phí được Ban VSTBPN Văn phòng TW Đảng trao tặng",
            "Grant from the Party Central Office's committee");
    // Code, Vietnamese, English, value, qualifier.
    private static final String[][] ACTIVITIES = {
        {"QB-GE-CLASSES", "Lớp bồi dưỡng cán bộ phụ trách bình đẳng giới", "Classes for gender-equality staff", "4", "EXACT"},
        {"QB-GE-TRAINEES", "Người tham gia các lớp bồi dưỡng", "Class participants", "400", "NEARLY"},
        {"QB-BOOKS", "Sách in cấp phát nhân Tháng hành động", "Books printed for the Action Month", "1000", "NEARLY"},
        {"QB-WOMEN-CLASSES", "Lớp bồi dưỡng nữ cán bộ (Sở Nội vụ)", "Classes for women officials", "75", "EXACT"},
        {"QB-USB-COMMUNES", "Xã dân tộc thiểu số được cấp USB tuyên truyền", "Ethnic-minority communes given USB media", "13", "EXACT"},
        {"QB-CLUBS", "Câu lạc bộ thúc đẩy bình đẳng giới", "Clubs promoting gender equality", "36", "EXACT"},
        {"QB-PUPILS", "Học sinh dân tộc nội trú tham gia tuyên truyền", "Boarding-school pupils reached", "1500", "MORE_THAN"},
    };
    // Indicator, amount as the report writes it, qualifier.
    private static final Object[][] MONEY = {
        {BOOKS_COST, "50 triệu đồng", Qualifier.NEARLY}, {LIBRARY, "50 triệu đồng", Qualifier.EXACT},
        {AWARD, "30 triệu đồng", Qualifier.EXACT},
    };

    /**
     * The figures of the report (seed report 002, {@code 002_f39baea8fe4e2bdc.txt}) in this example's own wording,
     * for binhdang-extract to read ({@link ExtractedFigures}). The report is a copyrighted news article, so its
     * passages are not quoted: these sentences are ours and state the same figures as the report writes them, with
     * their qualifiers, units, counted nouns, periods, areas and kinds (result, change, target), and keep the
     * report's non-figure numbers the extractor must pass over (8/2022).
     */
    static final String TEXT = """
            Từ ngân sách đảm bảo xã hội, Sở LĐ-TB&XH phối hợp Sở Nội vụ mở 04 lớp tập huấn dành cho cán bộ, \
            công chức phụ trách bình đẳng giới ở cả bốn cấp, thu hút gần 400 người. Dịp Tháng hành động năm \
            2022, Sở chi gần 50 triệu đồng để in gần 1.000 cuốn sách phát cho các sở, ngành và các huyện, \
            xã.

            Sở Nội vụ cùng Sở Tài chính mở 75 lớp bồi dưỡng, đào tạo để nâng chất lượng nữ công chức, viên \
            chức; một số lớp giới thiệu mục tiêu của Chiến lược quốc gia về bình đẳng giới và cách phòng \
            ngừa bạo lực giới.

            Ban Dân tộc tỉnh phối hợp với Đài tỉnh làm các bản tin về bình đẳng giới, chép vào USB và gửi về \
            13 xã có đông người dân tộc thiểu số để phát trên loa của xã. Ban còn giúp các địa phương lập 36 \
            câu lạc bộ giúp phụ nữ tham gia công việc cộng đồng; tại các trường dân tộc nội trú, hơn 1.500 \
            em học sinh đã nghe nói chuyện về tác hại của tảo hôn và kết hôn cận huyết.

            Công an tỉnh mở 01 buổi nói chuyện pháp luật về cách phòng tránh xâm hại trẻ em, có gần 100 lượt \
            giáo viên, học sinh dự; đơn vị cũng trao một “Thư viện vùng cao” (50 ghế, 6 bàn đọc, 4 kệ sách) \
            cùng hơn 350 đầu sách các loại, tổng trị giá 50 triệu đồng cho Trường PTDTBT Tiểu học và THCS \
            Tân Trạch (huyện Bố Trạch).

            Tháng 8/2022, nhân dịp cùng tỉnh tổ chức hội thảo lấy ý kiến về dự thảo Luật Phòng, chống bạo \
            lực gia đình (sửa đổi), Ban VSTBPN Văn phòng Trung ương Đảng đã hỗ trợ Ban VSTBPN tỉnh 30 triệu \
            đồng.

            Mới đây, nhà tạm lánh của mô hình Địa chỉ tin cậy ở xã Xuân Hóa (huyện Minh Hóa) đã đón 01 phụ \
            nữ bị chồng say xỉn hành hung, đuổi ra đường và giúp chị ở lại 04 ngày.""";

    private QuangBinh2022() {
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

    // The province's units the report names, taken from the catalogue, in a hierarchy of their own, so
    // that a district's total holds the communes the report counts (not all 28 communes of Lệ Thủy).
    private static AreaHierarchy areas() {
        AreaHierarchy.Builder b = VietNamAreas.builder();
        for (String code : DISTRICTS) {
            b.add(VietNamAreas.of(code, VietNamAreas.LAST_DAY_OF_63_UNITS));
        }
        for (String code : COMMUNES) {
            b.add(VietNamAreas.of(code, VietNamAreas.LAST_DAY_OF_63_UNITS));
        }
        return b.build();
    }

    static List<Indicator> indicators() {
        List<Indicator> all = new ArrayList<>(List.of(SHELTERS, BOOKS_COST, LIBRARY, AWARD));
        for (String[] a : ACTIVITIES) {
            all.add(LocalIndicators.count(a[0], a[1], a[2]));
        }
        return all;
    }

    static Dataset dataset() {
        Dataset.Builder b = Dataset.builder();
        for (String[] a : ACTIVITIES) {
            b.add(Observation.builder(a[0], PROVINCE, YEAR).value(Long.parseLong(a[3])).qualifier(Qualifier.of(a[4]))
                    .source(SOURCE).build());
        }
        for (Object[] m : MONEY) {
            // "50 triệu đồng" read in Vietnamese notation and converted exactly into dong: 50 × 1,000,000.
            Quantity amount = Quantity.parse((String) m[1], NumberNotation.VIETNAMESE).to(Unit.VND);
            b.add(Observation.builder(((Indicator) m[0]).code(), PROVINCE, YEAR).value(amount.value())
                    .qualifier((Qualifier) m[2]).note("Báo cáo ghi: " + m[1]).source(SOURCE).build());
        }
        for (String commune : COMMUNES) {
            b.add(Observation.builder(SHELTERS.code(), commune, YEAR).value(1).source(SOURCE).build());
        }
        return b.build();
    }

    /**
     * Carries the 2022 shelter models by commune onto the communes of 1 July 2025, in the new Quảng Trị:
     * each old commune went whole into a new one, which also took in other old communes; those reported
     * nothing here, so each new commune's total is partial and says which old communes it lacks.
     */
    private static void carryOntoTodaysCommunes(ReportPrinter p, Dataset data, List<Indicator> indicators) {
        LocalDate today = VietNamAreas.FIRST_DAY_OF_34_UNITS;
        Dataset shelters = Dataset.of(data.stream().filter(o -> o.indicator().equals(SHELTERS.code())).toList());
        AggregationResult carried = Carry.onto(shelters, indicators, ALL_UNITS, AreaLevel.COMMUNE, today);
        p.section("Cùng chuỗi số liệu, chuyển sang các xã từ 01/7/2025 (tỉnh Quảng Trị mới, mã "
                        + VietNamAreas.QUANG_TRI_2025.code() + "):",
                "The same series carried onto the communes of 1 July 2025 (the new Quảng Trị, code "
                        + VietNamAreas.QUANG_TRI_2025.code() + "):");
        for (String code : COMMUNES) {
            Area old = ALL_UNITS.of(code, VietNamAreas.LAST_DAY_OF_63_UNITS);
            Area now = ALL_UNITS.successorOn(old, today).orElseThrow();
            Observation total = carried.dataset().find(SHELTERS.code(), now.code(), YEAR, Breakdown.TOTAL).orElseThrow();
            StringBuilder line = new StringBuilder(p.t(now.name()) + " (" + now.code() + "): " + p.qualified(total)
                    + p.t(" – từ ", " – from ") + p.t(old.name()) + " (" + old.code() + ")");
            for (AggregationResult.Partial partial : carried.partials()) {
                if (partial.key().area().equals(now.code())) {
                    StringBuilder missing = new StringBuilder();
                    for (String m : partial.missing()) {
                        missing.append(missing.length() == 0 ? "" : ", ").append(m).append(' ')
                                .append(p.t(ALL_UNITS.of(m, VietNamAreas.LAST_DAY_OF_63_UNITS).name()));
                    }
                    line.append(p.t("; thiếu số liệu của ", "; lacks the figures of ")).append(partial.missing().size())
                            .append(p.t(" trong ", " of ")).append(partial.expected())
                            .append(p.t(" xã cũ: ", " old communes: ")).append(missing);
                }
            }
            p.line(line.toString());
        }
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
        List<Indicator> indicators = indicators();
        p.title("Quảng Bình – hoạt động vì phụ nữ và bình đẳng giới, năm 2022",
                "Quảng Bình – activities for the advancement of women, 2022");
        p.validation(DatasetValidator.defaults().validate(data, ValidationContext.of(indicators, AREAS)));

        p.section("Hoạt động:", "Activities:");
        for (String[] a : ACTIVITIES) {
            p.line(p.t(a[1], a[2]) + ": " + p.qualified(data.find(a[0], PROVINCE, YEAR, Breakdown.TOTAL).orElseThrow()));
        }
        p.section("Kinh phí (quy đổi chính xác sang đồng):", "Money (converted exactly into dong):");
        for (Object[] m : MONEY) {
            Indicator i = (Indicator) m[0];
            Observation o = data.find(i.code(), PROVINCE, YEAR, Breakdown.TOTAL).orElseThrow();
            String words = o.qualifier().isExact() ? "" : p.t(o.qualifier().title()) + " ";
            p.line(p.t(i.name()) + ": " + words + m[1] + " = " + p.qualified(o) + p.t(" đồng", " dong"));
        }

        p.section("Mô hình \"Địa chỉ tin cậy – Nhà tạm lánh\" theo xã, huyện:",
                "\"Trusted address – temporary shelter\" models by commune and district:");
        Dataset districts = Aggregation.toParents(data, indicators,
                AreaRollup.to(AREAS, AreaLevel.COMMUNE, AreaLevel.DISTRICT)).requireComplete();
        Dataset province = Aggregation.toParents(districts, indicators,
                AreaRollup.to(AREAS, AreaLevel.DISTRICT, AreaLevel.PROVINCE)).requireComplete();
        for (Observation d : districts) {
            StringBuilder communes = new StringBuilder();
            for (Area c : AREAS.children(AREAS.find(d.area(), YEAR.start()).orElseThrow(), YEAR.start())) {
                communes.append(communes.length() == 0 ? "" : ", ").append(p.t(c.name()));
            }
            p.line(p.t(AREAS.find(d.area(), YEAR.start()).orElseThrow().name()) + ": " + p.qualified(d) + " (" + communes + ")");
        }
        p.line(p.t("Toàn tỉnh: ", "Whole province: ")
                + p.qualified(province.find(SHELTERS.code(), PROVINCE, YEAR, Breakdown.TOTAL).orElseThrow()));

        carryOntoTodaysCommunes(p, data, indicators);

        Scorecard card = Scorecard.of(Strategy2021To2030.STRATEGY, data, PROVINCE, Breakdown.TOTAL, ProgressMethod.defaults());
        p.line(p.t("Chiến lược 2021–2030: ", "Strategy 2021–2030: ") + card.rows().size()
                + p.t(" chỉ tiêu chưa có số liệu (báo cáo chỉ nêu hoạt động).", " targets without data (activities only)."));
        ExtractedFigures.compare(p, TEXT, ExtractionContext.of(YEAR, VietNamAreas.QUANG_BINH_2008).withSource(SOURCE), data);
        p.write(dir, "quangbinh-2022", data, List.of(card));
    }
}
