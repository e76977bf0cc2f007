package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.dsp.InterpolationFilter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The meter leaves out runs that cannot raise the peak found so far; its true peak must still equal a direct
 * evaluation of every interpolated value (every phase of the same filter at every position, in double, no skipping).
 */
class TruePeakSkipTest {

    /**
     * Loud noise first (a high peak early, so later quiet runs are skipped), then quiet noise, then a fs/4 sine whose
     * crests fall between samples and exceed everything before, then short bursts, fed in uneven blocks. Tolerance
     * 1e-5 relative: the meter sums 24 products in float (rounding about 24 · 6e-8), the reference in double.
     */
    @Test
    void skippingRunsThatCannotRaiseThePeakChangesNoResult() {
        Random random = new Random(5);
        int frames = 200_000;
        float[][] x = new float[2][frames];
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < frames; i++) {
                double v;
                if (i < 20_000) {
                    v = 0.3 * random.nextGaussian();
                } else if (i < 120_000) {
                    v = 0.02 * random.nextGaussian();
                } else if (i < 150_000) {
                    v = (c == 0 ? 1.05 : 0.9) * Math.sin(Math.PI / 2 * i + Math.PI / 4);
                } else {
                    v = (i / 700) % 5 == c ? 0.8 * random.nextGaussian() : 0.01 * random.nextGaussian();
                }
                x[c][i] = (float) v;
            }
        }
        TruePeakMeter meter = new TruePeakMeter(48_000, 2);
        for (int offset = 0; offset < frames; ) {
            int n = Math.min(1 + random.nextInt(3000), frames - offset);
            float[][] block = new float[2][n];
            System.arraycopy(x[0], offset, block[0], 0, n);
            System.arraycopy(x[1], offset, block[1], 0, n);
            meter.add(block, n);
            offset += n;
        }
        double[] truePeaks = meter.truePeaks();
        for (int c = 0; c < 2; c++) {
            double expected = directTruePeak(x[c]);
            assertEquals(expected, truePeaks[c], 1e-5 * expected, "channel " + c);
        }
    }

    /**
     * A 24-sample pattern with the signs of the half-sample phase's taps reads about 2.2 times its sample magnitude
     * between samples, above the fs/4 sine's crest before it, so the samples around that output must be interpolated
     * although they are far below the peak so far. The pattern's first input is quiet and lies 23 frames before its
     * loud ones, so a skip decision that looked at too few inputs would miss it.
     */
    @Test
    void interSamplePeakOfSmallSamplesIsFoundWhereItsInputsStraddleTwoPieces() {
        Random random = new Random(7);
        float[] x = new float[150_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.01 * random.nextGaussian());
        }
        for (int i = 1_000; i < 50_000; i++) {
            x[i] = (float) (0.9 * Math.sin(Math.PI / 2 * i + Math.PI / 4));
        }
        float[] taps = InterpolationFilter.design(4, TruePeakMeter.TAPS_PER_PHASE, TruePeakMeter.KAISER_BETA).phase(2);
        int first = 100 * 1024 + 351 - (taps.length - 1);
        x[first] = 0f;
        for (int k = 1; k < taps.length; k++) {
            x[first + k] = 0.5f * Math.signum(taps[k]);
        }
        TruePeakMeter meter = new TruePeakMeter(48_000, 1);
        meter.add(new float[][] {x}, x.length);
        double expected = directTruePeak(x);
        assertEquals(true, expected > 1.05, "the pattern must exceed the sine's crest, got " + expected);
        assertEquals(expected, meter.truePeaks()[0], 1e-5 * expected);
    }

    /** Largest magnitude of the samples and of every interpolated value, silence before and after the signal. */
    private static double directTruePeak(float[] x) {
        InterpolationFilter filter = InterpolationFilter.design(4, TruePeakMeter.TAPS_PER_PHASE,
                TruePeakMeter.KAISER_BETA);
        int taps = filter.tapsPerPhase();
        double[] padded = new double[x.length + 2 * (taps - 1)];
        double peak = 0;
        for (int i = 0; i < x.length; i++) {
            padded[taps - 1 + i] = x[i];
            peak = Math.max(peak, Math.abs(x[i]));
        }
        for (int p = 1; p < filter.factor(); p++) {
            float[] h = filter.phase(p);
            for (int i = 0; i + taps <= padded.length; i++) {
                double y = 0;
                for (int k = 0; k < taps; k++) {
                    y += h[k] * padded[i + k];
                }
                peak = Math.max(peak, Math.abs(y));
            }
        }
        return peak;
    }
}
