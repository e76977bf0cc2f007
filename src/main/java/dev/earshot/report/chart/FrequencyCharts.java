package dev.earshot.report.chart;

import dev.earshot.report.model.SpectrumCurve;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.util.List;

/**
 * Curves over frequency (spectral deltas, reference comparisons) on a 20 Hz–20 kHz log axis with a 0 dB line. Builds
 * chart objects only: no rendering, no file I/O, so the desktop app can show the same charts. Each call returns a new
 * chart that shares nothing with other calls.
 */
public final class FrequencyCharts {

    /** Range-axis half span never narrower than this, so small deltas do not look dramatic, in dB. */
    private static final double MIN_HALF_SPAN_DB = 6.0;
    /** Range-axis half span never wider than this, so one deep notch does not flatten every other curve, in dB. */
    private static final double MAX_HALF_SPAN_DB = 36.0;

    private FrequencyCharts() {
    }

    /**
     * One named curve.
     *
     * @param name  legend label
     * @param curve frequencies in Hz and values in dB
     */
    public record NamedCurve(String name, SpectrumCurve curve) {
    }

    /**
     * Overlay of curves in dB over frequency with a 0 dB reference line. Points outside 20 Hz–20 kHz and non-finite
     * values are left out. The range is symmetric around 0 dB, wide enough for the curves (6 to 36 dB each side).
     *
     * @param title       chart title
     * @param valueLabel  range-axis label, e.g. "Device minus master (dB)"
     * @param curves      one entry per series, in legend order
     */
    public static JFreeChart deltaOverlay(String title, String valueLabel, List<NamedCurve> curves) {
        XYSeriesCollection dataset = new XYSeriesCollection();
        double maxAbsDb = 0;
        for (int i = 0; i < curves.size(); i++) {
            NamedCurve named = curves.get(i);
            String key = dataset.getSeriesIndex(named.name()) < 0 ? named.name() : named.name() + " (" + (i + 1) + ")";
            XYSeries series = new XYSeries(key, false, true);
            double[] frequenciesHz = named.curve().frequenciesHz();
            double[] valuesDb = named.curve().valuesDb();
            for (int k = 0; k < frequenciesHz.length; k++) {
                double frequencyHz = frequenciesHz[k];
                if (frequencyHz >= FrequencyAxis.LOW_HZ && frequencyHz <= FrequencyAxis.HIGH_HZ
                        && Double.isFinite(valuesDb[k])) {
                    series.add(frequencyHz, valuesDb[k], false);
                    maxAbsDb = Math.max(maxAbsDb, Math.abs(valuesDb[k]));
                }
            }
            dataset.addSeries(series);
        }
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        double halfSpanDb = Math.min(MAX_HALF_SPAN_DB, Math.max(MIN_HALF_SPAN_DB, Math.ceil(maxAbsDb / 6.0) * 6.0));
        valueAxis.setRange(-halfSpanDb, halfSpanDb);
        valueAxis.setAutoRange(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setDrawSeriesLineAsPath(true);
        for (int i = 0; i < curves.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.seriesColor(i));
            renderer.setSeriesStroke(i, ChartStyle.CURVE_STROKE);
        }
        XYPlot plot = new XYPlot(dataset, new FrequencyAxis(), valueAxis, renderer);
        ValueMarker zero = new ValueMarker(0.0, ChartStyle.MARKER, ChartStyle.MARKER_STROKE);
        plot.addRangeMarker(zero);
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, curves.size() > 1);
        return ChartStyle.apply(chart);
    }
}
