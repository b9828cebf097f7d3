package io.github.binhdang.cli.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.binhdang.core.data.Breakdown;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.period.ReportingPeriod;
import io.github.binhdang.core.progress.ProgressMethod;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.Series;
import io.github.binhdang.indicators.GenderIndicators;
import io.github.binhdang.indicators.Strategy2021To2030;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @TempDir
    Path dir;

    /** Sơn La's 40 % (2022) and 48 % (2024) for target 1.1; 1.6 for 3.1: one needs acceleration, one achieved. */
    static Dataset data() {
        String area = "14";
        return Dataset.builder()
                .add(Observation.builder("POL-01", area, ReportingPeriod.parse("2022")).components(100, 250).build())
                .add(Observation.builder("POL-01", area, ReportingPeriod.parse("2024")).components(120, 250).build())
                .add(Observation.builder("FAM-01", area, ReportingPeriod.parse("2024")).value(new BigDecimal("1.6")).build())
                .build();
    }

    static Scorecard card(Dataset data) {
        return Scorecard.of(Strategy2021To2030.STRATEGY, data, "14", Breakdown.TOTAL, ProgressMethod.defaults());
    }

    /** Parses the SVG as XML and counts the shapes filled with each status's colour. */
    static Map<ProgressStatus, Integer> barsByStatus(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        // The DOCTYPE names the W3C's DTD: never fetched.
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        Map<ProgressStatus, Integer> bars = new LinkedHashMap<>();
        for (ProgressStatus s : ProgressStatus.values()) {
            bars.put(s, 0);
        }
        for (String tag : List.of("path", "rect", "polygon")) {
            NodeList shapes = doc.getElementsByTagName(tag);
            for (int i = 0; i < shapes.getLength(); i++) {
                String style = ((Element) shapes.item(i)).getAttribute("style");
                for (ProgressStatus s : ProgressStatus.values()) {
                    Color c = Charts.STATUS_COLOURS.get(s.ordinal());
                    if (style.contains("fill:rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")")) {
                        bars.merge(s, 1, Integer::sum);
                    }
                }
            }
        }
        return bars;
    }

    @Test
    void theStatusChartIsWellFormedSvgWithOneBarPerStatus() throws Exception {
        Map<ProgressStatus, Integer> bars = barsByStatus(Charts.svg(Charts.byStatus(card(data()), VI)));

        assertThat(bars.values()).containsOnly(1);
    }

    /** With no value at all, 17 targets have no data and the five other statuses none: still a bar each. */
    @Test
    void statusesWithNoTargetStillHaveTheirBar() throws Exception {
        Scorecard empty = card(Dataset.empty());
        assertThat(empty.count(ProgressStatus.NO_DATA)).isEqualTo(17);

        assertThat(barsByStatus(Charts.svg(Charts.byStatus(empty, Locale.ENGLISH))).values()).containsOnly(1);
    }

    @Test
    void pngIsOfTheDocumentedSize() throws Exception {
        Scorecard card = card(data());
        ScorecardRow row = card.row("1.1").orElseThrow();
        Path file = dir.resolve("series.png");
        Charts.writePng(Charts.series(row, Series.of(row.target(), data(), "14", Breakdown.TOTAL), VI), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(Charts.WIDTH).isEqualTo(800);
        assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT).isEqualTo(450);
        BufferedImage status = ImageIO.read(new ByteArrayInputStream(Charts.png(Charts.byStatus(card, VI))));
        assertThat(status.getWidth()).isEqualTo(800);
        assertThat(status.getHeight()).isEqualTo(450);
    }

    /** The series chart: observed values, the projection to 2025 (52.00, worked out in ScorecardCommandTest) and the milestones. */
    @Test
    void theSeriesChartHasValuesProjectionAndMilestones() {
        Scorecard card = card(data());
        ScorecardRow row = card.row("1.1").orElseThrow();
        XYChart chart = Charts.series(row, Series.of(row.target(), data(), "14", Breakdown.TOTAL), Locale.ENGLISH);

        assertThat(chart.getSeriesMap()).containsOnlyKeys("Observed", "Trend to 2025", "Milestones");
        assertThat(chart.getSeriesMap().get("Trend to 2025").getYData()).containsExactly(48.0, 52.0);
        assertThat(chart.getSeriesMap().get("Milestones").getXData()).containsExactly(2025.0, 2030.0);
        assertThat(chart.getSeriesMap().get("Milestones").getYData()).containsExactly(60.0, 75.0);
    }

    /** Every label of every chart, in Vietnamese, is drawn by the chart's font without a missing glyph. */
    @Test
    void noVietnameseGlyphIsMissing() {
        Font font = ChartFont.of(Font.PLAIN, 12);
        assertThat(font.canDisplayUpTo(ChartFont.VIETNAMESE_LETTERS)).isEqualTo(-1);
        Scorecard card = card(data());
        List<Chart<?, ?>> charts = new ArrayList<>();
        charts.add(Charts.byStatus(card, VI));
        for (ScorecardRow row : card.rows()) {
            charts.add(Charts.series(row, Series.of(row.target(), data(), "14", Breakdown.TOTAL), VI));
        }
        Map<String, BigDecimal> bySex = new LinkedHashMap<>();
        bySex.put("Nữ", new BigDecimal("42.1"));
        bySex.put("Nam", new BigDecimal("57.9"));
        charts.add(Charts.breakdown("Tỷ lệ lao động làm công hưởng lương theo giới tính, năm 2024", bySex, "%"));
        List<String> labels = new ArrayList<>(Charts.statusLabels(VI));
        labels.addAll(bySex.keySet());
        for (Chart<?, ?> chart : charts) {
            labels.add(chart.getTitle());
            labels.add(chart.getXAxisTitle());
            labels.add(chart.getYAxisTitle());
            labels.addAll(chart.getSeriesMap().keySet());
            assertThat(chart.getStyler().getChartTitleFont().getFamily(Locale.ROOT)).isEqualTo(Charts.fontFamily());
        }
        assertThat(labels).contains("Chưa có số liệu", "Cần đẩy nhanh", "Đang đi lùi", "Mốc", "Số liệu", "Năm");
        for (String label : labels) {
            assertThat(font.canDisplayUpTo(label)).as(label).isEqualTo(-1);
        }
    }

    @Test
    void theBreakdownChartHasOneBarPerCategory() throws Exception {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("Nữ", new BigDecimal("42.1"));
        values.put("Nam", new BigDecimal("57.9"));
        CategoryChart chart = Charts.breakdown("ECO-01, 2024", values, "%");

        assertThat(List.<Object>copyOf(chart.getSeriesMap().values().iterator().next().getXData())).containsExactly("Nữ", "Nam");
        String svg = Charts.svg(chart);
        assertThat(svg.split("fill:rgb\\(106,27,154\\)", -1)).hasSize(3);
    }

    @Test
    void longTitlesAreCutAtASpace() {
        assertThat(Charts.shorten("short")).isEqualTo("short");
        String cut = Charts.shorten("word ".repeat(30));
        assertThat(cut).endsWith("word…").hasSizeLessThanOrEqualTo(Charts.TITLE_LENGTH);
        assertThat(GenderIndicators.KEY_LEADERS_FEMALE.code()).isEqualTo("POL-01");
    }
}
