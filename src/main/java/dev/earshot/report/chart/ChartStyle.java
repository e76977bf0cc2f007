package dev.earshot.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Stroke;

/**
 * The one look of every report chart: white background, light grey grid, a restrained palette that survives grey-scale
 * printing, sans-serif text at sizes readable when a 720-point-wide chart is printed at A4 width. No 3D, no gradients,
 * no shadows. Stateless; every method works on the chart it is given.
 */
public final class ChartStyle {

    /** Series colours, in order: distinguishable in colour and, roughly, in lightness. */
    private static final Color[] PALETTE = {
        new Color(0x1F4E79), new Color(0xC0504D), new Color(0x4F8A3C), new Color(0xD08C1F),
        new Color(0x7A4F9A), new Color(0x2A9D8F), new Color(0x8C6D46), new Color(0x5B6770),
        new Color(0xB0466E), new Color(0x6B8E23)
    };

    /** Text colour: near black. */
    public static final Color INK = new Color(0x222222);
    /** Grid and reference-line colour. */
    public static final Color GRID = new Color(0xD9D9D9);
    /** The 0 dB / reference marker colour. */
    public static final Color MARKER = new Color(0x555555);

    static final String FONT_FAMILY = Font.SANS_SERIF;
    static final Font TITLE_FONT = new Font(FONT_FAMILY, Font.BOLD, 15);
    static final Font SUBTITLE_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
    static final Font AXIS_LABEL_FONT = new Font(FONT_FAMILY, Font.PLAIN, 12);
    static final Font TICK_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);
    static final Font LEGEND_FONT = new Font(FONT_FAMILY, Font.PLAIN, 11);

    /** Line width of data curves, in points. */
    static final Stroke CURVE_STROKE = new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke MARKER_STROKE = new BasicStroke(1.0f);
    /** Dashed line for tolerances. */
    static final Stroke TOLERANCE_STROKE = new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
            new float[] {4f, 3f}, 0f);

    private ChartStyle() {
    }

    /** The colour of series {@code index} (0-based); the palette repeats after ten series. */
    public static Color seriesColor(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** The number of distinct series colours. */
    public static int paletteSize() {
        return PALETTE.length;
    }

    /** Applies the report look to a chart built by {@link ReportCharts}; returns it for chaining. */
    static JFreeChart apply(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(TITLE_FONT);
            title.setPaint(INK);
            title.setHorizontalAlignment(org.jfree.chart.ui.HorizontalAlignment.LEFT);
            title.setMargin(0, 4, 8, 0);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND_FONT);
            legend.setItemPaint(INK);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.BOTTOM);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setInsets(new RectangleInsets(4, 4, 4, 4));
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeGridlineStroke(new BasicStroke(0.6f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(xy.getDomainAxis());
            styleAxis(xy.getRangeAxis());
        } else if (plot instanceof CategoryPlot category) {
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(0.6f));
            category.setDomainGridlinesVisible(false);
            category.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(category.getDomainAxis());
            styleAxis(category.getRangeAxis());
            if (category.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
                bars.setDrawBarOutline(false);
                bars.setItemMargin(0.04);
                for (int i = 0; i < category.getDataset().getRowCount(); i++) {
                    bars.setSeriesPaint(i, seriesColor(i));
                }
            }
        }
        return chart;
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) {
            return;
        }
        axis.setLabelFont(AXIS_LABEL_FONT);
        axis.setLabelPaint(INK);
        axis.setTickLabelFont(TICK_FONT);
        axis.setTickLabelPaint(INK);
        axis.setAxisLinePaint(MARKER);
        axis.setTickMarkPaint(MARKER);
        if (axis instanceof CategoryAxis category) {
            category.setCategoryMargin(0.2);
            category.setLowerMargin(0.02);
            category.setUpperMargin(0.02);
            category.setMaximumCategoryLabelLines(2);
        }
        if (axis instanceof ValueAxis value) {
            value.setTickMarkOutsideLength(3f);
        }
    }

    /** A paint for the given series index, as {@link Paint} for renderers. */
    static Paint seriesPaint(int index) {
        return seriesColor(index);
    }
}
