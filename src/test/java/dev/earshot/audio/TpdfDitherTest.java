package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TpdfDitherTest {
    @Test
    void valuesAreTriangularOverPlusMinusOneLsb() {
        TpdfDither dither = new TpdfDither(20261125);
        int n = 1_000_000;
        double sum = 0;
        double sumSquares = 0;
        int[] histogram = new int[4];
        for (int i = 0; i < n; i++) {
            double d = dither.nextLsb();
            assertTrue(d >= -1.0 && d < 1.0, "value " + d);
            sum += d;
            sumSquares += d * d;
            histogram[(int) Math.floor((d + 1.0) * 2)]++;
        }
        // Triangular on [-1, 1]: mean 0, variance 1/6; the quarters hold 1/8, 3/8, 3/8, 1/8 of the values.
        // Tolerances: about five standard errors for a million draws.
        assertEquals(0.0, sum / n, 0.002);
        assertEquals(1.0 / 6.0, sumSquares / n, 0.002);
        double[] expected = {0.125, 0.375, 0.375, 0.125};
        for (int q = 0; q < 4; q++) {
            assertEquals(expected[q], histogram[q] / (double) n, 0.002, "quarter " + q);
        }
    }

    @Test
    void successiveValuesAreUncorrelated() {
        // The two values of one draw come from disjoint bits, so neighbours (which share a draw every other time)
        // must not correlate. Tolerance: five standard errors of a correlation over a million pairs.
        TpdfDither dither = new TpdfDither(7);
        int n = 1_000_000;
        double previous = dither.nextLsb();
        double sumProducts = 0;
        for (int i = 0; i < n; i++) {
            double d = dither.nextLsb();
            sumProducts += previous * d;
            previous = d;
        }
        assertEquals(0.0, sumProducts / n / (1.0 / 6.0), 0.005);
    }
}
