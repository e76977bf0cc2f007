package dev.earshot.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows over pages: cells wrap within their column, a row never splits, and the header row repeats at
 * the top of every page the table continues on. Column widths are fractions of the text width.
 */
final class PdfTable {

    /**
     * One column.
     *
     * @param heading    header text
     * @param share      fraction of the table width (shares are normalised to sum to 1)
     * @param rightAlign whether cells are right-aligned (numbers)
     */
    record Column(String heading, float share, boolean rightAlign) {
    }

    /**
     * One cell.
     *
     * @param text       the text
     * @param background fill colour, or {@code null} for none
     * @param style      text style
     */
    record Cell(String text, Color background, PdfCanvas.Style style) {

        static Cell of(String text) {
            return new Cell(text, null, PdfCanvas.Style.REGULAR);
        }
    }

    private static final float SIZE_PT = 8.5f;
    private static final float HEADER_SIZE_PT = 7.5f;
    private static final float PAD_X = 4f;
    private static final float PAD_Y = 3.5f;

    private final List<Column> columns;
    private final List<List<Cell>> rows = new ArrayList<>();

    PdfTable(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    PdfTable row(List<Cell> cells) {
        rows.add(List.copyOf(cells));
        return this;
    }

    /** Convenience: a row of plain cells. */
    PdfTable row(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(Cell.of(text));
        }
        return row(cells);
    }

    void draw(PdfCanvas canvas, float spaceAfterPt) throws IOException {
        float[] widths = widths();
        float headerHeight = height(canvas, headerCells(), widths, HEADER_SIZE_PT, PdfCanvas.Style.BOLD);
        float firstRow = rows.isEmpty() ? 0 : height(canvas, rows.get(0), widths, SIZE_PT, null);
        canvas.ensure(headerHeight + firstRow);
        drawRow(canvas, headerCells(), widths, HEADER_SIZE_PT, PdfCanvas.MUTED, headerHeight, PdfCanvas.Style.BOLD);
        canvas.line(PdfCanvas.MARGIN_X, canvas.y(), PdfCanvas.MARGIN_X + PdfCanvas.WIDTH, canvas.y(), 0.9f,
                PdfCanvas.INK);
        for (List<Cell> row : rows) {
            float height = height(canvas, row, widths, SIZE_PT, null);
            if (canvas.y() - height < PdfCanvas.MARGIN_BOTTOM) {
                canvas.newPage();
                drawRow(canvas, headerCells(), widths, HEADER_SIZE_PT, PdfCanvas.MUTED, headerHeight,
                        PdfCanvas.Style.BOLD);
                canvas.line(PdfCanvas.MARGIN_X, canvas.y(), PdfCanvas.MARGIN_X + PdfCanvas.WIDTH, canvas.y(), 0.9f,
                        PdfCanvas.INK);
            }
            drawRow(canvas, row, widths, SIZE_PT, PdfCanvas.INK, height, null);
            canvas.line(PdfCanvas.MARGIN_X, canvas.y(), PdfCanvas.MARGIN_X + PdfCanvas.WIDTH, canvas.y(), 0.4f,
                    PdfCanvas.LINE);
        }
        canvas.moveDown(spaceAfterPt);
    }

    private List<Cell> headerCells() {
        List<Cell> cells = new ArrayList<>();
        for (Column column : columns) {
            cells.add(new Cell(column.heading(), null, PdfCanvas.Style.BOLD));
        }
        return cells;
    }

    private float[] widths() {
        float total = 0;
        for (Column column : columns) {
            total += column.share();
        }
        float[] widths = new float[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = PdfCanvas.WIDTH * columns.get(i).share() / total;
        }
        return widths;
    }

    private float height(PdfCanvas canvas, List<Cell> row, float[] widths, float sizePt, PdfCanvas.Style override) {
        int lines = 1;
        for (int i = 0; i < columns.size() && i < row.size(); i++) {
            PdfCanvas.Style style = override != null ? override : row.get(i).style();
            lines = Math.max(lines, canvas.wrap(row.get(i).text(), style, sizePt, widths[i] - 2 * PAD_X).size());
        }
        return lines * sizePt * 1.3f + 2 * PAD_Y;
    }

    private void drawRow(PdfCanvas canvas, List<Cell> row, float[] widths, float sizePt, Color color, float height,
                         PdfCanvas.Style override) throws IOException {
        float top = canvas.y();
        float x = PdfCanvas.MARGIN_X;
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = i < row.size() ? row.get(i) : Cell.of("");
            PdfCanvas.Style style = override != null ? override : cell.style();
            if (cell.background() != null) {
                canvas.fillRect(x, top - height, widths[i], height, cell.background());
            }
            float baseline = top - PAD_Y - sizePt;
            for (String line : canvas.wrap(cell.text(), style, sizePt, widths[i] - 2 * PAD_X)) {
                float lineX = columns.get(i).rightAlign()
                        ? x + widths[i] - PAD_X - canvas.width(line, style, sizePt) : x + PAD_X;
                canvas.text(line, style, sizePt, color, lineX, baseline);
                baseline -= sizePt * 1.3f;
            }
            x += widths[i];
        }
        canvas.moveDown(height);
    }
}
