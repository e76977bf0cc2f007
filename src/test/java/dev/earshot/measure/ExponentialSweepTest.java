package dev.earshot.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.Test;

class ExponentialSweepTest {
    private static final SweepSettings SETTINGS = SweepSettings.of(48_000, 20, 20_000, 3.0, -6);

    @Test
    void sweepConvolvedWithItsInverseIsFlatWithinATenthOfADecibelBetweenTwiceStartAndHalfEnd() {
        double[] sweep = ExponentialSweep.sweep(SETTINGS);
        double[] inverse = ExponentialSweep.inverseFilter(SETTINGS);
        // |DFT(x ⊗ inv)| = |DFT(x)| · |DFT(inv)| exactly, evaluated by direct summation at 1/6-octave points.
        for (double f = 40; f <= 10_000; f *= Math.pow(2, 1.0 / 6)) {
            double gainDb = 20 * Math.log10(ExponentialSweep.magnitudeAt(sweep, f, 48_000)
                    * ExponentialSweep.magnitudeAt(inverse, f, 48_000));
            assertEquals(0, gainDb, 0.1, "gain at " + f + " Hz");
        }
    }

    @Test
    void sweepConvolvedWithItsInversePeaksAtTheSweepLengthMinusOne() {
        double[] sweep = ExponentialSweep.sweep(SETTINGS);
        double[] inverse = ExponentialSweep.inverseFilter(SETTINGS);
        int size = Integer.highestOneBit(2 * sweep.length) << 1;
        double[] a = java.util.Arrays.copyOf(sweep, size);
        double[] b = java.util.Arrays.copyOf(inverse, size);
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        fft.realForward(a);
        fft.realForward(b);
        a[0] *= b[0];
        a[1] *= b[1];
        for (int k = 2; k < size; k += 2) {
            double re = a[k] * b[k] - a[k + 1] * b[k + 1];
            double im = a[k] * b[k + 1] + a[k + 1] * b[k];
            a[k] = re;
            a[k + 1] = im;
        }
        fft.realInverse(a, true);
        int peak = 0;
        for (int i = 1; i < size; i++) {
            if (Math.abs(a[i]) > Math.abs(a[peak])) {
                peak = i;
            }
        }
        assertEquals(sweep.length - 1, peak);
    }

    @Test
    void deconvolvedWireHasUnitGainAtOneKilohertzAndItsPeakWhereTheSweepStarts() {
        float[] signal = ExponentialSweep.signal(SETTINGS);
        Deconvolution response = Deconvolver.deconvolve(signal, SETTINGS);
        long peak = response.peakBetween(0, SETTINGS.periodFrames());
        // Within a frame: the causal (minimum-phase) band limit at the sweep's top edge delays the peak by up to one.
        assertEquals(SETTINGS.leadFrames(), peak, 1);
        double[] ir = response.window(peak - 48, 32_768);
        double gainDb = 20 * Math.log10(ExponentialSweep.magnitudeAt(ir, 1000, 48_000));
        // The regularised division leaves 10·log10(1 + 1e-4) dB in band: far below the 0.01 dB allowed.
        assertEquals(0, gainDb, 0.01);
        for (double f = 31.25; f <= 16_000; f *= 2) {
            assertEquals(0, 20 * Math.log10(ExponentialSweep.magnitudeAt(ir, f, 48_000)), 0.05, "at " + f + " Hz");
        }
        assertTrue(SETTINGS.harmonicAdvanceSeconds(2) > 0);
    }
}
