package dev.earshot.report.pdf;

import dev.earshot.report.ReportFormatWriter;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.text.Figures;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Writes {@code report.pdf} with PDFBox: an A4 cover with the master's figures and top findings, the findings, the
 * device-by-device section with tables and vector charts, the optional sections when present and the method
 * appendix. Every page has a footer with the master's file name, the report's date and "page n of N"; every section
 * has a bookmark. Text is set in the system's Liberation Sans or Arial when installed, else in the Standard 14
 * Helvetica ({@link PdfFonts}); characters the font cannot show are replaced by close ASCII equivalents or "?"
 * ({@link PdfText}). Stateless; one instance may write several reports, one at a time per thread.
 */
public final class PdfReportWriter implements ReportFormatWriter {

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public String fileName() {
        return "report.pdf";
    }

    @Override
    public void write(ReportDocument document, Path folder) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            info(pdf, document);
            PdfCanvas canvas = new PdfCanvas(pdf);
            PdfCharts charts = new PdfCharts(document);
            PdfSummary.cover(canvas, document);
            canvas.newPage();
            PdfSummary.findings(canvas, document);
            PdfDevices.devices(canvas, document, charts);
            overviewCharts(canvas, charts);
            PdfExtras.references(canvas, document, charts);
            PdfExtras.album(canvas, document.album(), charts);
            PdfExtras.release(canvas, document.release(), charts);
            PdfExtras.codec(canvas, document.codec());
            PdfExtras.blindTests(canvas, document.blindTests());
            PdfMethod.method(canvas, document);
            canvas.finish();
            canvas.footers(document.master().fileName() + "  \u00b7  " + Figures.day(document.meta().created()));
            pdf.save(folder.resolve(fileName()).toFile());
        }
    }

    private static void overviewCharts(PdfCanvas canvas, PdfCharts charts) throws IOException {
        if (!charts.has("band-deltas") && !charts.has("loudness-over-time")) {
            return;
        }
        canvas.newPage();
        heading(canvas, "Charts");
        charts.draw(canvas, "loudness-over-time");
        charts.draw(canvas, "band-heatmap");
        charts.draw(canvas, "band-deltas");
        charts.draw(canvas, "loudness");
        charts.draw(canvas, "low-end");
    }

    private static void info(PDDocument pdf, ReportDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.meta().title() + " - translation report");
        info.setCreator("Earshot " + document.meta().earshotVersion());
        info.setProducer("Earshot with Apache PDFBox");
        if (document.meta().client() != null) {
            info.setSubject("For " + document.meta().client());
        }
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.setTimeInMillis(document.meta().created().toEpochMilli());
        info.setCreationDate(created);
    }

    /** A section heading with a rule under it, kept with at least a few lines of what follows. */
    static void heading(PdfCanvas canvas, String text) throws IOException {
        canvas.ensure(90f);
        if (!canvas.atTop()) {
            canvas.moveDown(14f);
        }
        canvas.bookmark(text);
        canvas.paragraph(text, PdfCanvas.Style.BOLD, 17f, PdfCanvas.INK, 2f);
        canvas.line(PdfCanvas.MARGIN_X, canvas.y(), PdfCanvas.MARGIN_X + PdfCanvas.WIDTH, canvas.y(), 1.2f,
                PdfCanvas.INK);
        canvas.moveDown(10f);
    }

    /** A sub-heading, kept with what follows. */
    static void subheading(PdfCanvas canvas, String text) throws IOException {
        canvas.ensure(60f);
        canvas.moveDown(6f);
        canvas.paragraph(text, PdfCanvas.Style.BOLD, 12.5f, PdfCanvas.INK, 4f);
    }
}
