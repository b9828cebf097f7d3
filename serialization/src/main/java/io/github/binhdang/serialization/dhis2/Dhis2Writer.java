package io.github.binhdang.serialization.dhis2;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvRecords;
import io.github.binhdang.serialization.json.BinhdangJson;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;

/**
 * Writes a dataset as a DHIS2 data value set, JSON or CSV, through a {@link Dhis2CodeMap}, one
 * observation at a time. What DHIS2 has no slot for (a span or term period, a numerator and denominator,
 * a qualifier, a status, a unit, a source) goes in the comment in the binhdang form, which
 * {@link Dhis2Reader} reads back; a value is always plain digits, never with {@code <} or {@code ~}.
 * An observation a code of which has no DHIS2 identifier in the map is not written, and a
 * {@code dhis2.unmapped} finding names it; a comment longer than DHIS2 keeps
 * ({@value #MAX_COMMENT} characters) is written with a {@code dhis2.lossy} warning.
 *
 * <p>A CSV file written here is opened by people in spreadsheet programs too, so a text cell a spreadsheet
 * would run as a formula (a comment {@code =HYPERLINK(…)} or {@code -5 % so với năm trước}, say) is written
 * with an apostrophe before it, by the rule of the tidy CSV
 * ({@link io.github.binhdang.serialization.csv.DatasetCsvWriter DatasetCsvWriter},
 * <a href="../csv/DatasetCsvWriter.html#formulas">text a spreadsheet would run as a formula</a>), which
 * {@link Dhis2Reader} takes away again; {@code value} is a number, written as it is. DHIS2's own import keeps such an apostrophe as part of the comment, so
 * {@link #withFormulaEscaping(boolean) withFormulaEscaping(false)} writes such text as it is, for a file
 * DHIS2 imports and no person opens. The JSON form is never changed.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class Dhis2Writer {

    /** The longest comment DHIS2 keeps, in characters: {@value} (dhis2-core {@code DataValue.comment}). */
    public static final int MAX_COMMENT = 50_000;

    private final Dhis2CodeMap map;
    private final String dataSet;
    private final boolean escapeFormulas;

    private Dhis2Writer(Dhis2CodeMap map, String dataSet, boolean escapeFormulas) {
        this.map = map;
        this.dataSet = dataSet;
        this.escapeFormulas = escapeFormulas;
    }

    /**
     * Obtains a writer that maps codes through a code map.
     *
     * @param map  the code map, not null
     * @return the writer, not null
     */
    public static Dhis2Writer of(Dhis2CodeMap map) {
        return new Dhis2Writer(Objects.requireNonNull(map, "map"), "", true);
    }

    /**
     * Returns a copy that names the data set in the JSON form's {@code dataSet}.
     *
     * @param uid  the data set's UID, or {@code ""} for none
     * @return the writer, not null
     * @throws io.github.binhdang.core.InvalidValueException if the UID is malformed
     */
    public Dhis2Writer withDataSet(String uid) {
        Objects.requireNonNull(uid, "uid");
        if (!uid.isEmpty() && !Dhis2CodeMap.isUid(uid)) {
            throw new io.github.binhdang.core.InvalidValueException("Dhis2Writer.dataSet", "'" + uid + "'",
                    "is not a DHIS2 UID: 11 characters, a letter then 10 letters or digits");
        }
        return new Dhis2Writer(map, uid, escapeFormulas);
    }

    /**
     * Returns a copy whose CSV form neutralises text a spreadsheet would run as a formula, or not (see the
     * class documentation). It is on by default; switch it off for a file that DHIS2 or another program
     * imports and no person opens in a spreadsheet. Either way {@link Dhis2Reader} reads every text back as
     * it was.
     *
     * @param escape  true to neutralise formula-like text
     * @return the writer, not null
     */
    public Dhis2Writer withFormulaEscaping(boolean escape) {
        return new Dhis2Writer(map, dataSet, escape);
    }

    /** One observation's data value, or why it is not written. */
    private record Row(String dataElement, String period, String orgUnit, String coc, String value, String comment) {
    }

    private Optional<Row> row(Observation o, int index, List<Finding> findings) {
        Optional<String> de = map.dataElement(o.indicator());
        Optional<String> ou = map.orgUnit(o.area());
        Optional<String> coc = map.categoryOptionCombo(o.breakdown());
        if (de.isEmpty() || ou.isEmpty() || coc.isEmpty()) {
            String what = de.isEmpty() ? "indicator " + o.indicator() : ou.isEmpty() ? "area " + o.area()
                    : "breakdown " + o.breakdown();
            String whatVi = de.isEmpty() ? "chỉ tiêu " + o.indicator() : ou.isEmpty() ? "địa bàn " + o.area()
                    : "phân tổ " + o.breakdown();
            String path = de.isEmpty() ? "indicator" : ou.isEmpty() ? "area" : "breakdown";
            findings.add(Dhis2Mapping.finding(Dhis2Problem.UNMAPPED, Severity.ERROR,
                    Location.of(o.key(), path).withIndex(index), "", "observation " + o.key() + " (#" + index + ")",
                    "quan sát " + o.key() + " (#" + index + ")", "is not written: the code map has no DHIS2"
                            + " identifier for the " + what, "không được ghi: bảng đối chiếu mã chưa có mã DHIS2"
                            + " cho " + whatVi));
            return Optional.empty();
        }
        boolean inComment = Dhis2Periods.format(o.period()).isEmpty();
        String comment = Dhis2Comment.format(o, inComment);
        if (comment.length() > MAX_COMMENT) {
            findings.add(Dhis2Mapping.finding(Dhis2Problem.LOSSY, Severity.WARNING,
                    Location.of(o.key(), "note").withIndex(index), "", "observation " + o.key() + " (#" + index + ")",
                    "quan sát " + o.key() + " (#" + index + ")", "has a comment of " + comment.length()
                            + " characters, longer than the " + MAX_COMMENT + " DHIS2 keeps: DHIS2 will refuse it",
                    "có ghi chú dài " + comment.length() + " ký tự, quá " + MAX_COMMENT
                            + " ký tự DHIS2 lưu được: DHIS2 sẽ từ chối"));
        }
        return Optional.of(new Row(de.get(), Dhis2Periods.filed(o.period()), ou.get(), coc.get(),
                o.value().map(v -> v.toPlainString()).orElse(""), comment));
    }

    /**
     * Writes the JSON form: {@code {"dataSet": …, "dataValues": [{"dataElement": …, "period": …,
     * "orgUnit": …, "categoryOptionCombo": …, "attributeOptionCombo": …, "value": "38.89", "comment": …,
     * "followup": false}]}}; {@code value} is left out for an observation with only a numerator and
     * denominator, and {@code comment} when it is empty.
     *
     * @param dataset  the dataset, not null
     * @param out      the writer, not null; flushed, not closed
     * @return the findings of the observations not written or not written whole, not null
     * @throws UncheckedIOException if the writer fails
     */
    public ValidationReport writeJson(Dataset dataset, Writer out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        List<Finding> findings = new ArrayList<>();
        try (JsonGenerator g = BinhdangJson.mapper().writer().without(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .createGenerator(out)) {
            g.writeStartObject();
            if (!dataSet.isEmpty()) {
                g.writeStringProperty("dataSet", dataSet);
            }
            g.writeArrayPropertyStart("dataValues");
            int index = 0;
            for (Observation o : dataset) {
                Optional<Row> row = row(o, index++, findings);
                if (row.isEmpty()) {
                    continue;
                }
                Row r = row.get();
                g.writeStartObject();
                g.writeStringProperty("dataElement", r.dataElement());
                g.writeStringProperty("period", r.period());
                g.writeStringProperty("orgUnit", r.orgUnit());
                g.writeStringProperty("categoryOptionCombo", r.coc());
                g.writeStringProperty("attributeOptionCombo", map.attributeOptionCombo());
                if (!r.value().isEmpty()) {
                    g.writeStringProperty("value", r.value());
                }
                if (!r.comment().isEmpty()) {
                    g.writeStringProperty("comment", r.comment());
                }
                g.writeBooleanProperty("followup", false);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return ValidationReport.of(findings);
    }

    /**
     * Writes the CSV form: a header row {@code dataelement,period,orgunit,categoryoptioncombo,
     * attributeoptioncombo,value,storedby,lastupdated,comment,followup} (DHIS2 skips the first row) and a
     * row per observation, with the module's CSV quoting, formula-like text neutralised unless switched off
     * ({@link #withFormulaEscaping(boolean)}).
     *
     * @param dataset  the dataset, not null
     * @param out      the writer, not null; flushed, not closed
     * @return the findings of the observations not written or not written whole, not null
     * @throws UncheckedIOException if the writer fails
     */
    public ValidationReport writeCsv(Dataset dataset, Writer out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        List<Finding> findings = new ArrayList<>();
        CsvRecords.RowWriter rows = CsvRecords.writer(out, ',', escapeFormulas,
                Dhis2CsvParser.HEADER.indexOf("value"));
        rows.write(Dhis2CsvParser.HEADER.toArray(new String[0]));
        int index = 0;
        for (Observation o : dataset) {
            Optional<Row> row = row(o, index++, findings);
            if (row.isPresent()) {
                Row r = row.get();
                rows.write(r.dataElement(), r.period(), r.orgUnit(), r.coc(), map.attributeOptionCombo(), r.value(),
                        "", "", r.comment(), "false");
            }
        }
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return ValidationReport.of(findings);
    }
}
