package dev.earshot.report.chart;

import dev.earshot.report.text.HeatColors;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYZDataset;

import java.awt.Paint;
import java.util.List;
import java.util.Locale;

/**
 * Heat maps of deltas in dB: rows (profiles) × columns (bands), each cell shaded with {@link HeatColors} (the colours of
 * the report's band tables) and labelled with its value, with a colour key from −12 to +12 dB. Builds chart objects
 * only; each call returns a new chart.
 */
public final class HeatMapCharts {

    /** The colour key's span each side of 0 dB; stronger deltas keep the strongest colour. */
    static final double SPAN_DB = 12.0;
    private static final int ROW_PT = 22;

    private HeatMapCharts() {
    }

    /**
     * @param title      chart title
     * @param columns    column labels, left to right
     * @param rows       row labels, top to bottom
     * @param valuesDb   {@code valuesDb[row][column]} in dB; NaN cells stay white and unlabelled
     */
    public static JFreeChart deltas(String title, List<String> columns, List<String> rows, double[][] valuesDb) {
        int cells = rows.size() * columns.size();
        double[][] xyz = new double[3][cells];
        for (int row = 0; row < rows.size(); row++) {
            for (int column = 0; column < columns.size(); column++) {
                int i = row * columns.size() + column;
                xyz[0][i] = column;
                xyz[1][i] = row;
                xyz[2][i] = valuesDb[row][column];
            }
        }
        DefaultXYZDataset dataset = new DefaultXYZDataset();
        dataset.addSeries("deltas", xyz);
        SymbolAxis columnAxis = new SymbolAxis(null, columns.toArray(new String[0]));
        columnAxis.setGridBandsVisible(false);
        SymbolAxis rowAxis = new SymbolAxis(null, rows.toArray(new String[0]));
        rowAxis.setGridBandsVisible(false);
        rowAxis.setInverted(true);
        XYBlockRenderer renderer = new XYBlockRenderer();
        renderer.setPaintScale(new DeltaScale());
        renderer.setDefaultItemLabelGenerator((data, series, item) -> label(((XYZDataset) data).getZValue(series,
                item)));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartStyle.TICK_FONT);
        renderer.setDefaultItemLabelPaint(ChartStyle.INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER,
                TextAnchor.CENTER));
        renderer.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.CENTER,
                TextAnchor.CENTER));
        XYPlot plot = new XYPlot(dataset, columnAxis, rowAxis, renderer);
        plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, false);
        ChartStyle.apply(chart);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        NumberAxis keyAxis = new NumberAxis("Device \u2212 master (dB)");
        keyAxis.setRange(-SPAN_DB, SPAN_DB);
        keyAxis.setLabelFont(ChartStyle.TICK_FONT);
        keyAxis.setTickLabelFont(ChartStyle.TICK_FONT);
        PaintScaleLegend key = new PaintScaleLegend(new DeltaScale(), keyAxis);
        key.setPosition(RectangleEdge.BOTTOM);
        key.setStripWidth(10);
        key.setAxisOffset(2);
        key.setMargin(new RectangleInsets(8, 120, 0, 120));
        key.setSubdivisionCount(96);
        chart.addSubtitle(key);
        return chart;
    }

    /** Natural height for {@code rows} rows: title, column labels and colour key plus one row each. */
    public static int heightFor(int rows) {
        return 130 + ROW_PT * Math.max(1, rows);
    }

    private static String label(double valueDb) {
        if (!Double.isFinite(valueDb)) {
            return null;
        }
        // Round first so a value such as -0.04 reads 0.0, not -0.0.
        double rounded = Math.round(valueDb * 10) / 10.0;
        return rounded == 0 ? "0.0" : String.format(Locale.ROOT, "%+.1f", rounded);
    }

    /** {@link HeatColors} as a JFreeChart paint scale over ±{@value #SPAN_DB} dB. */
    private static final class DeltaScale implements PaintScale {

        @Override
        public double getLowerBound() {
            return -SPAN_DB;
        }

        @Override
        public double getUpperBound() {
            return SPAN_DB;
        }

        @Override
        public Paint getPaint(double valueDb) {
            return HeatColors.of(valueDb);
        }
    }
}
