package io.github.binhdang.serialization.excel;

import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.unit.NumberNotation;
import io.github.binhdang.core.validation.Finding;
import io.github.binhdang.core.validation.ValidationReport;
import io.github.binhdang.serialization.csv.CsvReadResult;
import io.github.binhdang.serialization.csv.DatasetCsvReader;
import io.github.binhdang.serialization.csv.TableRows;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sheet of an Excel workbook ({@code .xlsx}) of observations, one row per observation, into a
 * dataset and findings, by the columns, header names (English or Vietnamese: {@code Mã chỉ tiêu; Mã địa
 * bàn; Kỳ báo cáo; Giá trị}) and cell forms of {@link DatasetCsvReader}, whose settings it takes
 * ({@link #withTable(DatasetCsvReader)}): notation, units, header aliases, limits. Every row after the
 * header becomes an observation or a finding located at its cell, {@code Data!E7}; reading never stops at
 * a bad row.
 *
 * <pre>
 * ExcelReadResult result = ExcelReader.defaults().withSheet("Số liệu").read(Path.of("son-la-2017.xlsx"));
 * result.dataset();   // the good rows
 * result.report();    // a finding for each bad one, at its cell
 * </pre>
 *
 * <p>What a cell gives:
 * <ul>
 *   <li>A number cell is read as the sheet shows it: the shortest decimal that reads back to the double the
 *       cell stores ({@code 38.89}, never {@code 38.8900000000000005684…}), with the decimals its number format
 *       fixes ({@code 0.00} shows {@code 15.10}); a percent format shows the number times 100 (a cell of
 *       {@code 0.3889} shown {@code 38.89%} is read 38.89).</li>
 *   <li>A text cell is read as a CSV field is: {@code 38,89} and {@code gần 400} in Vietnamese notation
 *       ({@code withTable(DatasetCsvReader.defaults().withNotation(NumberNotation.VIETNAMESE))}).</li>
 *   <li>A date cell is its ISO date ({@code 2022-09-30}), its year in a format of only a year, its month
 *       ({@code 2022-09}) in a format of a year and a month.</li>
 *   <li>A formula cell is read by its value as last calculated, and gets an {@code excel.formula} finding at
 *       {@code INFO} naming the formula: a finding rather than the observation's note, because the note is
 *       the reporter's own text, kept unchanged, and a formula is a fact about the sheet, not the figure
 *       (the first {@value ExcelProblems#FORMULA_NOTES} formula cells each, the rest in one finding). A
 *       formula with no calculated value is an {@code excel.uncalculated} warning, and its row has no
 *       number.</li>
 * </ul>
 *
 * <p>The sheet: blank rows are skipped wherever they are; rows above the header that name no column are a
 * title ({@code excel.title}, information), a title merged across the table included. The header is the first
 * row with a cell that names a column; a blank header cell names no column. A merged header cell (a range of
 * the sheet's {@code <mergeCells>}) is the header of the first column of its range, which an
 * {@code excel.merged} note says when the range spans columns ({@code "Giá trị"} merged over {@code D2:E2} names
 * column D only); in the rows up to the header a cell hidden under a merged range reads as blank, as the sheet
 * shows it, and a text it still holds (LibreOffice can keep the texts of the cells it merges) is not read and
 * gets an {@code excel.hidden} warning. A header of
 * two rows, a group (merged across its columns) above the names, is read when every cell of the second row
 * that is not blank names a column: each column takes its name from the second row, or from the first where
 * the second is blank (a name merged down over both rows). A cell with text in a column without a header is
 * not read and gets an {@code excel.cell} warning, once a column.
 *
 * <p>A file that cannot be read gets one finding that names the file and what to do, never a stack
 * trace: an Excel 97–2003 workbook ({@code excel.legacy}), a workbook protected by a password
 * ({@code excel.encrypted}), a damaged or unknown file ({@code excel.corrupt}), a text file such as a
 * {@code .csv} renamed {@code .xlsx} ({@code excel.text}), a sheet asked for that is not there
 * ({@code excel.sheet}), a sheet damaged part way ({@code excel.damaged}, the rows before it read), a sheet
 * with a cell reference that is no cell of a sheet ({@code excel.reference}: a column past {@code XFD} or a
 * row past 1,048,576, which no spreadsheet program writes; the sheet is checked before it is read, since
 * FastExcel 0.19.0 would allocate a row of that many cells and run out of memory).
 *
 * <p>The reader streams the sheet with FastExcel's reader ({@code org.dhatim:fastexcel-reader}), an
 * optional dependency of this module: add it to use this class.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ExcelReader {

    private static final ExcelReader DEFAULTS = new ExcelReader(DatasetCsvReader.defaults(), "");
    // The cells' number formats are needed to read dates and fixed decimals; a cell that is not what its
    // type says is an error cell, not an exception.
    private static final ReadingOptions OPTIONS = new ReadingOptions(true, true);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    // The name of the stream an encrypted OOXML package keeps in its OLE2 container, as UTF-16LE.
    private static final byte[] ENCRYPTED_PACKAGE = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    // Rows looked at for a header before the first that is not blank is taken as it.
    private static final int TITLE_ROWS = 10;
    // At most this many texts hidden under merged cells get a warning each.
    private static final int HIDDEN_NOTES = 100;

    private final DatasetCsvReader table;
    private final String sheet;

    private ExcelReader(DatasetCsvReader table, String sheet) {
        this.table = table;
        this.sheet = sheet;
    }

    /**
     * Returns the reader of the first sheet with the CSV reader's default settings.
     *
     * @return the reader, not null
     */
    public static ExcelReader defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that reads the sheet of this name, rather than the first.
     *
     * @param name  the sheet's name as the workbook's tab shows it, not null; {@code ""} for the first
     * @return the reader, not null
     */
    public ExcelReader withSheet(String name) {
        return new ExcelReader(table, Objects.requireNonNull(name, "name"));
    }

    /**
     * Returns a copy that maps the rows with a CSV reader's settings: its number notation (for text cells,
     * and the text of number cells), units, header aliases and limits. The separator is not used.
     *
     * @param table  the settings, not null
     * @return the reader, not null
     */
    public ExcelReader withTable(DatasetCsvReader table) {
        return new ExcelReader(Objects.requireNonNull(table, "table"), sheet);
    }

    /**
     * Reads a sheet of a workbook from a file; the file's name (its last part) is in the dataset's source
     * and in every finding.
     *
     * @param file  the file, not null
     * @return the dataset of the good rows and the findings, not null
     * @throws UncheckedIOException if the file cannot be read (it does not exist, say)
     */
    public ExcelReadResult read(Path file) {
        Objects.requireNonNull(file, "file");
        Path last = file.getFileName();
        String name = last == null ? "" : last.toString();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            ExcelReadResult refused = refused(in, name);
            if (refused != null) {
                return refused;
            }
        } catch (NoSuchFileException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ExcelProblems problems = new ExcelProblems(name);
        ReadableWorkbook workbook;
        try {
            workbook = new ReadableWorkbook(file.toFile(), OPTIONS);
        } catch (IOException | RuntimeException e) {
            problems.corrupt(detail(e));
            return empty(problems);
        }
        return read(workbook, name, problems, id -> SheetCheck.of(Files.newByteChannel(file), id));
    }

    /**
     * Reads a sheet of a workbook from bytes, naming the file they come from.
     *
     * @param in    the bytes, not null; read to the end, not closed
     * @param file  the file's name, such as {@code son-la-2017.xlsx}, or {@code ""} for none
     * @return the dataset of the good rows and the findings, not null
     * @throws UncheckedIOException if the stream cannot be read
     */
    public ExcelReadResult read(InputStream in, String file) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(file, "file");
        BufferedInputStream buffered = new BufferedInputStream(in);
        ExcelProblems problems = new ExcelProblems(file);
        ReadableWorkbook workbook;
        byte[] bytes;
        try {
            ExcelReadResult refused = refused(buffered, file);
            if (refused != null) {
                return refused;
            }
            // FastExcel reads a stream whole into memory anyway; the bytes are kept until the sheet is checked.
            bytes = buffered.readAllBytes();
            try {
                workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), OPTIONS);
            } catch (IOException | RuntimeException e) {
                problems.corrupt(detail(e));
                return empty(problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] kept = bytes;
        return read(workbook, file, problems, id -> SheetCheck.of(new SeekableInMemoryByteChannel(kept), id));
    }

    /** Checks the part of the sheet with a relationship id before FastExcel reads it. */
    @FunctionalInterface
    private interface Check {
        SheetCheck.Result of(String sheetId) throws IOException;
    }

    /**
     * The result for a file that is no .xlsx workbook, found from its first bytes, or null for a zip file;
     * the stream is left where it was.
     */
    private static @Nullable ExcelReadResult refused(InputStream in, String file) throws IOException {
        in.mark(512);
        byte[] head = in.readNBytes(512);
        in.reset();
        ExcelProblems problems = new ExcelProblems(file);
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return null;
        }
        if (head.length >= OLE2.length && Arrays.equals(Arrays.copyOf(head, OLE2.length), OLE2)) {
            // Both an .xls workbook and a password-protected .xlsx are OLE2 containers; the latter holds a
            // stream named EncryptedPackage (MS-OFFCRYPTO 2.3.4.4), whose name is in the container's directory.
            if (contains(in.readAllBytes(), ENCRYPTED_PACKAGE)) {
                problems.encrypted();
            } else {
                problems.legacy();
            }
        } else if (head.length > 0 && isText(head)) {
            problems.text();
        } else {
            problems.corrupt(head.length == 0 ? "the file is empty" : "it is not a zip package");
        }
        return empty(problems);
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0, n = bytes.length - part.length; i <= n; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether bytes look like text: no control characters but tabs and line breaks, and UTF-8 or Latin. */
    private static boolean isText(byte[] head) {
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C) {
                return false;
            }
        }
        return true;
    }

    private static String detail(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static ExcelReadResult empty(ExcelProblems problems) {
        return new ExcelReadResult(Dataset.builder(0).build(), ValidationReport.of(problems.findings()), 0, 0);
    }

    private ExcelReadResult read(ReadableWorkbook workbook, String file, ExcelProblems problems, Check check) {
        try (workbook) {
            Optional<Sheet> found;
            List<String> names = new ArrayList<>();
            try {
                workbook.getSheets().forEach(s -> names.add(s.getName()));
                found = sheet.isEmpty() ? workbook.getSheet(0) : workbook.findSheet(sheet);
            } catch (RuntimeException e) {
                // A workbook part that cannot be read: a package damaged inside.
                problems.corrupt(detail(e));
                return empty(problems);
            }
            if (found.isEmpty()) {
                if (names.isEmpty()) {
                    problems.corrupt("it has no sheet");
                } else {
                    problems.noSheet(sheet, names);
                }
                return empty(problems);
            }
            String name = found.get().getName();
            SheetCheck.Result checked;
            try {
                checked = check.of(found.get().getId());
            } catch (IOException | RuntimeException e) {
                problems.corrupt(detail(e));
                return empty(problems);
            }
            if (!checked.unread().isEmpty()) {
                problems.corrupt(checked.unread());
                return empty(problems);
            }
            if (!checked.reference().isEmpty()) {
                problems.reference(name, checked.row(), checked.reference());
                return empty(problems);
            }
            TableRows rows = table.tableRows(file, name);
            SheetRows reading = new SheetRows(rows, name, problems, new CellText(workbook.isDate1904()),
                    checked.merges());
            try (Stream<Row> stream = found.get().openStream()) {
                Iterator<Row> it = stream.iterator();
                while (it.hasNext()) {
                    if (!reading.take(it.next())) {
                        break;
                    }
                }
            } catch (IOException | RuntimeException e) {
                problems.damaged(name, reading.lastRow + 1, detail(e));
            }
            reading.end();
            CsvReadResult read = rows.result();
            problems.formulasUnnoted(name);
            List<Finding> all = new ArrayList<>(read.report().findings());
            all.addAll(problems.findings());
            // The table's findings and the workbook's, in the order of the sheet's rows.
            all.sort(Comparator.comparingInt(f -> f.location().line().orElse(Integer.MAX_VALUE)));
            return new ExcelReadResult(read.dataset(), ValidationReport.of(all), read.rowsRead(), read.rowsReported());
        } catch (IOException e) {
            // Closing the workbook failed: what was read stands.
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of one sheet, handed to the table: titles, header (of one or two rows), then data. */
    private static final class SheetRows {
        private final TableRows rows;
        private final String sheet;
        private final ExcelProblems problems;
        private final CellText cells;
        private final boolean plain;
        private final NumberNotation notation;
        // Rows before the header, kept until a row names a column.
        private final List<Row> waiting = new ArrayList<>();
        private String @Nullable [] header;
        private int headerRow;
        private boolean headerTaken;
        private boolean open = true;
        private int width;
        private final BitSet named = new BitSet();
        private final BitSet warned = new BitSet();
        private final List<String> row = new ArrayList<>();
        // The sheet's merged ranges (FastExcel 0.19.0 does not read them), for the rows up to the header.
        private final List<SheetCheck.Merge> merges;
        // The row each header name was taken from.
        private int[] nameRows = new int[0];
        // The columns, from 0, that merged ranges hide in the row last looked at, and those ranges.
        private final BitSet hidden = new BitSet();
        private final List<SheetCheck.Merge> rowMerges = new ArrayList<>();
        private int hiddenRow = -1;
        private int hiddenNotes;
        int lastRow;

        SheetRows(TableRows rows, String sheet, ExcelProblems problems, CellText cells, List<SheetCheck.Merge> merges) {
            this.merges = merges;
            this.rows = rows;
            this.sheet = sheet;
            this.problems = problems;
            this.cells = cells;
            this.notation = rows.notation();
            this.plain = notation == NumberNotation.PLAIN;
        }

        /** Takes a row of the sheet; false when no more are wanted. */
        boolean take(Row r) {
            lastRow = r.getRowNum();
            if (!open) {
                return false;
            }
            if (headerTaken) {
                return data(r);
            }
            if (isBlank(r)) {
                return true;
            }
            if (header == null) {
                if (!namesColumn(r)) {
                    waiting.add(r);
                    if (waiting.size() < TITLE_ROWS) {
                        return true;
                    }
                    // No row names a column: the first is the header, for the table to say what it lacks.
                    List<Row> kept = new ArrayList<>(waiting);
                    waiting.clear();
                    header(kept.get(0));
                    takeHeader();
                    for (Row later : kept.subList(1, kept.size())) {
                        if (!data(later)) {
                            return false;
                        }
                    }
                    return true;
                }
                for (Row title : waiting) {
                    problems.title(sheet, title.getRowNum(), firstText(title));
                }
                waiting.clear();
                header(r);
                return true;
            }
            // The row after the header: a second row of names, or the first row of data.
            if (allNameColumns(r)) {
                for (int i = 0; i < r.getCellCount(); i++) {
                    String text = shown(r, i, true);
                    if (!text.isBlank()) {
                        if (i >= header.length) {
                            header = Arrays.copyOf(header, i + 1);
                            Arrays.fill(header, header.length - 1, header.length, "");
                            nameRows = Arrays.copyOf(nameRows, i + 1);
                        }
                        header[i] = text;
                        nameRows[i] = r.getRowNum();
                    }
                }
                takeHeader();
                return true;
            }
            takeHeader();
            return data(r);
        }

        private void header(Row r) {
            headerRow = r.getRowNum();
            header = new String[r.getCellCount()];
            nameRows = new int[header.length];
            for (int i = 0; i < header.length; i++) {
                header[i] = shown(r, i, true);
                nameRows[i] = headerRow;
            }
        }

        /**
         * A cell's text in a row up to the header, as the sheet shows it: a cell hidden under a merged range
         * (any but its first, top left, cell) is blank, and, when asked, a text it still holds gets a warning
         * (LibreOffice can keep the text of the cells it merges), at most 100 of them. Only
         * a cell with text looks at the merges, through the row's hidden columns, found once a row: a sheet of
         * many merges and wide rows costs no more than its size.
         */
        private String shown(Row r, int i, boolean warn) {
            String text = text(r.getCell(i));
            if (merges.isEmpty() || text.isBlank()) {
                return text;
            }
            int rowNum = r.getRowNum();
            if (rowNum != hiddenRow) {
                hiddenRow = rowNum;
                hidden.clear();
                rowMerges.clear();
                for (SheetCheck.Merge merge : merges) {
                    if (merge.firstRow() <= rowNum && rowNum <= merge.lastRow()) {
                        rowMerges.add(merge);
                        // Columns from 0: the first row of a range shows its first column, the others none.
                        hidden.set(merge.firstColumn() - (rowNum == merge.firstRow() ? 0 : 1), merge.lastColumn());
                    }
                }
            }
            if (!hidden.get(i)) {
                return text;
            }
            if (warn && hiddenNotes < HIDDEN_NOTES) {
                for (SheetCheck.Merge merge : rowMerges) {
                    if (merge.hides(rowNum, i + 1)) {
                        hiddenNotes++;
                        problems.hidden(sheet, rowNum, i + 1, text, merge.text(),
                                SheetCheck.reference(merge.firstRow(), merge.firstColumn()));
                        break;
                    }
                }
            }
            return "";
        }

        private void takeHeader() {
            String[] names = Objects.requireNonNull(header);
            headerTaken = true;
            width = names.length;
            for (SheetCheck.Merge merge : merges) {
                int i = merge.firstColumn() - 1;
                if (merge.lastColumn() > merge.firstColumn() && i < names.length && !names[i].isBlank()
                        && nameRows[i] == merge.firstRow()) {
                    problems.mergedHeader(sheet, merge.firstRow(), merge.firstColumn(), names[i], merge.text());
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (!names[i].isBlank()) {
                    named.set(i);
                }
            }
            open = rows.header(headerRow, Arrays.asList(names));
        }

        /** At the end of the sheet: a header still waiting is taken, rows waiting are read. */
        void end() {
            if (!headerTaken && header != null) {
                takeHeader();
            } else if (!headerTaken && !waiting.isEmpty()) {
                List<Row> kept = new ArrayList<>(waiting);
                waiting.clear();
                header(kept.get(0));
                takeHeader();
                for (Row later : kept.subList(1, kept.size())) {
                    data(later);
                }
            }
        }

        private boolean data(Row r) {
            if (!open) {
                return false;
            }
            row.clear();
            int count = r.getCellCount();
            int rowNum = r.getRowNum();
            for (int i = 0; i < count; i++) {
                Cell cell = r.getCell(i);
                String text = text(cell);
                if (i < width && named.get(i)) {
                    row.add(text);
                    if (CellText.isFormula(cell)) {
                        problems.formula(sheet, rowNum, i + 1, Objects.requireNonNull(header)[i],
                                Objects.requireNonNull(cell).getFormula(), text);
                    }
                } else {
                    row.add("");
                    if (!text.isBlank() && !warned.get(i)) {
                        warned.set(i);
                        problems.outsideTable(sheet, rowNum, i + 1, text);
                    }
                }
            }
            open = rows.row(rowNum, row);
            return open;
        }

        private String text(@Nullable Cell cell) {
            String text = cells.of(cell);
            if (!plain && cell != null && !text.isEmpty() && isNumber(cell) && !cells.isDate(cell)) {
                text = notation.format(new BigDecimal(text));
            }
            return text;
        }

        private static boolean isNumber(Cell cell) {
            return cell.getValue() instanceof BigDecimal;
        }

        private boolean namesColumn(Row r) {
            for (int i = 0; i < r.getCellCount(); i++) {
                if (rows.namesColumn(shown(r, i, false))) {
                    return true;
                }
            }
            return false;
        }

        private boolean allNameColumns(Row r) {
            boolean any = false;
            for (int i = 0; i < r.getCellCount(); i++) {
                String text = shown(r, i, false);
                if (text.isBlank()) {
                    continue;
                }
                if (!rows.namesColumn(text)) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        private boolean isBlank(Row r) {
            for (int i = 0; i < r.getCellCount(); i++) {
                if (!shown(r, i, false).isBlank()) {
                    return false;
                }
            }
            return true;
        }

        private String firstText(Row r) {
            for (int i = 0; i < r.getCellCount(); i++) {
                String text = shown(r, i, false);
                if (!text.isBlank()) {
                    return text;
                }
            }
            return "";
        }
    }
}
