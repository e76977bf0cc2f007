package dev.earshot.report.html;

import dev.earshot.report.ReportFormatWriter;
import dev.earshot.report.chart.ChartRendering;
import dev.earshot.report.chart.ReportChart;
import dev.earshot.report.chart.ReportCharts;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.text.Figures;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code index.html}: one self-contained page (inline CSS and SVG charts, no network references, no scripts)
 * with the summary card, findings, device-by-device section, charts, the optional reference/album/release/codec/blind
 * sections when present, and the method appendix. Also writes every chart as {@code charts/<id>.svg} and
 * {@code charts/<id>.png} (2× scale). The markup is XHTML-compatible so it parses as XML. Stateless; one instance may
 * write several reports, one at a time per thread.
 */
public final class HtmlReportWriter implements ReportFormatWriter {

    /** Pixels per point of the PNG copies of the charts. */
    private static final double PNG_SCALE = 2.0;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileName() {
        return "index.html";
    }

    @Override
    public void write(ReportDocument document, Path folder) throws IOException {
        Path charts = Files.createDirectories(folder.resolve("charts"));
        Map<String, String> inline = new LinkedHashMap<>();
        for (ReportChart chart : ReportCharts.of(document)) {
            String svg = ChartRendering.svg(chart.chart(), chart.widthPt(), chart.heightPt(), chart.id() + "-", false);
            inline.put(chart.id(), figure(svg, chart.caption()));
            Files.writeString(charts.resolve(chart.id() + ".svg"), ChartRendering.svg(chart.chart(), chart.widthPt(),
                    chart.heightPt(), chart.id() + "-", true), StandardCharsets.UTF_8);
            Files.write(charts.resolve(chart.id() + ".png"),
                    ChartRendering.png(chart.chart(), chart.widthPt(), chart.heightPt(), PNG_SCALE));
        }
        Files.writeString(folder.resolve(fileName()), page(document, inline), StandardCharsets.UTF_8);
    }

    /** The whole page as a string; {@code inlineCharts} maps chart id to its {@code <figure>} markup. */
    static String page(ReportDocument document, Map<String, String> inlineCharts) {
        Html html = new Html();
        html.raw("<!DOCTYPE html>").newline();
        html.open("html", "lang", "en").newline();
        html.open("head");
        html.empty("meta", "charset", "utf-8");
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.empty("meta", "name", "generator", "content", "Earshot " + document.meta().earshotVersion());
        html.element("title", document.meta().title() + " \u2014 translation report");
        html.open("style").raw(HtmlStyle.CSS).close("style");
        html.close("head").newline();
        html.open("body").open("main");
        SummaryHtml.cover(html, document);
        SummaryHtml.summary(html, document);
        SummaryHtml.findings(html, document);
        DevicesHtml.devices(html, document, inlineCharts);
        charts(html, inlineCharts);
        ExtrasHtml.references(html, document, inlineCharts);
        ExtrasHtml.album(html, document.album(), inlineCharts);
        ExtrasHtml.release(html, document.release(), inlineCharts);
        ExtrasHtml.codec(html, document.codec());
        ExtrasHtml.blindTests(html, document.blindTests());
        MethodHtml.method(html, document);
        html.element("footer", document.meta().title() + " \u00b7 " + Figures.date(document.meta().created())
                + " \u00b7 made with Earshot " + document.meta().earshotVersion() + ", schema "
                + document.meta().schemaVersion());
        html.close("main").close("body").newline().close("html").newline();
        return html.toString();
    }

    private static void charts(Html html, Map<String, String> inlineCharts) {
        List<String> overview = List.of("loudness-over-time", "band-heatmap", "band-deltas", "loudness",
                "low-end");
        if (overview.stream().noneMatch(inlineCharts::containsKey)) {
            return;
        }
        html.open("section", "id", "charts", "class", "major");
        html.element("h2", "Charts");
        for (String id : overview) {
            String figure = inlineCharts.get(id);
            if (figure != null) {
                html.raw(figure);
            }
        }
        html.close("section").newline();
    }

    private static String figure(String svg, String caption) {
        Html html = new Html();
        html.open("figure").raw(svg).element("figcaption", caption).close("figure");
        return html.toString();
    }
}
