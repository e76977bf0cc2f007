package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class KWeightingTest {

    /** The published table has 14 decimals; the analog parameters reproduce it to about 1e-12. */
    private static final double TABLE_TOLERANCE = 1e-8;

    @Test
    void coefficientsAt48kHzMatchTheBs1770Table() {
        KWeighting k = new KWeighting(48000);
        assertArrayEquals(new double[] {1.53512485958697, -2.69169618940638, 1.19839281085285}, k.shelfB(),
                TABLE_TOLERANCE);
        assertArrayEquals(new double[] {1.0, -1.69065929318241, 0.73248077421585}, k.shelfA(), TABLE_TOLERANCE);
        assertArrayEquals(new double[] {1.0, -2.0, 1.0}, k.highPassB(), 0.0);
        assertArrayEquals(new double[] {1.0, -1.99004745483398, 0.99007225036621}, k.highPassA(), TABLE_TOLERANCE);
    }

    /**
     * A steady sine through the filter comes out with the gain of the closed-form biquad response
     * |H(e^jw)| evaluated from the coefficients. Tolerance 0.005 dB: the RMS is measured over whole periods after
     * the high-pass transient has decayed, so the only error is rounding and the residual transient.
     */
    @ParameterizedTest
    @CsvSource({"48000, 20", "48000, 100", "48000, 1000", "48000, 5000", "48000, 15000",
        "44100, 25", "44100, 1000", "44100, 10000", "96000, 40", "96000, 30000", "8000, 3000"})
    void sineGainMatchesClosedFormBiquadResponse(int sampleRate, double frequencyHz) {
        KWeighting k = new KWeighting(sampleRate);
        double expectedDb = 20 * Math.log10(magnitude(k.shelfB(), k.shelfA(), frequencyHz, sampleRate)
                * magnitude(k.highPassB(), k.highPassA(), frequencyHz, sampleRate));
        int settle = sampleRate * 2;
        int measure = sampleRate;
        float[] x = new float[settle + measure];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 * Math.sin(2 * Math.PI * frequencyHz * i / sampleRate));
        }
        k.sumOfSquares(x, 0, settle, 0.0);
        double outMeanSquare = k.sumOfSquares(x, settle, measure, 0.0) / measure;
        double inMeanSquare = 0;
        for (int i = settle; i < x.length; i++) {
            inMeanSquare += (double) x[i] * x[i];
        }
        inMeanSquare /= measure;
        assertEquals(expectedDb, 10 * Math.log10(outMeanSquare / inMeanSquare), 0.005);
    }

    /**
     * BS.1770's −0.691 dB offset cancels the lift K-weighting gives 1 kHz, so that a 1 kHz sine reads its own level.
     * Tolerance 0.025 dB: the offset is rounded, and the bilinear transform warps the shelf slightly differently at
     * each rate (0.700 dB at 44.1 kHz, 0.671 dB at 192 kHz).
     */
    @ParameterizedTest
    @ValueSource(ints = {44100, 48000, 88200, 96000, 192000})
    void gainAt1kHzIsTheStandardsOffset(int sampleRate) {
        KWeighting k = new KWeighting(sampleRate);
        double gainDb = 20 * Math.log10(magnitude(k.shelfB(), k.shelfA(), 1000, sampleRate)
                * magnitude(k.highPassB(), k.highPassA(), 1000, sampleRate));
        assertEquals(0.691, gainDb, 0.025);
    }

    /** The two-channel path must equal two one-channel calls bit for bit (the meter relies on it). */
    @Test
    void pairIsBitIdenticalToSingleChannels() {
        SplittableRandom random = new SplittableRandom(3);
        float[] left = new float[5000];
        float[] right = new float[5000];
        for (int i = 0; i < left.length; i++) {
            left[i] = (float) random.nextDouble(-1, 1);
            right[i] = (float) random.nextDouble(-1, 1);
        }
        KWeighting a = new KWeighting(44100);
        KWeighting b = new KWeighting(44100);
        double expectedLeft = a.sumOfSquares(left, 0, 3000, 0.0);
        expectedLeft = a.sumOfSquares(left, 3000, 2000, expectedLeft);
        double expectedRight = b.sumOfSquares(right, 0, 3000, 0.0);
        expectedRight = b.sumOfSquares(right, 3000, 2000, expectedRight);
        KWeighting c = new KWeighting(44100);
        KWeighting d = new KWeighting(44100);
        double[] sums = new double[2];
        c.sumOfSquaresPair(d, left, right, 0, 3000, sums);
        c.sumOfSquaresPair(d, left, right, 3000, 2000, sums);
        assertEquals(expectedLeft, sums[0], 0.0);
        assertEquals(expectedRight, sums[1], 0.0);
    }

    static double magnitude(double[] b, double[] a, double frequencyHz, double sampleRate) {
        double w = 2 * Math.PI * frequencyHz / sampleRate;
        double nr = b[0] + b[1] * Math.cos(w) + b[2] * Math.cos(2 * w);
        double ni = -b[1] * Math.sin(w) - b[2] * Math.sin(2 * w);
        double dr = a[0] + a[1] * Math.cos(w) + a[2] * Math.cos(2 * w);
        double di = -a[1] * Math.sin(w) - a[2] * Math.sin(2 * w);
        return Math.sqrt((nr * nr + ni * ni) / (dr * dr + di * di));
    }
}
