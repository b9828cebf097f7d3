package io.github.binhdang.cli.chart;

import io.github.binhdang.core.BilingualText;
import io.github.binhdang.core.progress.Assessment;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.Series;
import io.github.binhdang.core.progress.SeriesPoint;
import io.github.binhdang.core.strategy.Milestone;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.knowm.xchart.style.lines.SeriesLines;

/**
 * Charts of a scorecard, drawn with XChart and written as SVG or PNG: the targets by status (a bar per
 * status), a target's series against its milestones with the projection to the milestone's year, and a
 * value broken down by sex or by area (a bar per category).
 *
 * <p>Every chart is {@value #WIDTH} × {@value #HEIGHT} pixels, its PNG at that size. Its text is drawn
 * in a font that has every Vietnamese letter (DejaVu Sans where installed, else Noto Sans, Liberation
 * Sans, Arial…, see {@link #fontFamily()}); the SVG carries its text as the outlines of that font's
 * glyphs, so "Chưa có số liệu" shows with its marks in any viewer, whatever fonts it has. Labels are in Vietnamese for a locale of language {@code vi}, in English otherwise.
 *
 * <pre>
 * CategoryChart chart = Charts.byStatus(scorecard, Locale.forLanguageTag("vi"));
 * Charts.writeSvg(chart, Path.of("status.svg"));
 * Charts.writePng(chart, Path.of("status.png"));
 * </pre>
 *
 * @implSpec This class is immutable and thread-safe; the charts it returns are mutable and not.
 */
public final class Charts {

    /** The width of every chart, in pixels. */
    public static final int WIDTH = 800;
    /** The height of every chart, in pixels. */
    public static final int HEIGHT = 450;

    /**
     * The colour of each status's bar, in the order of {@link ProgressStatus}: green, teal, amber, orange,
     * red, grey.
     */
    public static final List<Color> STATUS_COLOURS = List.of(new Color(0x2E7D32), new Color(0x00897B),
            new Color(0xF9A825), new Color(0xEF6C00), new Color(0xC62828), new Color(0x9E9E9E));

    private static final Pattern LONG_DECIMALS = Pattern.compile("(\\d\\.\\d{2})\\d+");

    /** The longest title that fits a chart's width in the title font, in characters. */
    static final int TITLE_LENGTH = 80;

    private Charts() {
    }

    /**
     * Returns the font family charts are drawn in, one that shows every Vietnamese letter where any
     * installed font does.
     *
     * @return the family's name, such as {@code DejaVu Sans}, not null
     */
    public static String fontFamily() {
        return ChartFont.FAMILY;
    }

    /**
     * Draws the targets of a scorecard by status: one bar per status, every status shown (those with no
     * target as a bar of height 0), each in its colour of {@link #STATUS_COLOURS}.
     *
     * @param scorecard  the scorecard, not null
     * @param locale     the language of the labels, not null
     * @return the chart, not null
     */
    public static CategoryChart byStatus(Scorecard scorecard, Locale locale) {
        Objects.requireNonNull(scorecard, "scorecard");
        boolean vi = isVietnamese(locale);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
                .title(pick(vi, "Chỉ tiêu theo tình trạng", "Targets by status") + " (" + scorecard.method() + ")")
                .xAxisTitle(pick(vi, "Tình trạng", "Status")).yAxisTitle(pick(vi, "Số chỉ tiêu", "Targets")).build();
        style(chart);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisDecimalPattern("#");
        chart.getStyler().setYAxisMin(0.0);
        List<String> categories = new ArrayList<>();
        for (ProgressStatus status : ProgressStatus.values()) {
            categories.add(text(vi, status.title()));
        }
        for (ProgressStatus status : ProgressStatus.values()) {
            // One series per status with its count in its own category and nothing elsewhere: one bar each.
            List<Number> counts = new ArrayList<>(Collections.nCopies(categories.size(), null));
            counts.set(status.ordinal(), scorecard.count(status));
            CategorySeries s = chart.addSeries(text(vi, status.title()), categories, counts);
            s.setFillColor(STATUS_COLOURS.get(status.ordinal()));
        }
        return chart;
    }

