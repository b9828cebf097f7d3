package io.github.binhdang.serialization.csv;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.InvalidValueException;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.core.unit.NumberNotation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes scorecards as one CSV table, a row per target and scorecard, for a spreadsheet: several
 * scorecards (of several areas, breakdowns or progress methods) go into one table side by side.
 *
 * <p>The header is {@value #HEADER}. The milestone is its period, comparison name and value; the
 * latest value its period and value; {@code score} and the two {@code category} columns are the
 * method's own figures (empty for binhdang's method); the status is its constant name and the reason
 * is in both languages; the last three columns are Open SDG's progress value and ESCAP's current status
 * index and anticipated progress gap, unrounded (issue 21). An absent figure is an empty field. Numbers are written with every digit in
 * the notation chosen (plain {@code 38.89} by default). Fields holding the separator, a quote or a
 * line break, or starting or ending with a space, are quoted. Lines end with a line feed.
 *
 * <p>As {@link DatasetCsvWriter} does <a href="DatasetCsvWriter.html#formulas">by default</a>, a text cell
 * that a spreadsheet would run as a formula (one that begins with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return) is written quoted with an apostrophe before it, and numbers
 * are written as they are ({@code -3.5} stays a number);
 * {@link #withFormulaEscaping(boolean) withFormulaEscaping(false)} switches this off.
 *
 * <p>The table is for reading by people and spreadsheets; the JSON form of a scorecard is the one that
 * reads back.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ScorecardCsvWriter {

    /** The header line's columns, in order. */
    public static final String HEADER = "strategy,area,breakdown,method,target,milestone_period,comparison,"
            + "milestone_value,latest_period,latest_value,achieved,score,category_vi,category_en,status,"
            + "reason_vi,reason_en,progress_value,current_status_index,progress_gap";

    private static final String[] COLUMNS = HEADER.split(",");
    // Numbers are written as they are, never neutralised as formulas (a negative gap stays a number).
    private static final int[] NUMBER_COLUMNS = CsvRows.positions(COLUMNS, "milestone_value", "latest_value",
            "score", "progress_value", "current_status_index", "progress_gap");

    private static final ScorecardCsvWriter DEFAULTS = new ScorecardCsvWriter(',', NumberNotation.PLAIN, true);

    private final char separator;
    private final NumberNotation notation;
    private final boolean escapeFormulas;

    private ScorecardCsvWriter(char separator, NumberNotation notation, boolean escapeFormulas) {
        this.separator = separator;
        this.notation = notation;
        this.escapeFormulas = escapeFormulas;
    }

    /**
     * Returns the writer with default settings: comma, plain numbers, formula-like text neutralised.
     *
     * @return the writer, not null
     */
    public static ScorecardCsvWriter defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that separates fields with the given character, such as {@code ';'} for a
     * spreadsheet set to Vietnamese, where the comma is the decimal sign.
     *
     * @param separator  {@code ','}, {@code ';'}, a tab or {@code '|'}
     * @return the writer, not null
     * @throws InvalidValueException if the separator is none of these
     */
    public ScorecardCsvWriter withSeparator(char separator) {
        if (",;\t|".indexOf(separator) < 0) {
            throw new InvalidValueException("ScorecardCsvWriter.separator", "'" + separator + "'",
                    "must be ',', ';', a tab or '|'");
        }
        return new ScorecardCsvWriter(separator, notation, escapeFormulas);
    }

    /**
     * Returns a copy that writes numbers in the given notation.
     *
     * @param notation  the notation, not null
     * @return the writer, not null
     */
    public ScorecardCsvWriter withNotation(NumberNotation notation) {
        return new ScorecardCsvWriter(separator, Objects.requireNonNull(notation, "notation"), escapeFormulas);
    }

    /**
     * Returns a copy that neutralises text a spreadsheet would run as a formula, or not. It is on by
     * default; switch it off only for a file that a program reads and no person opens in a spreadsheet.
     *
     * @param escape  true (the default) to write a formula-like text with an apostrophe before it, false
     *                to write it as it is
     * @return the writer, not null
     */
    public ScorecardCsvWriter withFormulaEscaping(boolean escape) {
        return new ScorecardCsvWriter(separator, notation, escape);
    }

    /**
     * Writes scorecards as text, one row per target and scorecard, in the order given.
     *
     * @param scorecards  the scorecards, not null
     * @param out         the writer, not null; flushed, not closed
     * @throws UncheckedIOException if the writer cannot be written
     */
    public void write(List<Scorecard> scorecards, Writer out) {
        Objects.requireNonNull(scorecards, "scorecards");
        Objects.requireNonNull(out, "out");
        Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        CsvRows rows = new CsvRows(buffered, separator, escapeFormulas, NUMBER_COLUMNS);
        try {
            rows.write(COLUMNS);
            for (Scorecard card : scorecards) {
                for (ScorecardRow row : card.rows()) {
                    rows.write(fields(card, row));
                }
            }
            buffered.flush(); // and out with it
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes scorecards as UTF-8 bytes.
     *
     * @param scorecards  the scorecards, not null
     * @param out         the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(List<Scorecard> scorecards, OutputStream out) {
        Objects.requireNonNull(out, "out");
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        write(scorecards, text);
    }

    /**
     * Creates (or replaces) a file and writes scorecards to it in UTF-8.
     *
     * @param scorecards  the scorecards, not null
     * @param file        the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(List<Scorecard> scorecards, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(scorecards, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String[] fields(Scorecard card, ScorecardRow row) {
        Milestone m = row.milestone();
        Assessment a = row.assessment();
        Optional<BilingualText> category = a.category();
        return new String[] {
            card.strategy(),
            card.area(),
            card.breakdown().toString(),
            card.method(),
            row.target().code(),
            m.period().toString(),
            m.comparison().name(),
            notation.format(m.value()),
            row.latestPeriod().map(Object::toString).orElse(""),
            number(row.latestValue()),
            Boolean.toString(a.isAchieved()),
            number(a.score()),
            category.map(BilingualText::vi).orElse(""),
            category.map(BilingualText::en).orElse(""),
            row.status().name(),
            a.reason().vi(),
            a.reason().en(),
            number(a.progressValue()),
            number(a.currentStatusIndex()),
            number(a.progressGap()),
        };
    }

    private String number(Optional<BigDecimal> value) {
        return value.map(notation::format).orElse("");
    }
}
