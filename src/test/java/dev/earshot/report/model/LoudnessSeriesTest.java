package dev.earshot.report.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

class LoudnessSeriesTest {

    private static float[] ramp(int count) {
        float[] values = new float[count];
        for (int i = 0; i < count; i++) {
            values[i] = -30f + i * 0.01f;
        }
        return values;
    }

    @Test
    void aShortSeriesKeepsTheValueAtEveryWholeSecond() {
        float[] fine = ramp(25);
        LoudnessSeries series = LoudnessSeries.sampled(fine, 0.1);
        assertEquals(1.0, series.intervalSeconds(), 1e-12);
        // Value i of the fine series ends at (i + 1) * 0.1 s: 1 s is index 9, 2 s index 19; 2.5 s is not whole.
        assertArrayEquals(new double[] {fine[9], fine[19]}, series.shortTermLufs(), 0.0);
    }

    @Test
    void aLongSeriesIsThinnedToAtMostSixHundredValues() {
        // 700 s at 0.1 s: a step of ceil(7000 / 600) = 12 values, 1.2 s.
        LoudnessSeries series = LoudnessSeries.sampled(ramp(7000), 0.1);
        assertEquals(1.2, series.intervalSeconds(), 1e-9);
        assertEquals(7000 / 12, series.size());
        assertTrue(series.size() <= LoudnessSeries.MAX_POINTS);
    }

    @Test
    void silenceStaysMinusInfinityAndNoSeriesIsEmpty() {
        float[] silent = new float[30];
        Arrays.fill(silent, Float.NEGATIVE_INFINITY);
        assertArrayEquals(new double[] {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NEGATIVE_INFINITY}, LoudnessSeries.sampled(silent, 0.1).shortTermLufs(), 0.0);
        assertEquals(0, LoudnessSeries.sampled(new float[0], 0.1).size());
        assertThrows(IllegalArgumentException.class, () -> new LoudnessSeries(0, new double[0]));
    }
}
