package dev.earshot.report.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.List;

class PdfTableTest {

    @Test
    void longTableContinuesOnNewPagesWithItsHeaderRepeated() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(pdf);
            canvas.newPage();
            PdfTable table = new PdfTable(List.of(new PdfTable.Column("ROWNAME", 3f, false),
                    new PdfTable.Column("VALUE", 1f, true)));
            int rows = 150;
            for (int i = 0; i < rows; i++) {
                table.row("row " + i + " with a long description that has to wrap onto a second line inside its "
                        + "cell because the column is narrow", Integer.toString(i));
            }
            table.draw(canvas, 0f);
            canvas.finish();
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            int rowsSeen = 0;
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("ROWNAME"), "header on page " + page);
                rowsSeen += text.split("with a long description", -1).length - 1;
            }
            assertEquals(rows, rowsSeen, "every row once: rows never split or repeat");
        }
    }

    @Test
    void wrappedLinesFitTheWidthAndOverlongWordsAreBroken() throws Exception {
        try (PDDocument pdf = new PDDocument()) {
            PdfCanvas canvas = new PdfCanvas(pdf);
            String text = "a " + "x".repeat(300) + " short words follow here";
            List<String> lines = canvas.wrap(text, PdfCanvas.Style.REGULAR, 10f, 200f);
            assertTrue(lines.size() >= 3, lines.toString());
            for (String line : lines) {
                assertTrue(canvas.width(line, PdfCanvas.Style.REGULAR, 10f) <= 200f + 1e-3f, line);
            }
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "no character lost");
        }
    }
}
