package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.report.chart.FrequencyCharts;
import dev.earshot.report.chart.FrequencyCharts.NamedCurve;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;

/** The Device response window's curves and the report chart's dataset built from them (headless). */
class DeviceResponseDataTest {
    private static final double[] BANDS_HZ = {31.5, 100, 315, 1000, 3150, 10_000};
    /** Values are subtracted once in double precision; only rounding of that remains. */
    private static final double EXACT_DB = 1e-12;

    private static XYSeries series(List<NamedCurve> curves, int index) {
        JFreeChart chart = FrequencyCharts.deltaOverlay("t", "dB", curves);
        return ((XYSeriesCollection) chart.getXYPlot().getDataset()).getSeries(index);
    }

    @Test
    void chartPointsAreTheResponseCurvesOutputLessItsValueAtOneKilohertz() {
        float[] twoTaps = new float[64];
        twoTaps[0] = 1f;
        twoTaps[1] = 0.5f;
        double[] responseDb = ResponseCurves.curve(ImpulseResponse.of(new float[][] {twoTaps}, 48_000), BANDS_HZ);

        XYSeries points = series(DeviceResponseData.curves("Phone", BANDS_HZ, responseDb, new double[0]), 0);

        assertEquals(BANDS_HZ.length, points.getItemCount());
        for (int b = 0; b < BANDS_HZ.length; b++) {
            assertEquals(BANDS_HZ[b], points.getX(b).doubleValue(), 0.0);
            assertEquals(responseDb[b] - responseDb[3], points.getY(b).doubleValue(), EXACT_DB);
        }
        // the two-tap comb falls towards Nyquist: |H|² = 1.25 + cos(2πf/fs), so 10 kHz is below 1 kHz
        assertTrue(points.getY(5).doubleValue() < -1.0, "10 kHz reads " + points.getY(5));
    }

    @Test
    void aScaledDiracIsFlatAtZeroDbAndBandsAboveNyquistAreLeftOut() {
        float[] dirac = new float[64];
        dirac[0] = 0.25f;
        double[] responseDb = ResponseCurves.curve(ImpulseResponse.of(new float[][] {dirac}, 16_000), BANDS_HZ);

        XYSeries points = series(DeviceResponseData.curves("Speaker", BANDS_HZ, responseDb, new double[0]), 0);

        assertEquals(BANDS_HZ.length - 1, points.getItemCount(), "10 kHz is above the 8 kHz Nyquist frequency");
        for (int i = 0; i < points.getItemCount(); i++) {
            assertEquals(0.0, points.getY(i).doubleValue(), 1e-6, "a Dirac is flat; float DFT rounding only");
        }
    }

    @Test
    void valueAtInterpolatesOverLogFrequency() {
        double[] bandsHz = {500, 2000};
        double[] valuesDb = {0, 6};
        assertEquals(3.0, DeviceResponseData.valueAt(bandsHz, valuesDb, 1000), EXACT_DB, "1 kHz is the log midpoint");
        assertTrue(Double.isNaN(DeviceResponseData.valueAt(bandsHz, valuesDb, 100)));
    }

    @Test
    void deltaIsTheMeanOfPlayedMinusMasterAndFollowsTheResponse() {
        DeviceResponseData.DeltaAverage average = new DeviceResponseData.DeltaAverage(2);
        average.add(new float[] {-10, -20}, new float[] {-12, -20});
        average.add(new float[] {-10, -30}, new float[] {-10, -20});
        average.add(new float[] {Float.NEGATIVE_INFINITY, -30}, new float[] {-10, -20}); // silence: skipped
        assertEquals(2, average.count());
        double[] bandsHz = {1000, 2000};
        List<NamedCurve> curves = DeviceResponseData.curves("Car", bandsHz, new double[] {3, 1}, average.meanDb());

        assertEquals(2, curves.size());
        XYSeries delta = series(curves, 1);
        assertEquals(1.0, delta.getY(0).doubleValue(), EXACT_DB, "(2 + 0) / 2");
        assertEquals(-5.0, delta.getY(1).doubleValue(), EXACT_DB, "(0 - 10) / 2");
        assertEquals(-2.0, series(curves, 0).getY(1).doubleValue(), EXACT_DB, "response 1 dB less 3 dB at 1 kHz");
        average.reset();
        assertEquals(0, average.meanDb().length);
        assertTrue(DeviceResponseData.curves("Car", bandsHz, new double[0], new double[0]).isEmpty());
    }
}
