package dev.earshot.report.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Grouped bar charts (band deltas, loudness per profile, low-end survival, album and platform figures). Bars run
 * horizontally so long profile and file names stay readable. Builds chart objects only: no rendering, no file I/O.
 */
public final class CategoryCharts {
    /**
     * The value axis always spans at least this much (in its unit, dB or LU), so bars that are all (nearly) equal
     * sit on a readable axis instead of one zoomed in to rounding noise.
     */
    public static final double MIN_VALUE_SPAN = 6.0;

    private CategoryCharts() {
    }

    /**
     * One group of bars: a label (profile, track or platform) and one value per series, in series order.
     *
     * @param label    the group's label, shown on the category axis
     * @param valuesDb one value per series; NaN or infinite values leave a gap
     */
    public record Group(String label, double[] valuesDb) {

        public Group {
            valuesDb = valuesDb.clone();
        }

        @Override
        public double[] valuesDb() {
            return valuesDb.clone();
        }
    }

    /**
     * Horizontal grouped bars with a marker line at {@code markerValue} (0 dB, or a mean).
     *
     * @param title       chart title
     * @param valueLabel  value-axis label with its unit
     * @param seriesNames legend entries, one per value in each group
     * @param groups      the groups, top to bottom
     * @param markerValue where to draw the reference line, in the value axis's unit; NaN for none
     */
    public static JFreeChart groupedBars(String title, String valueLabel, List<String> seriesNames,
                                         List<Group> groups, double markerValue) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Group group : groups) {
            String label = uniqueLabel(seen, group.label());
            double[] values = group.valuesDb();
            for (int s = 0; s < seriesNames.size(); s++) {
                double value = s < values.length ? values[s] : Double.NaN;
                dataset.addValue(Double.isFinite(value) ? Double.valueOf(value) : null, seriesNames.get(s), label);
            }
        }
        CategoryAxis categoryAxis = new CategoryAxis(null);
        NumberAxis valueAxis = new NumberAxis(valueLabel);
        valueAxis.setAutoRangeIncludesZero(true);
        valueAxis.setUpperMargin(0.08);
        valueAxis.setLowerMargin(0.08);
        valueAxis.setAutoRangeMinimumSize(MIN_VALUE_SPAN);
        valueAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits(Locale.ROOT));
        BarRenderer renderer = new BarRenderer();
        CategoryPlot plot = new CategoryPlot(dataset, categoryAxis, valueAxis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        if (Double.isFinite(markerValue)) {
            plot.addRangeMarker(new ValueMarker(markerValue, ChartStyle.MARKER, ChartStyle.MARKER_STROKE));
        }
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE_FONT, plot, seriesNames.size() > 1);
        return ChartStyle.apply(chart);
    }

    /** The height in points a horizontal bar chart of {@code groups} groups of {@code series} bars needs. */
    public static int heightFor(int groups, int series) {
        int barRowsPt = groups * Math.max(14, 9 * series + 8);
        return Math.max(200, Math.min(1000, 110 + barRowsPt));
    }

    private static String uniqueLabel(Map<String, Integer> seen, String label) {
        int count = seen.merge(label, 1, Integer::sum);
        return count == 1 ? label : label + " (" + count + ")";
    }
}
