package io.github.binhdang.serialization.sdmx;

import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Location;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvRecords;
import io.github.binhdang.serialization.internal.ObservationComment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes a dataset as SDMX-CSV 1.0 or 2.0 through an {@link SdmxStructure}, one observation a row, with
 * codes as ids ({@code labels=id}). Columns: {@code DATAFLOW} (1.0) or {@code STRUCTURE},
 * {@code STRUCTURE_ID}, {@code ACTION} (2.0, action {@code I}); then the structure's dimensions in its
 * order, the time dimension last; then {@code OBS_VALUE}, {@code UNIT_MEASURE}, {@code UNIT_MULT} (always
 * {@code 0}: values are written whole), {@code OBS_STATUS} and {@code COMMENT_OBS}. What SDMX has no
 * column for goes in {@code COMMENT_OBS} in the binhdang form, which {@link SdmxReader} reads back; a value
 * is always plain digits, never with {@code <} or {@code ~}. An observation a code of which has no SDMX
 * code in the structure is not written, and an {@code sdmx.unmapped} finding names it.
 *
 * <p>Files written here are opened by people in spreadsheet programs too, so a text cell a spreadsheet would
 * run as a formula (a note {@code =HYPERLINK(…)} in {@code COMMENT_OBS}, say) is written with an apostrophe
 * before it, by the rule of the tidy CSV ({@link io.github.binhdang.serialization.csv.DatasetCsvWriter
 * DatasetCsvWriter}, <a href="../csv/DatasetCsvWriter.html#formulas">text a spreadsheet would run as a
 * formula</a>), which {@link SdmxReader} takes away again; {@code OBS_VALUE} and {@code UNIT_MULT} are numbers,
 * written as they are. {@link #withFormulaEscaping(boolean) withFormulaEscaping(false)} writes such text as
 * it is, for a program that reads the file and no person opens it.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SdmxWriter {

    private static final Pattern STRUCTURE_ID = Pattern.compile("[A-Za-z0-9_@$\\-.]+:[A-Za-z0-9_@$\\-]+(\\([0-9A-Za-z.+\\-]+\\))?");

    private final SdmxStructure structure;
    private final String dataflow;
    private final SdmxVersion version;
    private final boolean escapeFormulas;

    private SdmxWriter(SdmxStructure structure, String dataflow, SdmxVersion version, boolean escapeFormulas) {
        this.structure = structure;
        this.dataflow = dataflow;
        this.version = version;
        this.escapeFormulas = escapeFormulas;
    }

    /**
     * Obtains a writer of SDMX-CSV 2.0 for a structure and the dataflow the rows belong to.
     *
     * @param structure  the structure, not null
     * @param dataflow   the dataflow as {@code AGENCY:ID(VERSION)}, such as {@code VNM:DF_SDG_VN(1.0)}
     * @return the writer, not null
     * @throws InvalidValueException if the dataflow is not of that form
     */
    public static SdmxWriter of(SdmxStructure structure, String dataflow) {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(dataflow, "dataflow");
        if (!STRUCTURE_ID.matcher(dataflow).matches()) {
            throw new InvalidValueException("SdmxWriter.dataflow", "'" + dataflow + "'",
                    "is not a dataflow reference: write AGENCY:ID(VERSION), such as VNM:DF_SDG_VN(1.0)");
        }
        return new SdmxWriter(structure, dataflow, SdmxVersion.V2_0, true);
    }

    /**
     * Returns a copy that writes another version of SDMX-CSV.
     *
     * @param version  the version, not null
     * @return the writer, not null
     */
    public SdmxWriter withVersion(SdmxVersion version) {
        return new SdmxWriter(structure, dataflow, Objects.requireNonNull(version, "version"), escapeFormulas);
    }

    /**
     * Returns a copy that neutralises text a spreadsheet would run as a formula, or not (see the class
     * documentation). It is on by default; switch it off only for a file that a program reads and no person
     * opens in a spreadsheet. Either way {@link SdmxReader} reads every text back as it was.
     *
     * @param escape  true to neutralise formula-like text
     * @return the writer, not null
     */
    public SdmxWriter withFormulaEscaping(boolean escape) {
        return new SdmxWriter(structure, dataflow, version, escape);
    }

    /**
     * Writes a dataset.
     *
     * @param dataset  the dataset, not null
     * @param out      the writer, not null; flushed, not closed
     * @return the findings of the observations not written, not null
     * @throws UncheckedIOException if the writer fails
     */
    public ValidationReport write(Dataset dataset, Writer out) {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(out, "out");
        List<SdmxStructure.Dimension> dims = new ArrayList<>();
        List<String> header = new ArrayList<>();
        if (version == SdmxVersion.V1_0) {
            header.add("DATAFLOW");
        } else {
            header.addAll(List.of("STRUCTURE", "STRUCTURE_ID", "ACTION"));
        }
        for (String id : structure.dimensionIds()) {
            dims.add(structure.dimension(id));
            header.add(id);
        }
        header.addAll(List.of("OBS_VALUE", "UNIT_MEASURE", "UNIT_MULT", "OBS_STATUS", "COMMENT_OBS"));
        CsvRecords.RowWriter rows = CsvRecords.writer(out, ',', escapeFormulas, header.indexOf("OBS_VALUE"),
                header.indexOf("UNIT_MULT"));
        rows.write(header.toArray(new String[0]));
        List<Finding> findings = new ArrayList<>();
        Map<ReportingPeriod, Boolean> periodInComment = new HashMap<>();
        String[] fields = new String[header.size()];
        int index = 0;
        for (Observation o : dataset) {
            int at = 0;
            if (version == SdmxVersion.V1_0) {
                fields[at++] = dataflow;
            } else {
                fields[at++] = "dataflow";
                fields[at++] = dataflow;
                fields[at++] = "I";
            }
            @Nullable String unmapped = null;
            for (SdmxStructure.Dimension d : dims) {
                String code = switch (d.role()) {
                    case INDICATOR -> structure.seriesCode(o.indicator()).orElse(null);
                    case AREA -> structure.areaCode(o.area()).orElse(null);
                    case TIME -> SdmxPeriods.format(o.period());
                    case FIXED -> d.fixed();
                    case BREAKDOWN -> breakdownCode(d, o);
                };
                if (code == null) {
                    unmapped = d.id();
                    break;
                }
                fields[at++] = code;
            }
            if (unmapped == null) {
                unmapped = unknownDimension(o);
            }
            if (unmapped != null) {
                findings.add(unmappedFinding(o, index, unmapped));
                index++;
                continue;
            }
            boolean inComment = periodInComment.computeIfAbsent(o.period(), SdmxWriter::needsComment);
            Optional<String> unitCode = o.unit().flatMap(structure::unitCode);
            String status = switch (o.status()) {
                case FINAL -> "A";
                case PROVISIONAL -> "P";
                case ESTIMATED -> "E";
                case NOT_GIVEN -> "";
            };
            fields[at++] = o.value().map(v -> v.toPlainString()).orElse("");
            fields[at++] = unitCode.orElse("");
            fields[at++] = "0";
            fields[at++] = status;
            fields[at] = ObservationComment.format(o, inComment,
                    new ObservationComment.Parts(o.status() != ObservationStatus.NOT_GIVEN, unitCode.isPresent()));
            rows.write(fields);
            index++;
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ValidationReport.of(findings);
    }

    private static boolean needsComment(ReportingPeriod period) {
        try {
            return !SdmxPeriods.parse(SdmxPeriods.format(period)).equals(period);
        } catch (InvalidValueException e) {
            return true;
        }
    }

    private static @Nullable String breakdownCode(SdmxStructure.Dimension d, Observation o) {
        Optional<String> category = o.breakdown().category(Objects.requireNonNull(d.breakdown()));
        if (category.isEmpty()) {
            return SdmxStructure.TOTAL;
        }
        String c = category.get();
        if (!d.codes().isEmpty() && !d.categories().containsKey(c)) {
            return null;
        }
        return d.code(c);
    }

    /** A breakdown dimension of the observation that the structure has no column for, or null. */
    private @Nullable String unknownDimension(Observation o) {
        for (String dim : o.breakdown().categories().keySet()) {
            boolean known = false;
            for (SdmxStructure.Dimension d : structure.dimensions()) {
                if (d.breakdown() != null && d.breakdown().code().equals(dim)) {
                    known = true;
                    break;
                }
            }
            if (!known) {
                return dim;
            }
        }
        return null;
    }

    private static Finding unmappedFinding(Observation o, int index, String what) {
        String detail = "is not written: the structure has no SDMX code for it in " + what;
        String detailVi = "không được ghi: cấu trúc chưa có mã SDMX tương ứng ở " + what;
        Map<String, Object> arguments = Map.of("where", "observation " + o.key() + " (#" + index + ")",
                "whereVi", "quan sát " + o.key() + " (#" + index + ")", "detail", detail, "detailVi", detailVi);
        return new Finding(SdmxProblem.UNMAPPED.code(), Severity.ERROR, Location.of(o.key(), what).withIndex(index),
                "", detail, arguments, io.github.binhdang.core.BilingualText.of("{whereVi}: {detailVi}",
                        "{where}: {detail}"));
    }
}
