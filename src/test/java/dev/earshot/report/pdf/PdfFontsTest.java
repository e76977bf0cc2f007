package dev.earshot.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.earshot.report.pdf.PdfCanvas.Style;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfFontsTest {
    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation");
    private static final String NAMES = "Łukasz Żółć, Дмитрий, Ελένη";

    @Test
    void helveticaReplacesWhatWinAnsiCannotShow() {
        PdfText text = new PdfText(PdfFonts.standard().get(Style.REGULAR));
        // Ż and ć lose their accents, ó is in WinAnsi, Ł and ł have no accent to strip; Cyrillic and Greek are
        // outside WinAnsi.
        assertEquals("?ukasz Zó?c, ???????, ?????", text.safe(NAMES));
    }

    @Test
    void anEmbeddedSystemFontKeepsLatinGreekAndCyrillicNames(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isRegularFile(LIBERATION.resolve("LiberationSans-Regular.ttf")), "no Liberation Sans");
        Path file = dir.resolve("names.pdf");
        try (PDDocument document = new PDDocument()) {
            Map<Style, PDFont> fonts = PdfFonts.load(document);
            assertEquals(new PdfText(fonts.get(Style.REGULAR)).safe(NAMES), NAMES);
            PdfCanvas canvas = new PdfCanvas(document);
            canvas.newPage();
            canvas.paragraph(NAMES, Style.BOLD, 12, PdfCanvas.INK, 0);
            canvas.finish();
            document.save(file.toFile());
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains(NAMES), "extractable as written");
        }
    }

    @Test
    void aMissingOrDamagedFamilyIsSkipped(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.ttf"), "not a font");
        try (PDDocument document = new PDDocument()) {
            assertNull(PdfFonts.embedded(document, List.of(dir.resolve("missing.ttf"), broken, broken)));
            assertNull(PdfFonts.embedded(document, List.of(broken, broken, broken)));
        }
    }
}
