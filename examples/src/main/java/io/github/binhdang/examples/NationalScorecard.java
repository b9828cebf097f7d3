package io.github.binhdang.examples;

import io.github.binhdang.core.area.AreaLevel;
import io.github.binhdang.core.calc.Aggregation;
import io.github.binhdang.core.calc.AreaRollup;
import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.period.TermBody;
import io.github.binhdang.core.period.TermPeriod;
import io.github.binhdang.core.progress.EscapMethod;
import io.github.binhdang.core.progress.OpenSdgMethod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.validation.DatasetValidator;
import io.github.binhdang.core.validation.ValidationContext;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.Strategy2021To2030;
import io.github.binhdang.indicators.VietNamAreas;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The national scorecard: every target of the 2021–2030 strategy with the national values that could be
 * sourced (each cited below, from 2015 on where earlier years were found, so that methods that need a
 * series have one), its status by each assessment method, and national totals added up from provinces
 * wherever provinces reported numerators and denominators. A target with no sourced value is shown as
 * "no data"; nothing is filled in or interpolated. Beside its JSON and CSV files it writes its charts
 * (targets by status for each method, each target's series against its milestones) as SVG and PNG.
 */
public final class NationalScorecard {

    /** The assessment methods, one status column each: binhdang's own, UN ESCAP's and Open SDG's. */
    static final List<ProgressMethod> METHODS =
            List.of(ProgressMethod.defaults(), EscapMethod.defaults(), OpenSdgMethod.defaults());

    static final String NATION = VietNamAreas.VIET_NAM.code();
    static final ReportingPeriod Y2023 = ReportingPeriod.parse("2023");
    static final TermPeriod NA_XV = TermPeriod.of(TermBody.NATIONAL_ASSEMBLY, 2021, 2026);

    private NationalScorecard() {
    }

    /**
     * Runs the report.
     *
     * @param args  {@code --en} for English, {@code --out DIR} for the folder the files go to
     */
    public static void main(String[] args) {
        ReportPrinter.Options o = ReportPrinter.Options.parse(args);
        report(System.out, o.locale(), o.out(), METHODS);
    }

    // The Minister of Labour, Invalids and Social Affairs' report to the National Assembly on 2023, as
    // phunuvietnam.vn reports it ("11/20 chỉ tiêu đạt và vượt so mục tiêu chiến lược quốc gia về bình đẳng giới").
    private static final String REPORT_2023 = "Báo cáo của Chính phủ trước Quốc hội về năm 2023 (phunuvietnam.vn)";

    // The Government's report to the National Assembly on the national gender-equality targets in 2024 (the
    // Ministry of Home Affairs for the Government, February 2025), as reported by tracuuquyhoach.com
    // ("76% chính quyền cấp tỉnh có lãnh đạo chủ chốt là nữ",
    // https://tracuuquyhoach.com/tin-tuc/76-chinh-quyen-cap-tinh-co-lanh-dao-chu-chot-la-nu-52000378) and
    // baodautu.vn ("Số giờ phụ nữ làm việc nhà không được trả công gần gấp đôi nam giới",
    // https://baodautu.vn/so-gio-phu-nu-lam-viec-nha-khong-duoc-tra-cong-gan-gap-doi-nam-gioi-d266340.html).
    // Its 2024 labour figures come from the 2024 Labour Force Survey, which the same report calls preliminary
    // ("kết quả sơ bộ"), so they are PROVISIONAL here.
    private static final String REPORT_2024 = "Báo cáo của Chính phủ trước Quốc hội về năm 2024 (tracuuquyhoach.com,"
            + " baodautu.vn)";

    // General Statistics Office figures for 2019 and 2022 as intage.com.vn reports them ("Phụ nữ Việt Nam ngày
    // càng có vai trò quan trọng trong nền kinh tế",
    // https://intage.com.vn/phu-nu-viet-nam-ngay-cang-co-vai-tro-quan-trong-trong-nen-kinh-te): "tỉ lệ lao
    // động nữ làm công ăn lương tăng từ 43% năm 2019 lên 50,4% năm 2022; … tỉ lệ nữ làm trong khu vực nông
    // nghiệp giảm từ 35,9% năm 2019 xuống còn 26,9% năm 2022".
    private static final String GSO_LABOUR = "Tổng cục Thống kê, điều tra lao động việc làm (intage.com.vn)";

    // Sex ratio at birth 2015–2018: General Statistics Office, Statistical Yearbook 2018, as Table 5.6 of the
    // GSO's 2019 census report (chapter 5 "Fertility", 5.5 "Sex ratio at birth") tabulates it; read in a
    // third-party copy, https://123dok.co/article/sex-ratio-birth-key-findings-population-density-vietnam.q2n0w62p .
    // 2015 (112.8) also in en.vietnamplus.vn, post188864; 2018 (114.8) and 2019 (111.5) also in m.suckhoe.vn.
    private static final String GSO_YEARBOOK_2018 = "Tổng cục Thống kê, Niên giám thống kê 2018 (bảng 5.6, kết quả"
            + " Tổng điều tra 2019)";
    // 2019: the 2019 Population and Housing Census, GSO, as dansohcm.gov.vn reports the GSO's conference of
    // 18 December 2020 (https://dansohcm.gov.vn/tin-chuyen-nghanh/7527/nam-2034-se-co-15-trieu-nam-gioi-viet-nam-co-nguy-co-e-vo/).
    private static final String CENSUS_2019 = "Tổng cục Thống kê, Tổng điều tra dân số và nhà ở 2019 (dansohcm.gov.vn)";
    // 2020: GSO's 2020 population survey, as e.vnexpress.net reports it ("Gender imbalance in Vietnam 'severe'",
    // https://e.vnexpress.net/news/news/gender-imbalance-in-vietnam-severe-4552990.html: "112.1 boys were born
    // that year for every 100 girls").
    private static final String GSO_2020 = "Tổng cục Thống kê, điều tra dân số 2020 (e.vnexpress.net)";

    /** The national values that could be sourced, each with its source; PROVISIONAL where the source says so. */
    static Dataset dataset() {
        String wage = GenderIndicators.WAGE_EMPLOYMENT_FEMALE.code();
        String farm = GenderIndicators.AGRICULTURE_SHARE_FEMALE.code();
        String care = GenderIndicators.UNPAID_CARE_RATIO.code();
        String srb = GenderIndicators.SEX_RATIO_AT_BIRTH.code();
        return Dataset.builder()
                // Women in wage employment, % of employed women: 43 (2019), 50.4 (2022), 50.9 (2023), about 50.9 (2024).
                .add(national(wage, year(2019), "43", GSO_LABOUR))
                .add(national(wage, year(2022), "50.4", GSO_LABOUR))
                .add(national(wage, Y2023, "50.9", REPORT_2023))
                .add(provisional(national(wage, year(2024), "50.9", REPORT_2024)))
                // Employed women working in agriculture, % of employed women: 35.9, 26.9, 26.22, about 25.5.
                .add(national(farm, year(2019), "35.9", GSO_LABOUR))
                .add(national(farm, year(2022), "26.9", GSO_LABOUR))
                .add(national(farm, Y2023, "26.22", REPORT_2023))
                .add(provisional(national(farm, year(2024), "25.5", REPORT_2024)))
                // Women directors or owners of enterprises and cooperatives: 28.2 % in 2020, the latest the report gives.
                .add(national(GenderIndicators.ENTERPRISE_LEADERS_FEMALE.code(), ReportingPeriod.parse("2020"), "28.2",
                        REPORT_2023))
                // Women's and men's hours a week of unpaid housework and care: 16.13 and 8.75 in 2023, 15.5 and 8.6
                // in 2024 (preliminary; the report: "gấp 1,8 lần").
                .add(Observation.builder(care, NATION, Y2023).components(new BigDecimal("16.13"), new BigDecimal("8.75"))
                        .source(REPORT_2024).build())
                .add(provisional(Observation.builder(care, NATION, year(2024))
                        .components(new BigDecimal("15.5"), new BigDecimal("8.6")).source(REPORT_2024).build()))
                // Returned trafficking victims in need who were supported, 2023: 100 %.
                .add(national(GenderIndicators.TRAFFICKING_VICTIMS_SUPPORTED.code(), Y2023, "100", REPORT_2023))
                // Sex ratio at birth, boys per 100 girls born alive. The GSO's survey and census series; the civil
                // registration figures for 2021–2024 (109.5 … 110.7) are another measure and are left out.
                .add(national(srb, year(2015), "112.8", GSO_YEARBOOK_2018))
                .add(national(srb, year(2016), "112.2", GSO_YEARBOOK_2018))
                .add(national(srb, year(2017), "112.1", GSO_YEARBOOK_2018))
                .add(national(srb, year(2018), "114.8", GSO_YEARBOOK_2018))
                .add(national(srb, year(2019), "111.5", CENSUS_2019))
                .add(national(srb, year(2020), "112.1", GSO_2020))
                // 2023, preliminary: 111.8. General Statistics Office, as reported by vietnamnet.vn ("Nơi dân số
                // đông nhất…", 2024).
                .add(provisional(national(srb, Y2023, "111.8", "Tổng cục Thống kê, số liệu sơ bộ 2023 (vietnamnet.vn)")))
                // National Assembly XV (2021–2026): 151 women of 499 deputies, 30.26 %. Election of 23 May 2021,
                // dbqh.quochoi.vn/thong_tin_bau_cu/XV.htm, citing the election's final report.
                .add(Observation.builder(GenderIndicators.NATIONAL_ASSEMBLY_FEMALE.code(), NATION, NA_XV)
                        .components(151, 499).value(new BigDecimal("30.26"))
                        .source("Báo cáo tổng kết bầu cử ĐBQH khóa XV (dbqh.quochoi.vn)").build())
                .build();
    }

    private static ReportingPeriod year(int year) {
        return ReportingPeriod.parse(Integer.toString(year));
    }

    private static Observation national(String indicator, ReportingPeriod period, String value, String source) {
        return Observation.builder(indicator, NATION, period).value(new BigDecimal(value)).source(source).build();
    }

    /** The same observation marked as a preliminary figure. */
    private static Observation provisional(Observation o) {
        return o.toBuilder().status(ObservationStatus.PROVISIONAL).build();
    }

    /**
     * Adds national totals summed from provinces' numerators and denominators, for the keys the national
     * dataset lacks; published national figures win.
     */
    static Dataset withProvinceTotals(Dataset national, Dataset provinces) {
        Dataset totals = Aggregation.toParents(provinces, GenderIndicators.ALL,
                AreaRollup.to(VietNamAreas.HIERARCHY, AreaLevel.PROVINCE, AreaLevel.NATION)).dataset();
        Dataset.Builder b = Dataset.builder().addAll(national);
        for (Observation o : totals) {
            if (!b.contains(o.key())) {
                b.add(o);
            }
        }
        return b.build();
    }

    /**
     * Prints the scorecard and writes its files.
     *
     * @param out      where to print
     * @param locale   Vietnamese or English
     * @param dir      the folder for the JSON and CSV files
     * @param methods  the assessment methods, one status column each
     */
    static void report(PrintStream out, Locale locale, Path dir, List<ProgressMethod> methods) {
        ReportPrinter p = new ReportPrinter(out, locale);
        // No province has reported components for these indicators yet; a provincial dataset goes here.
        Dataset provinces = Dataset.empty();
        Dataset data = withProvinceTotals(dataset(), provinces);
        p.title("Chiến lược quốc gia về bình đẳng giới 2021–2030 – bảng theo dõi toàn quốc",
                "National Strategy on Gender Equality 2021–2030 – national scorecard");
        p.validation(DatasetValidator.defaults().validate(data,
                ValidationContext.of(GenderIndicators.ALL, VietNamAreas.HIERARCHY)));
        p.line(p.t("Tổng hợp từ các tỉnh: ", "Added up from provinces: ") + provinces.size()
                + p.t(" số liệu tỉnh; mọi giá trị dưới đây là số toàn quốc đã công bố.",
                        " provincial figures; every value below is a published national figure."));

        List<Scorecard> cards = new ArrayList<>();
        for (ProgressMethod method : methods) {
            cards.add(Scorecard.of(Strategy2021To2030.STRATEGY, data, NATION, Breakdown.TOTAL, method));
        }
        p.section("Chỉ tiêu và tình trạng:", "Targets and status:");
        p.scorecards(cards, true);

        p.section("Số liệu khác (không có chỉ tiêu 2021–2030 tương ứng):", "Other figures (no 2021–2030 target):");
        Observation na = data.find(GenderIndicators.NATIONAL_ASSEMBLY_FEMALE.code(), NATION, NA_XV, Breakdown.TOTAL)
                .orElseThrow();
        p.line(p.t(GenderIndicators.NATIONAL_ASSEMBLY_FEMALE.name()) + ", " + p.period(NA_XV) + ": "
                + p.num(na.numerator().orElseThrow()) + "/" + p.num(na.denominator().orElseThrow()) + " = "
                + p.percent(na.value().orElseThrow()));
        p.section("Nguồn:", "Sources:");
        for (Observation o : data) {
            p.line(o.indicator() + " " + o.period() + ": " + o.source().orElse("?"));
        }
        p.write(dir, "national", data, cards);
        p.charts(dir, "national", data, cards);
    }
}