    /**
     * Draws a target's series against its milestones: the values observed (a line with markers), each
     * milestone (a diamond at its year and value) and, when the assessment has one, the linear projection
     * from the latest value to the milestone's year (a dashed line).
     *
     * @param row     the target and its assessment, not null
     * @param series  the target's series in the scorecard's area and breakdown, not null
     * @param locale  the language of the labels, not null
     * @return the chart, not null
     */
    public static XYChart series(ScorecardRow row, Series series, Locale locale) {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(series, "series");
        boolean vi = isVietnamese(locale);
        String unit = row.milestone().unit().symbol();
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(shorten(pick(vi, "Chỉ tiêu ", "Target ") + row.target().code() + ": "
                        + text(vi, row.target().indicator().name())))
                .xAxisTitle(pick(vi, "Năm", "Year")).yAxisTitle(unit).build();
        style(chart);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        if (!series.isEmpty()) {
            double[] x = new double[series.points().size()];
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                SeriesPoint p = series.points().get(i);
                x[i] = p.period().endYear();
                y[i] = p.shown().doubleValue();
            }
            XYSeries observed = chart.addSeries(pick(vi, "Số liệu", "Observed"), x, y);
            observed.setMarker(SeriesMarkers.CIRCLE);
            observed.setLineColor(new Color(0x1565C0));
            observed.setMarkerColor(new Color(0x1565C0));
            Assessment a = row.assessment();
            if (a.linearProjection().isPresent() && a.latest().isPresent()) {
                SeriesPoint latest = a.latest().get();
                XYSeries projection = chart.addSeries(pick(vi, "Xu hướng đến ", "Trend to ") + row.milestone().year(),
                        new double[] {latest.period().endYear(), row.milestone().year()},
                        new double[] {latest.value().doubleValue(), a.linearProjection().get().doubleValue()});
                projection.setLineStyle(SeriesLines.DASH_DASH);
                projection.setMarker(SeriesMarkers.NONE);
                projection.setLineColor(new Color(0x616161));
            }
        }
        List<Milestone> milestones = new ArrayList<>();
        for (Milestone m : row.target().milestones()) {
            if (!m.isYesNo()) {
                milestones.add(m);
            }
        }
        if (!milestones.isEmpty()) {
            double[] x = milestones.stream().mapToDouble(Milestone::year).toArray();
            double[] y = milestones.stream().mapToDouble(m -> m.value().doubleValue()).toArray();
            XYSeries m = chart.addSeries(pick(vi, "Mốc", "Milestones"), x, y);
            m.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
            m.setMarker(SeriesMarkers.DIAMOND);
            m.setMarkerColor(new Color(0xC62828));
        }
        if (chart.getSeriesMap().isEmpty()) {
            chart.addSeries(pick(vi, "Chưa có số liệu", "No data"), new double[] {row.milestone().year()},
                    new double[] {0});
        }
        return chart;
    }

    /**
     * Draws a value broken down by sex or by area: one bar per category, in the order given.
     *
     * @param title   the chart's title, such as the indicator's name and the period, not null
     * @param values  each category's label (such as "Nữ", "Nam" or a province's name) and value, not null
     * @param unit    the unit's symbol for the axis, such as {@code %}, not null
     * @return the chart, not null
     */
    public static CategoryChart breakdown(String title, Map<String, BigDecimal> values, String unit) {
        Objects.requireNonNull(values, "values");
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(shorten(title)).yAxisTitle(unit)
                .build();
        style(chart);
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        List<String> labels = new ArrayList<>(values.keySet());
        List<Number> numbers = new ArrayList<>();
        for (BigDecimal v : values.values()) {
            numbers.add(v.doubleValue());
        }
        if (!labels.isEmpty()) {
            chart.addSeries(title, labels, numbers).setFillColor(new Color(0x6A1B9A));
        }
        return chart;
    }

    /**
     * Returns a chart as an SVG document whose text names the chart's font.
     *
     * @param chart  the chart, not null
     * @return the SVG document, not null
     */
    public static String svg(Chart<?, ?> chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Coordinates to a hundredth of a pixel: the glyph outlines' 16 decimals would triple the size.
        return LONG_DECIMALS.matcher(out.toString(StandardCharsets.UTF_8)).replaceAll("$1");
    }

    /**
     * Writes a chart as SVG.
     *
     * @param chart  the chart, not null
     * @param file   the file, not null; replaced if it exists
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writeSvg(Chart<?, ?> chart, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writeSvg(chart, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes a chart as a PNG of {@value #WIDTH} × {@value #HEIGHT} pixels.
     *
     * @param chart  the chart, not null
     * @param file   the file, not null; replaced if it exists
     * @throws UncheckedIOException if the file cannot be written
     */
    public static void writePng(Chart<?, ?> chart, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns a chart as PNG bytes of {@value #WIDTH} × {@value #HEIGHT} pixels.
     *
     * @param chart  the chart, not null
     * @return the PNG, not null
     */
    public static byte[] png(Chart<?, ?> chart) {
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeSvg(Chart<?, ?> chart, OutputStream out) throws IOException {
        out.write(svg(chart).getBytes(StandardCharsets.UTF_8));
    }

    private static void style(Chart<?, ?> chart) {
        Styler s = chart.getStyler();
        s.setBaseFont(ChartFont.of(Font.PLAIN, 12));
        s.setChartTitleFont(ChartFont.of(Font.BOLD, 15));
        s.setLegendFont(ChartFont.of(Font.PLAIN, 12));
        s.setAnnotationTextFont(ChartFont.of(Font.PLAIN, 12));
        s.setAnnotationTextPanelFont(ChartFont.of(Font.PLAIN, 12));
        s.setToolTipFont(ChartFont.of(Font.PLAIN, 12));
        s.setChartBackgroundColor(Color.WHITE);
        s.setChartTitleBoxVisible(false);
        if (s instanceof AxesChartStyler a) {
            a.setAxisTitleFont(ChartFont.of(Font.PLAIN, 12));
            a.setAxisTickLabelsFont(ChartFont.of(Font.PLAIN, 11));
            a.setPlotBackgroundColor(Color.WHITE);
        }
        if (s instanceof org.knowm.xchart.style.CategoryStyler c) {
            c.setLabelsFont(ChartFont.of(Font.PLAIN, 12));
            c.setLabelsFontColorAutomaticEnabled(false);
            c.setLabelsFontColor(Color.BLACK);
        }
    }

    /** A title that fits the chart's width: cut at a space before {@value #TITLE_LENGTH} characters, with "…". */
    static String shorten(String title) {
        if (title.length() <= TITLE_LENGTH) {
            return title;
        }
        int cut = title.lastIndexOf(' ', TITLE_LENGTH - 1);
        return title.substring(0, cut > 0 ? cut : TITLE_LENGTH - 1) + "…";
    }

    private static boolean isVietnamese(Locale locale) {
        return "vi".equals(Objects.requireNonNull(locale, "locale").getLanguage());
    }

    private static String pick(boolean vi, String vietnamese, String english) {
        return vi ? vietnamese : english;
    }

    private static String text(boolean vi, BilingualText text) {
        return vi ? text.vi() : text.en();
    }

    static List<String> statusLabels(Locale locale) {
        boolean vi = isVietnamese(locale);
        return Arrays.stream(ProgressStatus.values()).map(s -> text(vi, s.title())).toList();
    }
}
