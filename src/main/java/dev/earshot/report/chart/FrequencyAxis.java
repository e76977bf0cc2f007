package dev.earshot.report.chart;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.axis.ValueTick;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A logarithmic frequency axis from 20 Hz to 20 kHz with the ticks an engineer reads: 20, 50, 100, 200, 500, 1k, 2k,
 * 5k, 10k, 20k (labels in Hz, "k" for thousands).
 */
final class FrequencyAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    static final double LOW_HZ = 20.0;
    static final double HIGH_HZ = 20_000.0;
    private static final double[] TICKS_HZ = {20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000};

    FrequencyAxis() {
        super("Frequency (Hz)");
        setBase(10.0);
        setRange(LOW_HZ, HIGH_HZ);
        setAutoRange(false);
        setMinorTickMarksVisible(false);
    }

    @Override
    public List<ValueTick> refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        List<ValueTick> ticks = new ArrayList<>();
        for (double frequencyHz : TICKS_HZ) {
            ticks.add(new NumberTick(TickType.MAJOR, frequencyHz, label(frequencyHz), TextAnchor.TOP_CENTER,
                    TextAnchor.CENTER, 0.0));
        }
        return ticks;
    }

    /** "20", "500", "1k", "20k". */
    static String label(double frequencyHz) {
        if (frequencyHz >= 1000) {
            double thousands = frequencyHz / 1000.0;
            return thousands == Math.rint(thousands) ? (long) thousands + "k" : thousands + "k";
        }
        return Long.toString(Math.round(frequencyHz));
    }
}
