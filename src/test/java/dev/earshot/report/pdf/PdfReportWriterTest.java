package dev.earshot.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.report.ReportDocumentFixtures;
import dev.earshot.report.chart.ReportCharts;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

class PdfReportWriterTest {

    // Each report renders its charts once; the read-only tests share the written files.
    @TempDir
    static Path fullFolder;
    @TempDir
    static Path emptyFolder;
    private static int fullPages;
    private static String fullText;
    private static String emptyText;
    private static List<String> fullBookmarks;
    private static int fullImages;
    private static int fullForms;

    @BeforeAll
    static void writeReports() throws Exception {
        new PdfReportWriter().write(ReportDocumentFixtures.full(), fullFolder);
        new PdfReportWriter().write(ReportDocumentFixtures.withoutOptionalSections(), emptyFolder);
        try (PDDocument pdf = Loader.loadPDF(fullFolder.resolve("report.pdf").toFile())) {
            fullPages = pdf.getNumberOfPages();
            fullText = flat(new PDFTextStripper().getText(pdf));
            for (PDPage page : pdf.getPages()) {
                countXObjects(page.getResources());
            }
            fullBookmarks = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                fullBookmarks.add(item.getTitle());
            }
        }
        try (PDDocument pdf = Loader.loadPDF(emptyFolder.resolve("report.pdf").toFile())) {
            emptyText = flat(new PDFTextStripper().getText(pdf));
        }
    }

    @Test
    void fullReportOpensWithSeveralNumberedPages() {
        assertTrue(fullPages > 1, "pages: " + fullPages);
        assertTrue(fullText.contains("Page 1 of " + fullPages), "first footer");
        assertTrue(fullText.contains("Page " + fullPages + " of " + fullPages), "last footer");
        assertTrue(fullText.contains("25 November 2026"), "date in the footer and on the cover");
    }

    @Test
    void textHoldsEveryFindingHeadlineProfileNameAndLoudness() {
        ReportDocument document = ReportDocumentFixtures.full();
        for (Finding finding : document.findings()) {
            assertTrue(fullText.contains(flat(finding.headline())), finding.headline());
        }
        for (ProfileSection profile : document.profiles()) {
            assertTrue(fullText.contains(profile.profileName()), profile.profileName());
            String loudness = String.format(Locale.ROOT, "%.1f", profile.loudness().integratedLufs());
            assertTrue(fullText.contains(loudness), profile.profileName() + " " + loudness);
        }
        assertTrue(fullText.contains(String.format(Locale.ROOT, "%.1f",
                document.master().loudness().integratedLufs())), "master integrated loudness");
    }

    @Test
    void nonLatinFileNameIsWrittenWithReplacementsInsteadOfFailing() {
        // The Standard 14 font has no CJK glyphs; Latin-1 letters such as ö survive.
        assertTrue(fullText.contains("Nachtfahrt <v3> & \"final\" ?? - Bj\u00f6rk.wav"), fullText.substring(0, 300));
    }

    @Test
    void optionalSectionsAppearOnlyWhenFilled() {
        List<String> optional = List.of("Against the reference", "Album consistency", "On streaming platforms",
                "Through a lossy codec", "Blind listening tests");
        for (String heading : optional) {
            assertTrue(fullText.contains(heading), heading);
            assertFalse(emptyText.contains(heading), heading);
        }
        for (String always : List.of("Findings", "Device by device", "Method", "plain-master.wav")) {
            assertTrue(emptyText.contains(always), always);
        }
    }

    @Test
    void everySectionHasABookmarkAndTheFooterNamesTheMaster() {
        assertEquals(List.of("Summary", "Findings", "Device by device", "Charts", "Against the reference",
                "Album consistency", "On streaming platforms", "Through a lossy codec", "Blind listening tests",
                "Method"), fullBookmarks);
        assertTrue(fullText.contains("Bj\u00f6rk.wav \u00b7 25 November 2026 Page 2 of"), "footer of page 2");
    }

    @Test
    void albumSectionStatesTheRuleTheFlagsFollow() {
        assertTrue(fullText.contains("more than 3.0 LU from the mean of the other tracks"), "album rule");
        assertTrue(fullText.contains("median track"), "album rule, three or more tracks");
    }

    @Test
    void unencodableCharactersAreReplacedNotThrown() {
        PdfText text = new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        assertEquals("-4.1 dB", text.safe("\u22124.1 dB"));
        assertEquals("dI inf", text.safe("\u0394I \u221e"));
        assertEquals("Bj\u00f6rk \u2013 \u2026", text.safe("Bj\u00f6rk \u2013 \u2026"));
        assertEquals("??", text.safe("\u6771\u4eac"));
        assertEquals("?", text.safe("\uD83C\uDFB5"));
        assertEquals("Dvorak", text.safe("Dvo\u0159\u00e1k").replace('\u00e1', 'a'));
    }

    @Test
    void chartsAreVectorFormsWithExtractableAxisLabels() {
        assertEquals(0, fullImages, "image XObjects in the PDF");
        assertTrue(fullForms >= ReportCharts.of(ReportDocumentFixtures.full()).size(), "chart forms: " + fullForms);
        for (String label : List.of("Frequency (Hz)", "Device relative to master (dB)", "Loudness and true peak",
                "20k", "Master loudness over time", "Time (m:ss)", "3:30", "Band balance at a glance", "-27.5")) {
            assertTrue(fullText.contains(label), label);
        }
        // A rotated title JFreeChart draws as glyphs is written as text again (PDFBox extracts rotated text in
        // pieces, so spaces are ignored here).
        assertTrue(fullText.replace(" ", "").contains("Short-termloudness(LUFS)"), "rotated axis title");
    }

    /** Counts image and form XObjects in {@code resources} and, recursively, in the forms' own resources. */
    private static void countXObjects(PDResources resources) throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(name);
            if (xObject instanceof PDImageXObject) {
                fullImages++;
            } else if (xObject instanceof PDFormXObject form) {
                fullForms++;
                countXObjects(form.getResources());
            }
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
