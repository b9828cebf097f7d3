package io.github.binhdang.serialization.internal;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvProblem;
import io.github.binhdang.serialization.csv.CsvRecords;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the readers of the CSV-shaped exchange formats (SDMX-CSV, Open SDG) share: the reading loop over
 * the module's tokenizer ({@link CsvRecords}), which counts the rows after the header, counts the rows
 * after a header that cannot be used and reports them in one finding, and puts the format's findings and
 * the text's own in line order; and the finding of a row whose key an earlier row has. One home for both,
 * so that the two formats say the same things the same way.
 *
 * @implSpec This class is stateless and thread-safe.
 */
public final class ExchangeCsv {

    private ExchangeCsv() {
    }

    /** A format's rows. */
    public interface Table {
        /**
         * Takes the header, the first row with a field that is not blank.
         *
         * @param line   the line it begins on, from 1
         * @param names  its fields, not null
         * @return whether the rows after it can be read; when not, the format has said why
         */
        boolean header(int line, List<String> names);

        /**
         * Takes a row after a header that can be used.
         *
         * @param line    the line it begins on, from 1
         * @param record  its record: the rows after the header before it, from 0, those the format reported
         *                and left out too (a row spanning lines is one), for
         *                {@link Dataset.Row#at(int, int, int)}
         * @param fields  its fields, valid only during the call, not null
         */
        void row(int line, int record, CsvRecords.Fields fields);
    }

    /**
     * What reading gives besides the format's dataset.
     *
     * @param rows      how many rows the text has after its header, 0 or more
     * @param findings  the format's findings, the unread rows' and the text's, in line order, not null
     */
    public record Read(int rows, List<Finding> findings) {

        /**
         * Copies the findings.
         *
         * @param rows      the rows
         * @param findings  the findings, not null
         */
        public Read {
            findings = List.copyOf(findings);
        }
    }

    /**
     * Reads every row of a text: the header and the rows after it to the table, counting them. When the
     * table cannot use the header, the rows after it are counted and not handed over, and one finding of
     * {@code headerCode} at the header's line says how many were not read.
     *
     * @param text        the text, not null; not closed
     * @param separator   the separator, or {@code '\0'} to find it from the first line
     * @param file        the file's name for the findings, or {@code ""}
     * @param headerCode  the format's code of a header that cannot be used, such as {@code sdmx.header}
     * @param findings    the format's own findings, which the table adds to while reading, not null
     * @param table       the format's rows, not null
     * @return the rows and every finding, not null
     * @throws UncheckedIOException if the text cannot be read
     */
    public static Read read(Reader text, char separator, String file, String headerCode, List<Finding> findings,
            Table table) {
        Rows rows = new Rows(table);
        ValidationReport syntax = CsvRecords.read(text, separator, file, rows);
        List<Finding> all = new ArrayList<>(findings.size() + syntax.size() + 1);
        all.addAll(findings);
        if (!rows.usable && rows.unread > 0) {
            all.add(CellFindings.of(headerCode, Severity.ERROR, file, rows.headerLine, "", 0, "",
                    rows.unread + " rows after the header are not read: the header has to be fixed first",
                    rows.unread + " dòng sau dòng tiêu đề không được đọc: cần sửa dòng tiêu đề trước"));
        }
        all.addAll(syntax.findings());
        all.sort(Comparator.comparingInt(f -> f.location().line().orElse(Integer.MAX_VALUE)));
        return new Read(rows.rows, all);
    }

    /**
     * Makes the finding of a row whose key an earlier row has, naming the key and the earlier row's line:
     * {@code line 9: has the key W_ENT/14/2017/_T of line 4}.
     *
     * @param code       the format's code, such as {@code sdmx.duplicate}
     * @param file       the file's name, or {@code ""}
     * @param line       the row's line, from 1
     * @param builder    the dataset being built, which knows the earlier row's line, not null
     * @param first      the index in the builder of the earlier row with the key
     * @param indicator  the key's indicator, not null
     * @param area       the key's area, not null
     * @param period     the key's period, not null
     * @param breakdown  the key's breakdown, not null
     * @return the finding, not null
     */
    public static Finding duplicate(String code, String file, int line, Dataset.Builder builder, int first,
            String indicator, String area, ReportingPeriod period, Breakdown breakdown) {
        String at = builder.position(first).map(p -> String.valueOf(p.line())).orElse("?");
        String key = indicator + "/" + area + "/" + period + "/" + breakdown;
        return CellFindings.of(code, Severity.ERROR, file, line, "", 0, "", "has the key " + key + " of line " + at,
                "trùng khóa " + key + " với dòng " + at);
    }

    /**
     * Returns a reader of UTF-8 bytes that fails on bytes that are not UTF-8, rather than replacing them with
     * U+FFFD unseen; {@link #isNotUtf8(RuntimeException)} tells the failure from another.
     *
     * @param in  the bytes, not null
     * @return the reader, buffered, not null
     */
    public static Reader utf8(InputStream in) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(in, decoder));
    }

    /**
     * Tells whether reading failed on bytes that are not UTF-8.
     *
     * @param e  what reading threw, not null
     * @return true if it is an {@link UncheckedIOException} of bytes that are not UTF-8
     */
    public static boolean isNotUtf8(RuntimeException e) {
        return e instanceof UncheckedIOException && e.getCause() instanceof CharacterCodingException;
    }

    /**
     * Makes the one finding of a file that is not UTF-8 (saved as "Unicode text", or in a Vietnamese code page
     * such as Windows-1258), which is not read: {@code csv.encoding}, naming the file and what to do, as
     * {@link io.github.binhdang.serialization.csv.DatasetCsvReader DatasetCsvReader} says of a file in an
     * encoding it does not read.
     *
     * @param file  the file's name, or {@code ""}
     * @return the finding, not null
     */
    public static Finding notUtf8(String file) {
        return CellFindings.of(CsvProblem.Kind.ENCODING.code(), Severity.ERROR, file, 1, "", 0, "",
                "the file is not UTF-8 text, which is not read: save it as \"CSV UTF-8\" and read it again",
                "tệp không phải văn bản mã UTF-8 nên không được đọc: hãy lưu lại tệp dưới dạng \"CSV UTF-8\" rồi đọc"
                        + " lại");
    }

    /** The tokenizer's rows, counted, handed to the table while its header can be used. */
    private static final class Rows implements CsvRecords.Handler {
        private final Table table;
        private boolean usable;
        private int rows;
        private int unread;
        private int headerLine;

        Rows(Table table) {
            this.table = table;
        }

        @Override
        public boolean header(int line, List<String> names) {
            headerLine = line;
            usable = table.header(line, names);
            return true;
        }

        @Override
        public void row(int line, CsvRecords.Fields fields) {
            int record = rows++;
            if (!usable) {
                unread++;
                return;
            }
            table.row(line, record, fields);
        }
    }
}
