package dev.earshot.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.report.html.HtmlReportWriter;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.pdf.PdfReportWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

class WritersCopeWithMissingFiguresTest {

    @Test
    void silentMasterWithFifteenProfilesWritesHtmlAndPdf(@TempDir Path folder) throws Exception {
        ReportDocument document = ReportDocumentFixtures.silentWithManyProfiles();
        new HtmlReportWriter().write(document, folder);
        new PdfReportWriter().write(document, folder);
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(folder.resolve("index.html").toFile());
        String html = Files.readString(folder.resolve("index.html"));
        assertTrue(html.contains("\u2212\u221e"), "silence shows as minus infinity");
        assertTrue(html.contains("n/a"), "NaN shows as n/a");
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("-inf"), "minus infinity in the Standard 14 font");
            assertTrue(text.contains("Smart speaker model 14 with a rather long name"));
        }
    }

    @Test
    void reportWithoutProfilesSaysSoInHtmlAndPdf(@TempDir Path folder) throws Exception {
        ReportDocument full = ReportDocumentFixtures.full();
        ReportDocument document = new ReportDocument(full.meta(), full.master(), List.of(), List.of(), null, null,
                null, null, null);
        new HtmlReportWriter().write(document, folder);
        new PdfReportWriter().write(document, folder);
        String html = Files.readString(folder.resolve("index.html"));
        assertTrue(html.contains("No playback profile was selected"));
        try (PDDocument pdf = Loader.loadPDF(folder.resolve("report.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("No playback profile was selected"));
        }
    }
}
