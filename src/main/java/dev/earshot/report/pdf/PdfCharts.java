package dev.earshot.report.pdf;

import dev.earshot.report.chart.ChartRendering;
import dev.earshot.report.chart.ReportChart;
import dev.earshot.report.chart.ReportCharts;
import dev.earshot.report.model.ReportDocument;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's charts for the PDF, rasterised at 2× when placed. Charts are laid out at a narrower natural width than
 * in HTML so their text stays about 9 pt once scaled to the A4 column.
 */
final class PdfCharts {

    private static final int LAYOUT_WIDTH_PT = 560;
    private static final double SCALE = 2.0;

    private final Map<String, ReportChart> charts = new LinkedHashMap<>();

    PdfCharts(ReportDocument document) {
        for (ReportChart chart : ReportCharts.of(document)) {
            charts.put(chart.id(), chart);
        }
    }

    /** Every chart id, in report order. */
    List<String> ids() {
        return List.copyOf(charts.keySet());
    }

    boolean has(String id) {
        return charts.containsKey(id);
    }

    /** Draws the chart and its caption; does nothing when the report has no such chart. */
    void draw(PdfCanvas canvas, String id) throws IOException {
        ReportChart chart = charts.get(id);
        if (chart == null) {
            return;
        }
        // Heights are set by rows of bars and legend lines, which do not shrink with the width: keep them.
        BufferedImage image = ChartRendering.pngImage(chart.chart(), LAYOUT_WIDTH_PT, chart.heightPt(), SCALE);
        canvas.image(image, PdfCanvas.WIDTH);
        canvas.paragraph(chart.caption(), PdfCanvas.Style.ITALIC, 8f, PdfCanvas.MUTED, 10f);
    }
}
