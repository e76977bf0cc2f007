package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OctaveSmoothingTest {
    private static double[] linearFrequencies(int count, double stepHz) {
        double[] f = new double[count];
        for (int k = 0; k < count; k++) {
            f[k] = k * stepHz;
        }
        return f;
    }

    @Test
    void constantSpectrumStaysConstant() {
        double[] f = linearFrequencies(1000, 10.0);
        double[] power = new double[1000];
        Arrays.fill(power, 3.5);
        for (OctaveSmoothing smoothing : OctaveSmoothing.values()) {
            for (double v : smoothing.smooth(f, power)) {
                assertEquals(3.5, v, 1e-12, smoothing.name());
            }
        }
    }

    @Test
    void thirdOctaveAtOneKilohertzAveragesTheBinsWithinASixthOfAnOctave() {
        double[] f = linearFrequencies(1000, 10.0);
        double[] power = new double[1000];
        for (int k = 0; k < power.length; k++) {
            power[k] = k;
        }
        // Window 1000·2^(±1/6) Hz = 890.9 … 1122.5 Hz holds bins 90 … 112; their mean index is 101.
        double[] smoothed = OctaveSmoothing.THIRD.smoothAt(f, power, new double[] {1000.0});
        assertEquals(101.0, smoothed[0], 1e-12);
    }

    @Test
    void noneInterpolatesBetweenBins() {
        double[] f = {0.0, 10.0, 20.0};
        double[] power = {0.0, 1.0, 3.0};
        assertArrayEquals(new double[] {0.5, 2.0, 3.0},
                OctaveSmoothing.NONE.smoothAt(f, power, new double[] {5.0, 15.0, 40.0}), 1e-12);
    }

    @Test
    void logGridHasTheRequestedPointsPerOctave() {
        double[] grid = OctaveSmoothing.logSpacedHz(20.0, 20_480.0, 3);
        assertEquals(31, grid.length);
        assertEquals(20_480.0, grid[30], 1e-9);
        assertEquals(20.0 * Math.pow(2.0, 1.0 / 3.0), grid[1], 1e-12);
    }
}
