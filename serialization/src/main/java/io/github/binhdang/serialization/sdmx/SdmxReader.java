package io.github.binhdang.serialization.sdmx;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.SourceFile;
import io.github.binhdang.core.unit.Unit;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.internal.ExchangeCsv;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads SDMX-CSV 1.0 and 2.0 into a dataset through an {@link SdmxStructure}, streaming: one row at a
 * time, never the whole file in memory besides the dataset itself. The version is told by the header's
 * first column; the separator by the first line (comma or semicolon). Every row ends as an observation
 * or as a finding located by file, line, column and value; reading never stops at a bad row. See the
 * {@linkplain io.github.binhdang.serialization.sdmx package documentation} for the columns, the comment
 * and the findings.
 *
 * <pre>
 * SdmxReadResult read = SdmxReader.of(SdmxStructure.sdg()).withFileName("vn-sdg5.csv").read(reader);
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class SdmxReader {

    private final SdmxStructure structure;
    private final List<Unit> units;
    private final String file;

    private SdmxReader(SdmxStructure structure, List<Unit> units, String file) {
        this.structure = structure;
        this.units = units;
        this.file = file;
    }

    /**
     * Obtains a reader for a structure.
     *
     * @param structure  the structure, not null
     * @return the reader, not null
     */
    public static SdmxReader of(SdmxStructure structure) {
        return new SdmxReader(Objects.requireNonNull(structure, "structure"), List.of(), "");
    }

    /**
     * Returns a copy that also knows the application's own units, named by code in {@code COMMENT_OBS}.
     *
     * @param units  the units, not null
     * @return the reader, not null
     */
    public SdmxReader withUnits(List<Unit> units) {
        return new SdmxReader(structure, List.copyOf(units), file);
    }

    /**
     * Returns a copy whose findings and dataset name the file read.
     *
     * @param name  the file's name, or {@code ""} for none
     * @return the reader, not null
     */
    public SdmxReader withFileName(String name) {
        return new SdmxReader(structure, units, Objects.requireNonNull(name, "name"));
    }

    /**
     * Reads SDMX-CSV text.
     *
     * @param text  the text, not null; not closed
     * @return the dataset and findings, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public SdmxReadResult read(Reader text) {
        Objects.requireNonNull(text, "text");
        return new SdmxCsvParser(structure, units, file).read(text);
    }

    /**
     * Reads SDMX-CSV from UTF-8 bytes. Bytes that are not UTF-8 (a file saved as "Unicode text", or in a
     * Vietnamese code page) are not read: the result has no row and one {@code csv.encoding} finding naming
     * the file and what to do.
     *
     * @param in  the bytes, not null; not closed
     * @return the dataset and findings, not null
     * @throws UncheckedIOException if the bytes cannot be read
     */
    public SdmxReadResult read(InputStream in) {
        try {
            return read(ExchangeCsv.utf8(Objects.requireNonNull(in, "in")));
        } catch (UncheckedIOException e) {
            if (ExchangeCsv.isNotUtf8(e)) {
                Dataset.Builder empty = Dataset.builder(0);
                if (!file.isEmpty()) {
                    empty.source(SourceFile.of(file));
                }
                return SdmxReadResult.ofNoVersion(empty.build(), 0, ValidationReport.of(List.of(
                        ExchangeCsv.notUtf8(file))));
            }
            throw e;
        }
    }
}
