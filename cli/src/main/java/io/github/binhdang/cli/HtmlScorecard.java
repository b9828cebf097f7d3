package io.github.binhdang.cli;

import io.github.binhdang.cli.chart.Charts;
import io.github.binhdang.core.data.Dataset;
import io.github.binhdang.core.data.Observation;
import io.github.binhdang.core.progress.ProgressStatus;
import io.github.binhdang.core.progress.Scorecard;
import io.github.binhdang.core.progress.ScorecardRow;
import io.github.binhdang.core.progress.Series;
import io.github.binhdang.core.strategy.Strategy;
import io.github.binhdang.core.validation.Severity;
import io.github.binhdang.core.validation.ValidationReport;
import java.util.Set;
import java.util.TreeSet;

/**
 * The scorecard as one self-contained HTML file: no script, no link outside it, the charts inline as
 * SVG, the status, reason and sources of each target, in Vietnamese or English, laid out for A4 paper
 * ({@code @page}) as well as for a screen.
 */
final class HtmlScorecard {

    private HtmlScorecard() {
    }

    static String render(Strategy strategy, Scorecard card, Dataset dataset, ValidationReport findings, Texts t) {
        StringBuilder h = new StringBuilder(64_000);
        String title = t.t(strategy.title()) + " · " + Shared.area(card.area(), t);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(t.isVietnamese() ? "vi" : "en").append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n<title>").append(esc(title)).append("</title>\n<style>\n")
                .append("@page { size: A4; margin: 15mm 12mm; }\n")
                .append("body { font-family: '").append(Charts.fontFamily())
                .append("', 'Noto Sans', 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; color: #212121;"
                        + " margin: 0 auto; max-width: 190mm; background: #fff; }\n")
                .append("h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 6pt; }\n")
                .append(".meta { color: #555; margin: 0 0 10pt; }\n")
                .append("table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #bbb;"
                        + " padding: 3pt 4pt; vertical-align: top; text-align: left; }\n")
                .append("th { background: #eceff1; } tr, figure { page-break-inside: avoid; break-inside: avoid; }\n")
                .append("thead { display: table-header-group; }\n")
                .append(".status { font-weight: bold; white-space: nowrap; }\n")
                .append("figure { margin: 8pt 0; } figure svg { width: 100%; height: auto; max-height: 95mm; }\n")
                .append(".sources { font-size: 8.5pt; color: #444; } td.text { width: 27%; } td.reason { width: 30%; }\n")
                .append("table { font-size: 9.5pt; } td.nowrap { white-space: nowrap; }\n");
        for (ProgressStatus s : ProgressStatus.values()) {
            java.awt.Color c = Charts.STATUS_COLOURS.get(s.ordinal());
            h.append(".s-").append(s.name()).append(" { color: ")
                    .append(String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue())).append("; }\n");
        }
        h.append("</style>\n</head>\n<body>\n");
        h.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"meta\">")
                .append(esc(t.t("html.meta", card.method(), card.rows().size(), findings.count(Severity.ERROR),
                        findings.count(Severity.WARNING))))
                .append("</p>\n");
        h.append("<h2>").append(esc(t.t("html.byStatus"))).append("</h2>\n<figure>")
                .append(inline(Charts.svg(Charts.byStatus(card, t.locale())), 0)).append("</figure>\n");
        h.append("<h2>").append(esc(t.t("html.targets"))).append("</h2>\n<table>\n<thead><tr>");
        for (String head : t.t("html.columns").split("\\|")) {
            h.append("<th>").append(esc(head)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (ScorecardRow row : card.rows()) {
            String latest = row.latestValue()
                    .map(v -> t.value(v, row.milestone().unit().symbol()) + " (" + t.period(row.latestPeriod().orElseThrow()) + ")")
                    .orElse(t.t("scorecard.noValue"));
            h.append("<tr><td>").append(esc(row.target().code())).append("</td><td class=\"text\">").append(esc(t.t(row.target().text())))
                    .append("</td><td>").append(esc(t.milestone(row.milestone()))).append("</td><td>").append(esc(latest))
                    .append("</td><td class=\"status s-").append(row.status().name()).append("\">")
                    .append(esc(t.t(row.status().title()))).append("</td><td class=\"reason\">").append(esc(t.t(row.reason())))
                    .append("</td><td class=\"sources\">").append(esc(sources(row, card, dataset, t))).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        boolean heading = false;
        int number = 0;
        for (ScorecardRow row : card.rows()) {
            Series series = Series.of(row.target(), dataset, card.area(), card.breakdown());
            if (series.isEmpty()) {
                continue;
            }
            if (!heading) {
                h.append("<h2>").append(esc(t.t("html.series"))).append("</h2>\n");
                heading = true;
            }
            h.append("<figure>").append(inline(Charts.svg(Charts.series(row, series, t.locale())), ++number))
                    .append("</figure>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    /** The sources of the observations of a target's indicator in the area, or the file it came from. */
    private static String sources(ScorecardRow row, Scorecard card, Dataset dataset, Texts t) {
        Set<String> sources = new TreeSet<>();
        for (Observation o : dataset) {
            if (o.indicator().equals(row.target().indicator().code()) && o.area().equals(card.area())) {
                sources.add(o.source().orElseGet(() -> dataset.source().map(f -> f.name()).orElse("")));
            }
        }
        sources.remove("");
        return sources.isEmpty() ? "—" : String.join("; ", sources);
    }

    /**
     * An SVG document without its XML declaration and document type, to sit inside HTML, its clip path
     * identifiers prefixed with the chart's number so that no two charts of the page share one.
     */
    static String inline(String svg, int number) {
        int start = svg.indexOf("<svg");
        String body = start < 0 ? svg : svg.substring(start);
        return body.replace("id=\"clip", "id=\"c" + number + "-clip").replace("url(#clip", "url(#c" + number + "-clip");
    }

    static String esc(String text) {
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
