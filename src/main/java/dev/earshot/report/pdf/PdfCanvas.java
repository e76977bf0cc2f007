package dev.earshot.report.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.util.Matrix;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A flowing A4 page layout over PDFBox: a cursor moves down the page, text wraps to the column, and a new page starts
 * when the next block does not fit. Coordinates are PDF points from the page's bottom-left. Standard 14 Helvetica
 * fonts; text the font cannot show is replaced by {@link PdfText}. Not thread-safe; one per document.
 */
final class PdfCanvas {

    /** Text styles. */
    enum Style { REGULAR, BOLD, ITALIC }

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float MARGIN_X = 54f;
    static final float MARGIN_TOP = 60f;
    static final float MARGIN_BOTTOM = 64f;
    static final float WIDTH = PAGE_WIDTH - 2 * MARGIN_X;
    static final Color INK = new Color(0x1D2329);
    static final Color MUTED = new Color(0x5B6770);
    static final Color LINE = new Color(0xD9DEE3);

    private final PDDocument document;
    private final Map<Style, PDFont> fonts = new EnumMap<>(Style.class);
    private final Map<Style, PdfText> texts = new EnumMap<>(Style.class);
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private PDPageContentStream stream;
    private PDPage page;
    private float y;

    PdfCanvas(PDDocument document) {
        this.document = document;
        fonts.putAll(PdfFonts.load(document));
        for (Style style : Style.values()) {
            texts.put(style, new PdfText(fonts.get(style)));
        }
    }

    /** Ends the current page (if any) and starts a new one with the cursor at the top margin. */
    void newPage() throws IOException {
        closeStream();
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PAGE_HEIGHT - MARGIN_TOP;
    }

    /** Starts a new page unless {@code heightPt} more points fit above the bottom margin. */
    void ensure(float heightPt) throws IOException {
        if (stream == null || y - heightPt < MARGIN_BOTTOM) {
            newPage();
        }
    }

    /** Whether the cursor is at the top of a page. */
    boolean atTop() {
        return stream != null && y >= PAGE_HEIGHT - MARGIN_TOP - 0.5f;
    }

    float y() {
        return y;
    }

    void moveDown(float pt) {
        y -= pt;
    }

    /** Wrapped text at the left margin, breaking pages between lines. */
    void paragraph(String text, Style style, float sizePt, Color color, float spaceAfterPt) throws IOException {
        paragraph(text, style, sizePt, color, MARGIN_X, WIDTH, spaceAfterPt);
    }

    void paragraph(String text, Style style, float sizePt, Color color, float x, float width, float spaceAfterPt)
            throws IOException {
        float leading = sizePt * 1.35f;
        for (String line : wrap(text, style, sizePt, width)) {
            ensure(leading);
            y -= leading;
            text(line, style, sizePt, color, x, y + (leading - sizePt) * 0.5f);
        }
        y -= spaceAfterPt;
    }

    /** A single line of already-wrapped text with its baseline at {@code baseline}. */
    void text(String text, Style style, float sizePt, Color color, float x, float baseline) throws IOException {
        stream.beginText();
        stream.setFont(fonts.get(style), sizePt);
        stream.setNonStrokingColor(color);
        stream.newLineAtOffset(x, baseline);
        stream.showText(texts.get(style).safe(text));
        stream.endText();
    }

    /** Width of {@code text} in points once made safe for the font. */
    float width(String text, Style style, float sizePt) {
        PdfText safe = texts.get(style);
        return safe.width(safe.safe(text), sizePt);
    }

    /** Lines of at most {@code width} points; words longer than a line are broken by character. */
    List<String> wrap(String text, Style style, float sizePt, float width) {
        PdfText safe = texts.get(style);
        String clean = safe.safe(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : clean.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (safe.width(candidate, sizePt) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (safe.width(word, sizePt) > width && word.length() > 1) {
                int fit = 1;
                while (fit < word.length() && safe.width(word.substring(0, fit + 1), sizePt) <= width) {
                    fit++;
                }
                lines.add(word.substring(0, fit));
                word = word.substring(fit);
            }
            line.append(word);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void fillRect(float x, float bottom, float width, float height, Color color) throws IOException {
        stream.setNonStrokingColor(color);
        stream.addRect(x, bottom, width, height);
        stream.fill();
    }

    void line(float x1, float y1, float x2, float y2, float widthPt, Color color) throws IOException {
        stream.setStrokingColor(color);
        stream.setLineWidth(widthPt);
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    /**
     * A form XObject of natural size {@code naturalWidthPt × naturalHeightPt} scaled to {@code widthPt} (smaller if it
     * would be taller than a page), centred in the column, on a new page if it does not fit below the cursor. The form
     * stays vector.
     */
    void form(PDFormXObject form, float naturalWidthPt, float naturalHeightPt, float widthPt) throws IOException {
        float heightPt = widthPt * naturalHeightPt / naturalWidthPt;
        float pageRoomPt = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM - 24f;
        if (heightPt > pageRoomPt) {
            widthPt *= pageRoomPt / heightPt;
            heightPt = pageRoomPt;
        }
        ensure(heightPt);
        y -= heightPt;
        float scale = widthPt / naturalWidthPt;
        stream.saveGraphicsState();
        stream.transform(new Matrix(scale, 0, 0, scale, MARGIN_X + (WIDTH - widthPt) / 2, y));
        stream.drawForm(form);
        stream.restoreGraphicsState();
    }

    /** The document being drawn, for building XObjects that belong to it. */
    PDDocument document() {
        return document;
    }

    /** Adds a bookmark to the current page at the cursor, shown in a viewer's outline panel. */
    void bookmark(String title) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setTop(Math.round(y + 24f));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(texts.get(Style.REGULAR).safe(title));
        item.setDestination(destination);
        outline.addLast(item);
    }

    /** Closes the page being drawn and attaches the bookmarks; call once before adding footers and saving. */
    void finish() throws IOException {
        closeStream();
        if (outline.hasChildren()) {
            document.getDocumentCatalog().setDocumentOutline(outline);
        }
    }

    /** Writes "left … page n of N" at the foot of every page. */
    void footers(String left) throws IOException {
        int count = document.getNumberOfPages();
        for (int i = 0; i < count; i++) {
            try (PDPageContentStream footer = new PDPageContentStream(document, document.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                stream = footer;
                float baseline = MARGIN_BOTTOM - 30f;
                line(MARGIN_X, baseline + 12f, PAGE_WIDTH - MARGIN_X, baseline + 12f, 0.5f, LINE);
                String page = "Page " + (i + 1) + " of " + count;
                float pageWidth = width(page, Style.REGULAR, 8f);
                List<String> leftLines = wrap(left, Style.REGULAR, 8f, WIDTH - pageWidth - 24f);
                text(leftLines.get(0), Style.REGULAR, 8f, MUTED, MARGIN_X, baseline);
                text(page, Style.REGULAR, 8f, MUTED, PAGE_WIDTH - MARGIN_X - pageWidth, baseline);
            } finally {
                stream = null;
            }
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
