package dev.earshot.report.chart;

import dev.earshot.report.model.LoudnessSeries;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Curves over time: the master's short-term loudness with its integrated level and the streaming platforms' reference
 * level as lines. Builds chart objects only; each call returns a new chart that shares nothing with other calls.
 */
public final class TimeCharts {

    /** Tick spacings of the time axis in seconds, from 5 s to 30 min. */
    private static final double[] TICKS_SECONDS = {5, 10, 15, 30, 60, 120, 300, 600, 900, 1800};
    /** The level axis never spans less than this, so a steady master does not look dramatic, in LU. */
    private static final double MIN_SPAN_LU = 18.0;
    /** Lowest level the axis shows: quieter passages (fades, silence) are drawn down to here, in LUFS. */
    private static final double FLOOR_LUFS = -48.0;
    private static final Color REFERENCE = new Color(0xB0413E);

    private TimeCharts() {
    }

    /**
     * Short-term loudness over time in m:ss. Silent values (−∞) break the line; values below {@value #FLOOR_LUFS}
     * LUFS sit at the floor.
     *
     * @param series          the master's short-term loudness
     * @param integratedLufs  the master's integrated loudness, drawn as a line when finite
     * @param referenceLufs   the platforms' reference level, e.g. −14 LUFS, drawn as a dashed line
     */
    public static JFreeChart shortTermLoudness(LoudnessSeries series, double integratedLufs, double referenceLufs) {
        XYSeries points = new XYSeries("Short-term loudness (3 s)", false, true);
        double[] lufs = series.shortTermLufs();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < lufs.length; k++) {
            double timeSeconds = (k + 1) * series.intervalSeconds();
            if (Double.isFinite(lufs[k])) {
                double value = Math.max(FLOOR_LUFS, lufs[k]);
                points.add(timeSeconds, value, false);
                low = Math.min(low, value);
                high = Math.max(high, value);
            } else {
                points.add(timeSeconds, Double.NaN, false);
            }
        }
        for (double level : new double[] {integratedLufs, referenceLufs}) {
            if (Double.isFinite(level)) {
                low = Math.min(low, level);
                high = Math.max(high, level);
            }
        }
        NumberAxis levelAxis = new NumberAxis("Short-term loudness (LUFS)");
        double top = Math.min(0, Math.ceil((high + 2) / 3) * 3);
        double bottom = Math.min(Math.floor((low - 2) / 3) * 3, top - MIN_SPAN_LU);
        levelAxis.setRange(bottom, top);
        levelAxis.setAutoRange(false);
        NumberAxis timeAxis = new NumberAxis("Time (m:ss)");
        TickUnits units = new TickUnits();
        MinutesSeconds format = new MinutesSeconds();
        for (double tickSeconds : TICKS_SECONDS) {
            units.add(new NumberTickUnit(tickSeconds, format));
        }
        timeAxis.setStandardTickUnits(units);
        double endSeconds = Math.max(1, lufs.length * series.intervalSeconds());
        timeAxis.setRange(0, endSeconds);
        timeAxis.setAutoRange(false);
        XYSeriesCollection dataset = new XYSeriesCollection(points);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, ChartStyle.seriesColor(0));
        renderer.setSeriesStroke(0, ChartStyle.CURVE_STROKE);
        XYPlot plot = new XYPlot(dataset, timeAxis, levelAxis, renderer);
        if (Double.isFinite(integratedLufs)) {
            plot.addRangeMarker(marker(integratedLufs, String.format(Locale.ROOT, "Integrated %.1f LUFS",
                    integratedLufs), ChartStyle.MARKER, ChartStyle.MARKER_STROKE, TextAnchor.BOTTOM_LEFT));
        }
        plot.addRangeMarker(marker(referenceLufs, String.format(Locale.ROOT, "Streaming reference %.0f LUFS",
                referenceLufs), REFERENCE, ChartStyle.TOLERANCE_STROKE, TextAnchor.TOP_LEFT));
        JFreeChart chart = new JFreeChart("Master loudness over time", ChartStyle.TITLE_FONT, plot, false);
        return ChartStyle.apply(chart);
    }

    private static ValueMarker marker(double levelLufs, String label, Color color, Stroke stroke,
                                      TextAnchor anchor) {
        ValueMarker marker = new ValueMarker(levelLufs, color, stroke);
        marker.setLabel(label);
        marker.setLabelFont(ChartStyle.TICK_FONT.deriveFont(Font.PLAIN));
        marker.setLabelPaint(color);
        marker.setLabelBackgroundColor(new Color(255, 255, 255, 210));
        marker.setLabelAnchor(RectangleAnchor.LEFT);
        marker.setLabelTextAnchor(anchor);
        marker.setLabelOffset(new RectangleInsets(2, 6, 2, 6));
        return marker;
    }

    /** Seconds as m:ss (e.g. 95 → "1:35"); parsing is not supported. */
    static final class MinutesSeconds extends NumberFormat {

        @Override
        public StringBuffer format(double seconds, StringBuffer to, FieldPosition position) {
            long whole = Math.round(seconds);
            return to.append(whole / 60).append(':').append(String.format(Locale.ROOT, "%02d", whole % 60));
        }

        @Override
        public StringBuffer format(long seconds, StringBuffer to, FieldPosition position) {
            return format((double) seconds, to, position);
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            return null;
        }
    }
}
