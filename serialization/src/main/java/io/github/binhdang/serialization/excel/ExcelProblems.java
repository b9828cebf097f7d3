package io.github.binhdang.serialization.excel;

import io.github.binhdang.core.Excerpt;
import io.github.binhdang.core.data.SourcePosition;
import io.github.binhdang.core.message.Bundle;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a workbook gets of its own, beside the table's ({@code csv.*}): a file that is no
 * workbook to read, a sheet that is not there, formulas read by their values, cells outside the table.
 * Their messages are in this package's bundles, {@code messages.properties} and
 * {@code messages_vi.properties}.
 */
final class ExcelProblems {

    /** At most this many formula cells get a finding each; the others are summed up in one. */
    static final int FORMULA_NOTES = 100;

    private static final class Holder {
        static final Bundle MESSAGES = Bundle.load(ExcelProblems.class, "messages.properties",
                "messages_vi.properties", "binhdang.");
    }

    private final String file;
    private final String shown;
    private final List<Finding> findings = new ArrayList<>();
    private int formulas;
    private String firstUnnoted = "";
    private String lastUnnoted = "";

    ExcelProblems(String file) {
        this.file = file;
        this.shown = file.isEmpty() ? "the workbook" : file;
    }

    List<Finding> findings() {
        return findings;
    }

    private void add(String code, Severity severity, Location location, String value, Map<String, Object> arguments) {
        Map<String, Object> all = new HashMap<>(arguments);
        all.put("file", shown);
        Location at = file.isEmpty() ? location : location.withFile(file);
        String rule = Bundle.format(Holder.MESSAGES.template(code), all).en();
        findings.add(new Finding(code, severity, at, value, rule, all, Holder.MESSAGES.template(code)));
    }

    private void fileProblem(String code, Map<String, Object> arguments) {
        add(code, Severity.ERROR, Location.of(shown, ""), "", arguments);
    }

    // The file

    void legacy() {
        fileProblem("excel.legacy", Map.of());
    }

    void encrypted() {
        fileProblem("excel.encrypted", Map.of());
    }

    void corrupt(String detail) {
        fileProblem("excel.corrupt", Map.of("detail", Excerpt.of(detail)));
    }

    void text() {
        fileProblem("excel.text", Map.of());
    }

    void noSheet(String sheet, List<String> sheets) {
        fileProblem("excel.sheet", Map.of("sheet", Excerpt.of(sheet), "sheets", Excerpt.of(String.join(", ", sheets))));
    }

    void damaged(String sheet, int row, String detail) {
        add("excel.damaged", Severity.ERROR, cell(sheet, row, 1, ""), "", Map.of("sheet", sheet,
                "row", Integer.toString(row), "detail", Excerpt.of(detail)));
    }

    /** A sheet refused whole: a cell reference in it is no cell of a sheet (FastExcel would not stop). */
    void reference(String sheet, int row, String reference) {
        Location at = Location.of(SourcePosition.cellReference(sheet, 1, 1).replaceFirst("!A1$", ""), "")
                .withSheet(sheet).withWritten(reference);
        if (row > 0) {
            at = at.withPosition(row, 1);
        }
        add("excel.reference", Severity.ERROR, at, Excerpt.of(reference), Map.of("sheet", sheet, "reference",
                Excerpt.of(reference), "row", row > 0 ? Integer.toString(row) : "?"));
    }

    // Cells

    private static Location cell(String sheet, int row, int column, String path) {
        return Location.of(SourcePosition.cellReference(sheet, row, column), path).withPosition(row, column)
                .withSheet(sheet);
    }

    /** A formula cell read by its cached value, or one without a value. */
    void formula(String sheet, int row, int column, String header, String formula, String value) {
        String ref = SourcePosition.cellReference(sheet, row, column);
        if (formulas++ >= FORMULA_NOTES) {
            if (firstUnnoted.isEmpty()) {
                firstUnnoted = ref;
            }
            lastUnnoted = ref;
            return;
        }
        Location at = cell(sheet, row, column, "");
        if (!header.isBlank()) {
            at = at.withHeader(header);
        }
        at = at.withWritten("=" + formula);
        boolean calculated = !value.isEmpty();
        add(calculated ? "excel.formula" : "excel.uncalculated", calculated ? Severity.INFO : Severity.WARNING, at,
                value, Map.of("cell", ref, "formula", Excerpt.of(formula), "value", Excerpt.of(value)));
    }

    /** The formula cells past the ones noted, summed up in one finding at the last of them. */
    void formulasUnnoted(String sheet) {
        if (formulas <= FORMULA_NOTES) {
            return;
        }
        add("excel.formulas", Severity.INFO, Location.of(lastUnnoted, "").withSheet(sheet), "", Map.of("count",
                Integer.toString(formulas - FORMULA_NOTES), "sheet", sheet, "first", firstUnnoted, "last", lastUnnoted));
    }

    /** A cell holding text in a column with no header; said once a column. */
    void outsideTable(String sheet, int row, int column, String value) {
        String ref = SourcePosition.cellReference(sheet, row, column);
        add("excel.cell", Severity.WARNING, cell(sheet, row, column, "").withWritten(value), Excerpt.of(value),
                Map.of("cell", ref, "value", Excerpt.of(value)));
    }

    /** A header cell merged across columns: the header of the first of them. */
    void mergedHeader(String sheet, int row, int column, String header, String range) {
        String ref = SourcePosition.cellReference(sheet, row, column);
        add("excel.merged", Severity.INFO, cell(sheet, row, column, "").withWritten(header), Excerpt.of(header),
                Map.of("cell", ref, "value", Excerpt.of(header), "range", range, "column",
                        SheetCheck.reference(1, column).replace("1", "")));
    }

    /** A cell of a header row hidden under a merged range that still holds a text, not read. */
    void hidden(String sheet, int row, int column, String value, String range, String first) {
        String ref = SourcePosition.cellReference(sheet, row, column);
        add("excel.hidden", Severity.WARNING, cell(sheet, row, column, "").withWritten(value), Excerpt.of(value),
                Map.of("cell", ref, "value", Excerpt.of(value), "range", range, "first", first));
    }

    /** A row above the header taken as a title. */
    void title(String sheet, int row, String value) {
        add("excel.title", Severity.INFO, cell(sheet, row, 1, ""), Excerpt.of(value), Map.of("row",
                Integer.toString(row), "value", Excerpt.of(value)));
    }
}
