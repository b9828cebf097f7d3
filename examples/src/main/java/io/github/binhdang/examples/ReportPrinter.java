package io.github.binhdang.examples;

import io.github.binhdang.cli.chart.Charts;
import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.Qualifier;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.OpenSdgMethod;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.Series;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.DatasetCsvWriter;
import io.github.binhdang.serialization.csv.ScorecardCsvWriter;
import io.github.binhdang.serialization.json.BinhdangJson;
import io.github.binhdang.serialization.json.DatasetJsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The printing and file writing the example programs share: one language chosen at start, numbers in
 * that language's notation, periods and statuses in words, and the dataset and scorecards written as
 * JSON and CSV.
 */
final class ReportPrinter {

    /** Vietnamese, the default language of every example. */
    static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final PrintStream out;
    private final boolean vi;
    private final NumberNotation notation;

    ReportPrinter(PrintStream out, Locale locale) {
        this.out = out;
        this.vi = "vi".equals(locale.getLanguage());
        this.notation = vi ? NumberNotation.VIETNAMESE : NumberNotation.ENGLISH;
    }

    /** The language and output folder a program was started with: {@code --en} and {@code --out DIR}. */
    record Options(Locale locale, Path out) {

        static Options parse(String[] args) {
            Locale locale = VIETNAMESE;
            Path dir = null;
            for (int i = 0; i < args.length; i++) {
                if ("--en".equals(args[i])) {
                    locale = Locale.ENGLISH;
                } else if ("--out".equals(args[i]) && i + 1 < args.length) {
                    dir = Path.of(args[++i]);
                } else {
                    throw new IllegalArgumentException("Unknown argument: " + args[i] + " (use --en and --out DIR)");
                }
            }
            try {
                // Never inside the repository: a fresh folder under the system's temporary directory.
                return new Options(locale, dir != null ? Files.createDirectories(dir)
                        : Files.createTempDirectory("binhdang-"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    boolean isVietnamese() {
        return vi;
    }

    NumberNotation notation() {
        return notation;
    }

    /** Picks the text of the report's language. */
    String t(String vietnamese, String english) {
        return vi ? vietnamese : english;
    }

    String t(BilingualText text) {
        return vi ? text.vi() : text.en();
    }

    void title(String vietnamese, String english) {
        String text = t(vietnamese, english);
        out.println();
        out.println(text);
        out.println("=".repeat(text.length()));
    }

    void section(String vietnamese, String english) {
        out.println();
        out.println(t(vietnamese, english));
    }

    void line(String text) {
        out.println("  " + text);
    }

    String num(BigDecimal value) {
        return notation.format(value);
    }

    String num(long value) {
        return notation.format(BigDecimal.valueOf(value));
    }

    /** A percentage with a space before the sign, as the reports print it: {@code 38,89 %}. */
    String percent(BigDecimal value) {
        return notation.format(value) + " %";
    }

    /** A change in percentage points, signed: {@code +4,61 điểm %}. */
    String points(BigDecimal value) {
        return (value.signum() > 0 ? "+" : "") + notation.format(value) + t(" điểm %", " points");
    }

    /** A value with its qualifier in words before it: {@code hơn 330}, {@code nearly 400}. */
    String qualified(Qualifier qualifier, BigDecimal value) {
        return qualifier.isExact() ? num(value) : t(qualifier.title()) + " " + num(value);
    }

    String qualified(Observation o) {
        return qualified(o.qualifier(), o.value().or(o::numerator).orElseThrow());
    }

    /** A period in words: {@code năm 2017}, {@code 6 tháng đầu năm 2022}, {@code nhiệm kỳ 2016–2021}. */
    String period(ReportingPeriod period) {
        return t(period.title());
    }

    /** A milestone: {@code ít nhất 60 % (năm 2025)}; a yes/no milestone is {@code đạt (năm 2025)}. */
    String milestone(Milestone m) {
        if (m.isYesNo()) {
            return t("đạt", "met") + " (" + period(m.period()) + ")";
        }
        return t(m.comparison().title()) + " " + (isPercent(m) ? percent(m.value()) : num(m.value()))
                + " (" + period(m.period()) + ")";
    }

    private static boolean isPercent(Milestone m) {
        return "%".equals(m.unit().symbol());
    }

    /** Prints the validation's counts and each finding that is not mere information. */
    void validation(ValidationReport report) {
        validation(BilingualText.of("Kiểm tra số liệu", "Validation"), report);
    }

    /** Prints what was validated, the validation's counts and each finding that is not mere information. */
    void validation(BilingualText what, ValidationReport report) {
        line(t(what) + ": " + report.count(Severity.ERROR) + t(" lỗi, ", " errors, ")
                + report.count(Severity.WARNING) + t(" cảnh báo, ", " warnings, ")
                + report.count(Severity.INFO) + t(" thông tin", " notes"));
        Locale locale = vi ? VIETNAMESE : Locale.ENGLISH;
        for (Finding f : report.sorted()) {
            if (f.severity() != Severity.INFO) {
                line("  - " + t(f.severity().title()) + ": " + f.message(locale));
            }
        }
    }

    /**
     * Prints the targets of one or more scorecards of the same strategy and area, one status column per
     * assessment method, in the order given.
     */
    void scorecards(List<Scorecard> cards) {
        scorecards(cards, false);
    }

    /**
     * Prints the targets as {@link #scorecards(List)} does; with {@code figures}, each status is followed
     * by the method's own figures, unrounded: Open SDG's score, ESCAP's current status index and
     * anticipated progress gap.
     */
    void scorecards(List<Scorecard> cards, boolean figures) {
        Scorecard first = cards.get(0);
        StringBuilder head = new StringBuilder(t("Chỉ tiêu | Mốc | Giá trị mới nhất", "Target | Milestone | Latest"));
        for (Scorecard card : cards) {
            head.append(" | ").append(card.method());
        }
        line(head.toString());
        for (ScorecardRow row : first.rows()) {
            StringBuilder text = new StringBuilder(row.target().code()).append(" | ").append(milestone(row.milestone()))
                    .append(" | ").append(row.latestValue()
                            .map(v -> (isPercent(row.milestone()) ? percent(v) : num(v)) + " ("
                                    + period(row.latestPeriod().orElseThrow()) + ")")
                            .orElse(t("không có số liệu", "no data")));
            for (Scorecard card : cards) {
                Assessment a = card.row(row.target().code()).orElseThrow().assessment();
                text.append(" | ").append(t(a.status().title()));
                if (figures) {
                    text.append(figures(a));
                }
            }
            line(text.toString());
        }
    }

    /** " (score 0.658…)" for Open SDG, " (current status 0.555…; gap 0.254…)" for ESCAP, else "". */
    private String figures(Assessment a) {
        List<String> parts = new ArrayList<>();
        if (a.method().equals(OpenSdgMethod.NAME)) {
            a.score().ifPresent(v -> parts.add(t("điểm ", "score ") + num(v)));
        }
        a.currentStatusIndex().ifPresent(v -> parts.add(t("hiện trạng ", "current status ") + num(v)));
        a.progressGap().ifPresent(v -> parts.add(t("khoảng cách dự kiến ", "anticipated gap ") + num(v)));
        return parts.isEmpty() ? "" : " (" + String.join("; ", parts) + ")";
    }

    /**
     * Writes a dataset and its scorecards into a folder as {@code NAME-dataset.json},
     * {@code NAME-dataset.csv}, {@code NAME-scorecard.json} and {@code NAME-scorecard.csv}, and prints
     * where.
     */
    void write(Path dir, String name, Dataset dataset, List<Scorecard> cards) {
        try {
            Files.createDirectories(dir);
            try (DatasetJsonWriter json = DatasetJsonWriter.open(dir.resolve(name + "-dataset.json"))) {
                json.writeAll(dataset);
            }
            DatasetCsvWriter.defaults().write(dataset, dir.resolve(name + "-dataset.csv"));
            Files.writeString(dir.resolve(name + "-scorecard.json"),
                    BinhdangJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(cards),
                    StandardCharsets.UTF_8);
            ScorecardCsvWriter.defaults().write(cards, dir.resolve(name + "-scorecard.csv"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        section("Tệp đã ghi:", "Files written:");
        line(dir.resolve(name + "-dataset.json") + ", " + name + "-dataset.csv, " + name + "-scorecard.json, "
                + name + "-scorecard.csv");
    }

    /**
     * Writes the charts of scorecards beside their files, each as SVG and PNG: {@code NAME-status-METHOD}
     * for each scorecard's targets by status, and {@code NAME-target-CODE} for each target of the first
     * scorecard that has values, its series against its milestones; prints how many.
     */
    void charts(Path dir, String name, Dataset dataset, List<Scorecard> cards) {
        Locale locale = vi ? VIETNAMESE : Locale.ENGLISH;
        int files = 0;
        for (Scorecard card : cards) {
            Charts.writeSvg(Charts.byStatus(card, locale), dir.resolve(name + "-status-" + card.method() + ".svg"));
            Charts.writePng(Charts.byStatus(card, locale), dir.resolve(name + "-status-" + card.method() + ".png"));
            files += 2;
        }
        Scorecard first = cards.get(0);
        for (ScorecardRow row : first.rows()) {
            Series series = Series.of(row.target(), dataset, first.area(), first.breakdown());
            if (!series.isEmpty()) {
                var chart = Charts.series(row, series, locale);
                Charts.writeSvg(chart, dir.resolve(name + "-target-" + row.target().code() + ".svg"));
                Charts.writePng(chart, dir.resolve(name + "-target-" + row.target().code() + ".png"));
                files += 2;
            }
        }
        line(t("Biểu đồ (SVG và PNG): ", "Charts (SVG and PNG): ") + files + t(" tệp, ", " files, ") + name
                + "-status-*.svg, " + name + "-target-*.svg");
    }
}
