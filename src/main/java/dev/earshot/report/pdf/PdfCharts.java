package dev.earshot.report.pdf;

import dev.earshot.report.chart.GlyphText;
import dev.earshot.report.chart.ReportChart;
import dev.earshot.report.chart.ReportCharts;
import dev.earshot.report.model.ReportDocument;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;

import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's charts for the PDF, drawn as vector form XObjects through a PDFBox Graphics2D bridge; their text is
 * real PDF text in the Standard 14 Helvetica (shapes only for characters it lacks), so it stays sharp, searchable and
 * extractable. Charts are laid out at a narrower natural width than in HTML so their text stays about 9 pt once
 * scaled to the A4 column.
 */
final class PdfCharts {

    private static final int LAYOUT_WIDTH_PT = 560;

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
        PDFormXObject form = vector(canvas, chart);
        canvas.form(form, LAYOUT_WIDTH_PT, chart.heightPt(), PdfCanvas.WIDTH);
        canvas.paragraph(chart.caption(), PdfCanvas.Style.ITALIC, 8f, PdfCanvas.MUTED, 10f);
    }

    private static PDFormXObject vector(PdfCanvas canvas, ReportChart chart) throws IOException {
        PdfBoxGraphics2D g2 = new TextGlyphsGraphics2D(canvas, chart.heightPt());
        try {
            g2.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            chart.chart().draw(g2, new Rectangle2D.Double(0, 0, LAYOUT_WIDTH_PT, chart.heightPt()));
        } finally {
            g2.dispose();
        }
        return g2.getXFormObject();
    }

    /**
     * Writes labels that JFreeChart hands over as glyphs (some rotated axis titles) as text in the label's font, as
     * every other label is, instead of as outlines; glyphs it cannot read back fall through to outlines.
     */
    private static final class TextGlyphsGraphics2D extends PdfBoxGraphics2D {
        private final GlyphText glyphText = new GlyphText();

        TextGlyphsGraphics2D(PdfCanvas canvas, float heightPt) throws IOException {
            super(canvas.document(), LAYOUT_WIDTH_PT, heightPt);
        }

        @Override
        public void drawGlyphVector(GlyphVector glyphs, float x, float y) {
            if (!glyphText.drawAsText(this, glyphs, x, y)) {
                super.drawGlyphVector(glyphs, x, y);
            }
        }
    }
}
