package io.github.binhdang.examples;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.unit.Decimals;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.unit.Unit;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The main example: Sơn La's 2017 figures on women's work and enterprise (seed report 000) recorded
 * as a dataset, with each share computed from its components and printed the way the report prints
 * it.
 *
 * <p>Run with {@code --en} for English; the default is Vietnamese.
 */
public final class Main {

    private Main() {
    }

    /**
     * Runs the example.
     *
     * @param args  {@code --en} for English output
     */
    public static void main(String[] args) {
        Locale locale = args.length > 0 && args[0].equals("--en") ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN");
        report(System.out, locale);
    }

    /**
     * Prints the report.
     *
     * @param out     where to print
     * @param locale  Vietnamese ({@code vi}) or English
     */
    static void report(PrintStream out, Locale locale) {
        boolean vi = "vi".equals(locale.getLanguage());
        NumberNotation notation = vi ? NumberNotation.VIETNAMESE : NumberNotation.ENGLISH;
        ReportingPeriod year = ReportingPeriod.parse("2017");
        Dataset sonLa = Dataset.builder()
                .add(Observation.builder("TRAINED_FEMALE_WORKERS", "14", year).components(125_525, 688_753)
                        .source("Sở LĐ-TB&XH Sơn La").build())
                .add(Observation.builder("WOMEN_OWNED_ENTERPRISES", "14", year).components(384, 2_539)
                        .value(new BigDecimal("15.1")).source("Sở LĐ-TB&XH Sơn La").build())
                .build();

        out.println(vi ? "Sơn La, năm 2017" : "Sơn La, 2017");
        for (Observation o : sonLa) {
            BigDecimal numerator = o.numerator().orElseThrow();
            BigDecimal denominator = o.denominator().orElseThrow();
            BigDecimal share = Decimals.rate(numerator, denominator, Unit.PERCENT.perMultiplier(), 1);
            String label = switch (o.indicator()) {
                case "TRAINED_FEMALE_WORKERS" -> vi ? "Lao động nữ đã qua đào tạo" : "Trained female workers";
                default -> vi ? "Nữ làm chủ doanh nghiệp" : "Women-owned enterprises";
            };
            out.printf("  %s: %s/%s = %s%%%s%n", label, notation.format(numerator), notation.format(denominator),
                    notation.format(share),
                    o.value().map(v -> (vi ? " (báo cáo: " : " (reported: ") + notation.format(v) + "%)").orElse(""));
        }
    }
}
