package io.github.binhdang.serialization.excel;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.data.ObservationStatus;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.strategy.Milestone;
import io.github.binhdang.serialization.csv.ScorecardCsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes observations, or scorecards, as an Excel workbook ({@code .xlsx}) people read: the header row
 * bold on a shaded ground and frozen, so that it stays in view, with a filter on it; numbers as number
 * cells in a format that shows their digits; headers in English or Vietnamese
 * ({@link #withVietnameseHeaders(boolean)}); one tidy sheet or one sheet per indicator
 * ({@link #withSheetPerIndicator(boolean)}). {@link ExcelReader} reads what this writes back to equal
 * observations, from either form and with either headers.
 *
 * <p>The columns of observations are those of {@link io.github.binhdang.serialization.csv.DatasetCsvWriter}:
 * {@code indicator, area, period, breakdown, value, numerator, denominator, unit, qualifier, status, source,
 * note} ({@code Mã chỉ tiêu, Mã địa bàn, Kỳ báo cáo, Phân tổ, Giá trị, Tử số, Mẫu số, Đơn vị tính, Mức độ chính
 * xác, Tình trạng số liệu, Nguồn số liệu, Ghi chú}). What a number cell cannot hold has a column of its own, as
 * in CSV: a term of office is the period's text ({@code 2016-2021} for a People's Council's term), a
 * numerator and denominator their own number cells, "about" the qualifier {@code ABOUT}, never a {@code ~}
 * inside a value. A number is shown with the decimals it was published with ({@code 38.89} as
 * {@code 0.00}, {@code 31.8} as {@code 0.0}), grouped by thousands ({@code 2,539}): a cell's format is
 * what keeps its trailing zeros ({@code 15.10}), which a stored double cannot. A number of more than 15
 * significant digits, more than a number cell keeps, is written as a text cell of all its digits, which reads
 * back exactly. Text is written as text cells, which a spreadsheet never runs as a formula.
 *
 * <p>Scorecards go into one sheet with the columns of {@link ScorecardCsvWriter#HEADER}; the figures the
 * method computes (score, progress value, current status index, progress gap) are shown with the
 * indicator's decimals, the milestone and latest values with their own.
 *
 * <p>Writing streams through FastExcel ({@code org.dhatim:fastexcel}), an optional dependency of this
 * module: add it to use this class.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class ExcelWriter {

    /** The English headers of observations, as the CSV writer's. */
    static final List<String> ENGLISH = List.of("indicator", "area", "period", "breakdown", "value", "numerator",
            "denominator", "unit", "qualifier", "status", "source", "note");
    /** The Vietnamese headers of observations, each a name the reader knows. */
    static final List<String> VIETNAMESE = List.of("Mã chỉ tiêu", "Mã địa bàn", "Kỳ báo cáo", "Phân tổ", "Giá trị",
            "Tử số", "Mẫu số", "Đơn vị tính", "Mức độ chính xác", "Tình trạng số liệu", "Nguồn số liệu", "Ghi chú");
    private static final List<String> SCORECARD_VIETNAMESE = List.of("Chiến lược", "Địa bàn", "Phân tổ",
            "Phương pháp", "Chỉ tiêu", "Kỳ mốc", "So sánh", "Giá trị mốc", "Kỳ mới nhất", "Giá trị mới nhất", "Đạt",
            "Điểm", "Phân loại", "Category", "Tình trạng", "Lý do", "Reason", "Giá trị tiến độ",
            "Chỉ số hiện trạng", "Khoảng cách tiến độ");
    private static final int NUMBERS_FROM = 4;
    private static final int NUMBERS_TO = 6;
    private static final String HEADER_FILL = "D9E1F2";
    // An .xlsx sheet's name: at most 31 characters, none of these.
    private static final String NOT_IN_SHEET_NAMES = "[]:*?/\\";
    private static final int MAX_SHEET_NAME = 31;
    // The significant digits a number cell keeps (a double's 15, as Excel shows them).
    private static final int CELL_DIGITS = 15;

    private static final ExcelWriter DEFAULTS = new ExcelWriter(false, false);

    private final boolean vietnamese;
    private final boolean perIndicator;

    private ExcelWriter(boolean vietnamese, boolean perIndicator) {
        this.vietnamese = vietnamese;
        this.perIndicator = perIndicator;
    }

    /**
     * Returns the writer with default settings: English headers, one tidy sheet named {@code Data}.
     *
     * @return the writer, not null
     */
    public static ExcelWriter defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that writes the headers in Vietnamese ({@code Mã chỉ tiêu, …, Giá trị}) or English.
     *
     * @param vietnamese  true for Vietnamese headers and sheet names ({@code Số liệu}, {@code Đánh giá})
     * @return the writer, not null
     */
    public ExcelWriter withVietnameseHeaders(boolean vietnamese) {
        return new ExcelWriter(vietnamese, perIndicator);
    }

    /**
     * Returns a copy that writes one sheet per indicator, named by its code and in the order first met,
     * rather than one tidy sheet. Each sheet has every column, so each reads back alone.
     *
     * @param perIndicator  true for a sheet per indicator
     * @return the writer, not null
     */
    public ExcelWriter withSheetPerIndicator(boolean perIndicator) {
        return new ExcelWriter(vietnamese, perIndicator);
    }

    /**
     * Writes observations, such as a dataset, as a workbook.
     *
     * @param observations  the observations, not null
     * @param out           the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void write(Iterable<Observation> observations, OutputStream out) {
        Objects.requireNonNull(observations, "observations");
        Objects.requireNonNull(out, "out");
        List<String> header = vietnamese ? VIETNAMESE : ENGLISH;
        try {
            Workbook workbook = new Workbook(out, "binhdang", null);
            if (perIndicator) {
                Map<String, List<Observation>> byIndicator = new LinkedHashMap<>();
                for (Observation o : observations) {
                    byIndicator.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
                }
                Set<String> names = new HashSet<>();
                for (Map.Entry<String, List<Observation>> e : byIndicator.entrySet()) {
                    observations(workbook.newWorksheet(sheetName(e.getKey(), names)), header, e.getValue());
                }
                if (byIndicator.isEmpty()) {
                    observations(workbook.newWorksheet(vietnamese ? "Số liệu" : "Data"), header, List.of());
                }
            } else {
                observations(workbook.newWorksheet(vietnamese ? "Số liệu" : "Data"), header, observations);
            }
            workbook.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates (or replaces) a file and writes observations to it as a workbook.
     *
     * @param observations  the observations, not null
     * @param file          the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void write(Iterable<Observation> observations, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            write(observations, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes scorecards as a workbook of one sheet ({@code Scorecard}, or {@code Đánh giá}), a row per
     * target and scorecard.
     *
     * @param scorecards  the scorecards, not null
     * @param out         the stream, not null; flushed, not closed
     * @throws UncheckedIOException if the stream cannot be written
     */
    public void writeScorecards(List<Scorecard> scorecards, OutputStream out) {
        Objects.requireNonNull(scorecards, "scorecards");
        Objects.requireNonNull(out, "out");
        List<String> header = vietnamese ? SCORECARD_VIETNAMESE : List.of(ScorecardCsvWriter.HEADER.split(","));
        try {
            Workbook workbook = new Workbook(out, "binhdang", null);
            Worksheet sheet = workbook.newWorksheet(vietnamese ? "Đánh giá" : "Scorecard");
            header(sheet, header);
            int r = 1;
            for (Scorecard card : scorecards) {
                for (ScorecardRow row : card.rows()) {
                    scorecardRow(sheet, r++, card, row);
                }
            }
            finish(sheet, header.size(), r);
            workbook.finish();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Creates (or replaces) a file and writes scorecards to it as a workbook.
     *
     * @param scorecards  the scorecards, not null
     * @param file        the file, not null
     * @throws UncheckedIOException if the file cannot be written
     */
    public void writeScorecards(List<Scorecard> scorecards, Path file) {
        Objects.requireNonNull(file, "file");
        try (OutputStream out = Files.newOutputStream(file)) {
            writeScorecards(scorecards, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void observations(Worksheet sheet, List<String> header, Iterable<Observation> observations)
            throws IOException {
        header(sheet, header);
        int r = 1;
        Map<Integer, String> formats = new HashMap<>();
        for (Observation o : observations) {
            text(sheet, r, 0, o.indicator());
            text(sheet, r, 1, o.area());
            text(sheet, r, 2, o.period().toString());
            text(sheet, r, 3, o.breakdown().toString());
            number(sheet, r, NUMBERS_FROM, o.value(), formats, -1);
            number(sheet, r, NUMBERS_FROM + 1, o.numerator(), formats, -1);
            number(sheet, r, NUMBERS_TO, o.denominator(), formats, -1);
            text(sheet, r, 7, o.unit().map(unit -> unit.code()).orElse(""));
            text(sheet, r, 8, o.qualifier().name());
            text(sheet, r, 9, o.status() == ObservationStatus.NOT_GIVEN ? "" : o.status().name());
            text(sheet, r, 10, o.source().orElse(""));
            text(sheet, r, 11, o.note().orElse(""));
            r++;
            if ((r & 0xFFFF) == 0) {
                // Rows written so far leave memory: the sheet streams.
                sheet.flush();
            }
        }
        finish(sheet, header.size(), r);
    }

    private static void scorecardRow(Worksheet sheet, int r, Scorecard card, ScorecardRow row) {
        Milestone m = row.milestone();
        Assessment a = row.assessment();
        Optional<BilingualText> category = a.category();
        int decimals = row.target().indicator().decimals();
        Map<Integer, String> formats = new HashMap<>();
        text(sheet, r, 0, card.strategy());
        text(sheet, r, 1, card.area());
        text(sheet, r, 2, card.breakdown().toString());
        text(sheet, r, 3, card.method());
        text(sheet, r, 4, row.target().code());
        text(sheet, r, 5, m.period().toString());
        text(sheet, r, 6, m.comparison().name());
        number(sheet, r, 7, Optional.of(m.value()), formats, -1);
        text(sheet, r, 8, row.latestPeriod().map(Object::toString).orElse(""));
        number(sheet, r, 9, row.latestValue(), formats, -1);
        sheet.value(r, 10, a.isAchieved());
        number(sheet, r, 11, a.score(), formats, decimals);
        text(sheet, r, 12, category.map(BilingualText::vi).orElse(""));
        text(sheet, r, 13, category.map(BilingualText::en).orElse(""));
        text(sheet, r, 14, row.status().name());
        text(sheet, r, 15, a.reason().vi());
        text(sheet, r, 16, a.reason().en());
        number(sheet, r, 17, a.progressValue(), formats, decimals);
        number(sheet, r, 18, a.currentStatusIndex(), formats, decimals);
        number(sheet, r, 19, a.progressGap(), formats, decimals);
    }

    private static void header(Worksheet sheet, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
        }
        sheet.range(0, 0, 0, header.size() - 1).style().bold().fillColor(HEADER_FILL).set();
        sheet.freezePane(0, 1);
        for (int c = 0; c < header.size(); c++) {
            sheet.width(c, Math.max(12, Math.min(40, header.get(c).length() + 4)));
        }
    }

    private static void finish(Worksheet sheet, int columns, int rows) {
        sheet.setAutoFilter(0, 0, Math.max(0, rows - 1), columns - 1);
    }

    private static void text(Worksheet sheet, int r, int c, String text) {
        if (!text.isEmpty()) {
            sheet.value(r, c, text);
        }
    }

    /**
     * A number cell, shown with its own decimals, or the given ones ({@code decimals} 0 or more) for a
     * figure computed rather than published.
     */
    private static void number(Worksheet sheet, int r, int c, Optional<BigDecimal> value, Map<Integer, String> formats,
            int decimals) {
        if (value.isEmpty()) {
            return;
        }
        BigDecimal number = value.get();
        if (number.scale() < 0) {
            number = number.setScale(0);
        }
        if (number.precision() > CELL_DIGITS) {
            // A number cell holds a double, which keeps 15 significant digits: such a number is written as
            // text, which the reader reads as a CSV field, every digit kept.
            sheet.value(r, c, number.toPlainString());
            return;
        }
        int shown = decimals >= 0 ? decimals : Math.min(number.scale(), CELL_DIGITS);
        sheet.value(r, c, number);
        sheet.style(r, c).format(formats.computeIfAbsent(shown, ExcelWriter::format)).set();
    }

    /** The number format of so many decimals, grouped by thousands: {@code #,##0.00}. */
    static String format(int decimals) {
        return decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals);
    }

    /** A sheet name for an indicator's code: without the characters a name cannot hold, cut to 31, unique. */
    private static String sheetName(String code, Set<String> taken) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            name.append(NOT_IN_SHEET_NAMES.indexOf(c) >= 0 ? '_' : c);
        }
        String base = name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME) : name.toString();
        String candidate = base;
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "~" + n;
            candidate = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return candidate;
    }
}
