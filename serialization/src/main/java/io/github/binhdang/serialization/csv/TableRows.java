package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.unit.NumberNotation;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Rows of cell texts from a source other than CSV text, such as a sheet of a workbook, read onto
 * observations by the same rules as {@link DatasetCsvReader}: the same columns, header names in English
 * or Vietnamese, caller's aliases, number notation, qualifiers written in a number cell ({@code gần 400}),
 * units and limits, and the same problems. One home for the table's mapping: the CSV reader hands its
 * tokenized lines to the same mapper this hands its cells to.
 *
 * <p>A source hands over the header, then each row after it, each as the texts of its cells by position:
 * the text at index {@code i} is column {@code i + 1} ({@code A} is column 1 of a sheet); a missing cell is
 * {@code ""}. A cell's text is handed to the table's mapping exactly as written, as a quoted CSV field is
 * (a cell, like a quoted field, is exactly what the user typed; only an unquoted CSV field is trimmed, by the
 * CSV syntax): one home for what blanks around a text mean. A number with blanks around it
 * ({@code " 38.89 "}) is the number, and the dataset keeps the text as written
 * ({@link io.github.binhdang.core.data.Dataset#written(int, String)}), as for any number not written as the
 * dataset writes it back; a code, a source or a note is trimmed by the model, as its builder says. Header
 * names are matched without regard to spacing. A blank header cell names no column (the cells
 * after the first of a merged header cell are blank), and a row whose cells are all blank is skipped. The
 * problems are located at the row and column given, and, for a {@linkplain DatasetCsvReader#tableRows(String,
 * String) sheet}, at its cell ({@code Data!D7}).
 *
 * <pre>
 * TableRows rows = DatasetCsvReader.defaults().tableRows("son-la.xlsx", "Data");
 * rows.header(1, List.of("Mã chỉ tiêu", "Mã địa bàn", "Kỳ báo cáo", "Giá trị"));
 * rows.row(2, List.of("W_HDND", "14", "2016-2021", "38.89"));
 * CsvReadResult result = rows.result();
 * </pre>
 *
 * @implSpec Instances are not thread-safe: one reading, in order, on one thread. Issue 22 (excel).
 */
public final class TableRows {

    private final CsvProblems problems;
    private final RowMapper mapper;
    private final String file;
    private final int maxRows;
    private final int maxField;
    private final CsvTokenizer.Fields fields = new CsvTokenizer.Fields();
    private boolean header = true;
    private boolean usable;
    private boolean stopped;
    private int read;
    private int width;

    TableRows(RowMapper mapper, CsvProblems problems, String file, CsvLimits limits) {
        this.mapper = mapper;
        this.problems = problems;
        this.file = file;
        this.maxRows = limits.maxRows();
        this.maxField = limits.maxFieldLength();
    }

    /**
     * Tells whether a header cell's text names a column of the table, by the reader's aliases or the
     * built-in names in English or Vietnamese ({@code Giá trị}), without regard to case, diacritics or
     * spacing: how a source finds its header below a title.
     *
     * @param text  the cell's text, not null
     * @return true if it names a column
     */
    public boolean namesColumn(String text) {
        return mapper.namesColumn(Objects.requireNonNull(text, "text"));
    }

    /**
     * Returns the notation the table's numbers are read in, in which a source that knows a cell's number
     * as a number (a spreadsheet's number cell) writes its text: {@code 38,89} for
     * {@link NumberNotation#VIETNAMESE}.
     *
     * @return the notation, not null
     */
    public NumberNotation notation() {
        return mapper.notation();
    }

    /**
     * Takes the header, the first row that is not blank.
     *
     * @param row    the row, from 1
     * @param cells  the texts of its cells by position, not null
     * @return whether rows after it can be read: false when it lacks a required column or names one twice,
     *         which the problems say
     * @throws IllegalStateException if a header was taken already
     */
    public boolean header(int row, List<String> cells) {
        Objects.requireNonNull(cells, "cells");
        if (!header) {
            throw new IllegalStateException("the header was taken already");
        }
        header = false;
        width = cells.size();
        String[] names = new String[cells.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = cells.get(i).strip();
        }
        usable = mapper.header(row, Arrays.asList(names));
        return usable;
    }

    /**
     * Takes a row after the header; a row whose cells are all blank is skipped. Cells beyond the header's
     * last column are not read: a source that has text there says so itself.
     *
     * @param row    the row, from 1
     * @param cells  the texts of its cells by position, not null
     * @return whether more rows may follow: false once {@link CsvLimits#maxRows()} rows are read, which a
     *         problem says, or when the header could not be used
     * @throws IllegalStateException if no header was taken
     */
    public boolean row(int row, List<String> cells) {
        Objects.requireNonNull(cells, "cells");
        if (header) {
            throw new IllegalStateException("no header was taken");
        }
        if (!usable || stopped) {
            return false;
        }
        fields.clear();
        boolean blank = true;
        int before = problems.size();
        for (int i = 0; i < width; i++) {
            String text = i < cells.size() ? cells.get(i) : "";
            if (text.length() > maxField) {
                problems.fieldTooLong(row, mapper.headerName(i), i + 1, text, text.length(),
                        maxField);
                text = "";
            }
            blank &= text.isBlank();
            fields.add(text);
        }
        if (blank && problems.size() == before) {
            return true;
        }
        if (read == maxRows) {
            problems.tooManyRows(row, maxRows);
            stopped = true;
            return false;
        }
        read++;
        if (problems.size() == before) {
            mapper.row(row, fields);
        }
        problems.row(problems.size() > before);
        return true;
    }

    /**
     * Returns the dataset of the rows that could be read and the problems of the others: what
     * {@link DatasetCsvReader} gives for a file.
     *
     * @return the result, not null
     */
    public CsvReadResult result() {
        if (header) {
            problems.empty();
        }
        return problems.result(mapper.dataset(), file);
    }
}
