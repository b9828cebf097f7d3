package io.github.binhdang.serialization.opensdg;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.indicator.Direction;
import io.github.binhdang.core.period.YearPeriod;
import io.github.binhdang.core.progress.OpenSdgMethod;
import io.github.binhdang.core.strategy.Comparison;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.strategy.Target;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvRecords;
import io.github.binhdang.serialization.internal.ObservationComment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes a dataset as Open SDG data, one {@code indicator_<id with dashes>.csv} per Open SDG indicator
 * ({@code indicator_5-5-1.csv} for {@code 5.5.1}), and each indicator's {@code progress_calculation_options}
 * for its metadata from the strategy's targets. Columns: {@code Year}; {@code Series}, {@code Units},
 * {@code GeoCode} when any row has one; a column per breakdown dimension, empty for the total, so that the
 * total is the headline; {@code COMMENT_OBS} when any row needs it; {@code Value} last. What Open SDG has no
 * column for goes in {@code COMMENT_OBS} in the binhdang form, which {@link OpenSdgReader} reads back; a
 * value is always plain digits, never with {@code <} or {@code ~}.
 *
 * <p>Files written here are opened by people in spreadsheet programs too, so a text cell a spreadsheet would
 * run as a formula (a note {@code =HYPERLINK(…)} in {@code COMMENT_OBS}, a label beginning with {@code -})
 * is written with an apostrophe before it, by the rule of the tidy CSV
 * ({@link io.github.binhdang.serialization.csv.DatasetCsvWriter DatasetCsvWriter},
 * <a href="../csv/DatasetCsvWriter.html#formulas">text a spreadsheet would run as a formula</a>), which
 * {@link OpenSdgReader} takes away again; {@code Year} and {@code Value} are numbers, written as they are.
 * {@link #withFormulaEscaping(boolean) withFormulaEscaping(false)} writes such text as it is, for a program
 * that reads the files (sdg-build) and no person opens them.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class OpenSdgWriter {

    private final OpenSdgMapping mapping;
    private final boolean escapeFormulas;

    private OpenSdgWriter(OpenSdgMapping mapping, boolean escapeFormulas) {
        this.mapping = mapping;
        this.escapeFormulas = escapeFormulas;
    }

    /**
     * Obtains a writer for a mapping.
     *
     * @param mapping  the mapping, not null
     * @return the writer, not null
     */
    public static OpenSdgWriter of(OpenSdgMapping mapping) {
        return new OpenSdgWriter(Objects.requireNonNull(mapping, "mapping"), true);
    }

    /**
     * Returns a copy that neutralises text a spreadsheet would run as a formula, or not (see the class
     * documentation). It is on by default; switch it off only for files that a program reads and no person
     * opens in a spreadsheet. Either way {@link OpenSdgReader} reads every text back as it was.
     *
     * @param escape  true to neutralise formula-like text
     * @return the writer, not null
     */
    public OpenSdgWriter withFormulaEscaping(boolean escape) {
        return new OpenSdgWriter(mapping, escape);
    }

    /**
     * Returns the name of an indicator's data file: {@code indicator_5-5-1.csv} for {@code 5.5.1}.
     *
     * @param id  the Open SDG indicator id, not null
     * @return the name, not null
     */
    public static String fileName(String id) {
        return "indicator_" + id.replace('.', '-') + ".csv";
    }

    /**
     * Returns the Open SDG indicator ids the observations of a dataset belong to, in the order first seen.
     *
     * @param dataset  the dataset, not null
     * @return the ids, not null
     */
    public List<String> ids(Dataset dataset) {
        Set<String> ids = new LinkedHashSet<>();
        for (String indicator : dataset.indicators()) {
            ids.add(mapping.idOf(indicator)[0]);
        }
        return List.copyOf(ids);
    }

    /**
     * Writes the data file of one Open SDG indicator: the observations whose indicator maps to its id.
     *
     * @param dataset  the dataset, not null
     * @param id       the Open SDG indicator id, such as {@code 5.5.1}, not null
     * @param out      the writer, not null; flushed, not closed
     * @return the findings of the observations not written, not null
     * @throws UncheckedIOException if the writer fails
     */
    public ValidationReport write(Dataset dataset, String id, Writer out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(out, "out");
        List<Observation> rows = new ArrayList<>();
        boolean series = false;
        boolean units = false;
        boolean geo = false;
        boolean comments = false;
        TreeSet<String> dimensions = new TreeSet<>();
        String home = mapping.defaultArea().orElse(null);
        for (Observation o : dataset) {
            String[] of = mapping.idOf(o.indicator());
            if (!of[0].equals(id)) {
                continue;
            }
            rows.add(o);
            series |= !of[1].isEmpty();
            units |= o.unit().isPresent();
            geo |= !o.area().equals(home);
            comments |= !comment(o).isEmpty();
            dimensions.addAll(o.breakdown().categories().keySet());
        }
        List<String> header = new ArrayList<>();
        header.add("Year");
        if (series) {
            header.add("Series");
        }
        if (units) {
            header.add("Units");
        }
        if (geo) {
            header.add("GeoCode");
        }
        List<OpenSdgMapping.Column> columns = new ArrayList<>();
        for (String d : dimensions) {
            OpenSdgMapping.Column c = mapping.columnOf(d);
            columns.add(c);
            header.add(c.name());
        }
        if (comments) {
            header.add("COMMENT_OBS");
        }
        header.add("Value");
        CsvRecords.RowWriter writer = CsvRecords.writer(out, ',', escapeFormulas, 0, header.size() - 1);
        writer.write(header.toArray(new String[0]));
        List<Finding> findings = new ArrayList<>();
        String[] fields = new String[header.size()];
        int index = 0;
        rows:
        for (Observation o : rows) {
            int at = 0;
            fields[at++] = String.valueOf(o.period().startYear());
            if (series) {
                fields[at++] = mapping.idOf(o.indicator())[1];
            }
            if (units) {
                fields[at++] = o.unit().map(mapping::unitLabel).orElse("");
            }
            if (geo) {
                fields[at++] = o.area().equals(home) ? "" : mapping.geoCode(o.area());
            }
            for (OpenSdgMapping.Column c : columns) {
                String category = o.breakdown().category(c.dimension()).orElse("");
                String v = category.isEmpty() || c.toValue().isEmpty() ? category : c.toValue().get(category);
                if (v == null) {
                    findings.add(finding(OpenSdgProblem.CODE, o, index, c.name(), "is not written: the mapping has no"
                            + " value of column " + c.name() + " for the category " + category, "không được ghi: bảng"
                            + " đối chiếu chưa có giá trị của cột " + c.name() + " cho nhóm " + category));
                    index++;
                    continue rows;
                }
                fields[at++] = v;
            }
            if (comments) {
                fields[at++] = comment(o);
            }
            fields[at] = o.value().map(BigDecimal::toPlainString).orElse("");
            writer.write(fields);
            index++;
        }
        flush(out);
        return ValidationReport.of(findings);
    }

    private static String comment(Observation o) {
        // The unit has the Units column; the status, qualifier, components, source and note have none.
        return ObservationComment.format(o, !(o.period() instanceof YearPeriod), new ObservationComment.Parts(false, true));
    }

    /**
     * Writes the metadata fields of one Open SDG indicator that drive its progress measure, from the
     * targets whose indicator maps to its id: {@code auto_progress_calculation} and a
     * {@code progress_calculation_options} item per target (Open SDG documentation, "Indicator
     * configuration", {@code progress_calculation_options}: {@code series}, {@code direction},
     * {@code base_year}, {@code target_year}, {@code target}). Each item has the target's last milestone:
     * its year and value, and the direction of {@link OpenSdgMethod#direction(Milestone, BigDecimal)}
     * ({@code positive} for +1, {@code negative} for −1; for "about" and "equal" from the baseline, or
     * without one from the indicator's direction); the base year is the baseline's first year. For
     * example a share of women of at least 35 % by 2025 from 26.7 % in 2020:
     * <pre>
     * auto_progress_calculation: true
     * progress_calculation_options:
     * - direction: positive
     *   base_year: 2020
     *   target_year: 2025
     *   target: 35
     * </pre>
     * A target with a yes/no milestone, or an "about" target with neither a baseline nor a rising or
     * falling indicator, is left out with an {@code opensdg.target} warning.
     *
     * @param id       the Open SDG indicator id, not null
     * @param targets  the targets, not null
     * @param out      the writer, not null; flushed, not closed
     * @return the findings of the targets left out, not null
     * @throws UncheckedIOException if the writer fails
     */
    public ValidationReport writeMetadata(String id, List<Target> targets, Writer out) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(out, "out");
        List<Finding> findings = new ArrayList<>();
        StringBuilder items = new StringBuilder();
        for (Target t : targets) {
            String[] of = mapping.idOf(t.indicator().code());
            if (!of[0].equals(id) || t.milestones().isEmpty()) {
                continue;
            }
            Milestone m = t.milestones().stream().max(Comparator.comparingInt(Milestone::year)).orElseThrow();
            if (m.isYesNo()) {
                findings.add(targetFinding(t, "is left out: a yes/no milestone has no value to grow towards",
                        "bị bỏ qua: mốc có/không không có giá trị để tiến tới"));
                continue;
            }
            BigDecimal base = t.baseline().map(b -> b.value()).orElse(null);
            int d;
            if (base != null || (m.comparison() != Comparison.ABOUT && m.comparison() != Comparison.EQUAL)) {
                d = OpenSdgMethod.direction(m, base != null ? base : m.value());
            } else if (t.indicator().direction().kind() != Direction.Kind.TOWARDS) {
                d = t.indicator().direction().kind() == Direction.Kind.INCREASE ? 1 : -1;
            } else {
                findings.add(targetFinding(t, "is left out: an \"about\" target with no baseline has no direction",
                        "bị bỏ qua: chỉ tiêu “khoảng” không có giá trị cơ sở thì không có hướng"));
                continue;
            }
            items.append("- ");
            if (!of[1].isEmpty()) {
                items.append("series: ").append(quote(of[1])).append("\n  ");
            }
            items.append("direction: ").append(d > 0 ? "positive" : "negative").append('\n');
            t.baseline().ifPresent(b -> items.append("  base_year: ").append(b.period().startYear()).append('\n'));
            items.append("  target_year: ").append(m.year()).append('\n');
            items.append("  target: ").append(m.value().toPlainString()).append('\n');
        }
        try {
            if (items.length() == 0) {
                out.write("auto_progress_calculation: false\n");
            } else {
                out.write("auto_progress_calculation: true\nprogress_calculation_options:\n");
                out.write(items.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        flush(out);
        return ValidationReport.of(findings);
    }

    /**
     * Writes every indicator of a dataset to a folder, as {@code indicator_<id>.csv}, and for each that
     * has targets its metadata's progress fields as {@code meta/<id>.yml} (ids with dashes).
     *
     * @param dataset  the dataset, not null
     * @param targets  the targets, not null
     * @param folder   the folder, created if need be, not null
     * @return the findings of what was not written, not null
     * @throws UncheckedIOException if a file cannot be written
     */
    public ValidationReport writeAll(Dataset dataset, List<Target> targets, Path folder) {
        List<Finding> findings = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (String id : ids(dataset)) {
                try (Writer out = Files.newBufferedWriter(folder.resolve(fileName(id)), StandardCharsets.UTF_8)) {
                    findings.addAll(write(dataset, id, out).findings());
                }
                boolean any = targets.stream().anyMatch(t -> mapping.idOf(t.indicator().code())[0].equals(id));
                if (any) {
                    Path meta = folder.resolve("meta");
                    Files.createDirectories(meta);
                    try (Writer out = Files.newBufferedWriter(meta.resolve(id.replace('.', '-') + ".yml"),
                            StandardCharsets.UTF_8)) {
                        findings.addAll(writeMetadata(id, targets, out).findings());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ValidationReport.of(findings);
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void flush(Writer out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Finding finding(OpenSdgProblem kind, Observation o, int index, String what, String detail,
            String detailVi) {
        Map<String, Object> arguments = Map.of("where", "observation " + o.key() + " (#" + index + ")",
                "whereVi", "quan sát " + o.key() + " (#" + index + ")", "detail", detail, "detailVi", detailVi);
        return new Finding(kind.code(), Severity.ERROR, Location.of(o.key(), what).withIndex(index), "", detail,
                arguments, BilingualText.of("{whereVi}: {detailVi}", "{where}: {detail}"));
    }

    private static Finding targetFinding(Target t, String detail, String detailVi) {
        Map<String, Object> arguments = Map.of("where", "target " + t.code(), "whereVi", "chỉ tiêu " + t.code(),
                "detail", detail, "detailVi", detailVi);
        return new Finding(OpenSdgProblem.TARGET.code(), Severity.WARNING,
                Location.of("target " + t.code(), "milestones").withIndicator(t.indicator().code()), "", detail,
                arguments, BilingualText.of("{whereVi}: {detailVi}", "{where}: {detail}"));
    }
}
