package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mid and side of a stereo analysis, derived from the two channel transforms, equal a direct double-precision Welch
 * estimate of (L+R)/2 and (L−R)/2 written out in the test (periodic Hann, 50 % overlap, one short segment for a
 * stream shorter than the transform).
 */
class SpectrumAnalyzerMidSideTest {

    @Test
    void midAndSideEqualTheDirectSpectraOfSumAndDifferenceForLongAndShortStreams() {
        for (int frames : new int[] {20_000, 700}) {
            Random random = new Random(frames);
            float[][] block = new float[2][frames];
            double[] mid = new double[frames];
            double[] side = new double[frames];
            for (int i = 0; i < frames; i++) {
                block[0][i] = (float) random.nextGaussian();
                block[1][i] = (float) (0.5 * block[0][i] + random.nextGaussian());
                mid[i] = 0.5 * ((double) block[0][i] + block[1][i]);
                side[i] = 0.5 * ((double) block[0][i] - block[1][i]);
            }
            SpectrumAnalyzer stereo = new SpectrumAnalyzer(48_000, 2, 4096);
            // Uneven blocks: the result must not depend on how the stream is cut.
            for (int offset = 0; offset < frames; offset += 999) {
                int n = Math.min(999, frames - offset);
                stereo.add(new float[][] {slice(block[0], offset, n), slice(block[1], offset, n)}, n);
            }
            Spectrum both = stereo.result();
            assertClose(welch(mid, 4096, 48_000), both.midDensity());
            assertClose(welch(side, 4096, 48_000), both.sideDensity());
        }
    }

    /** Equal to a relative 1e-9: the same sums in a different order of floating-point operations. */
    private static void assertClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-9 * Math.max(1e-30, Math.abs(expected[k])), "bin " + k);
        }
    }

    /** One-sided power spectral density by Welch's method, straight from the definition (direct DFT per bin). */
    private static double[] welch(double[] x, int fftSize, int sampleRate) {
        int length = Math.min(fftSize, x.length);
        int hop = fftSize / 2;
        int bins = fftSize / 2 + 1;
        double[] window = new double[length];
        double windowPower = 0;
        for (int i = 0; i < length; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * i / length);
            windowPower += window[i] * window[i];
        }
        double[] sums = new double[bins];
        int segments = 0;
        for (int start = 0; start + length <= x.length; start += hop) {
            for (int k = 0; k < bins; k++) {
                double re = 0;
                double im = 0;
                for (int i = 0; i < length; i++) {
                    double angle = 2.0 * Math.PI * k * (double) i / fftSize;
                    double v = x[start + i] * window[i];
                    re += v * Math.cos(angle);
                    im -= v * Math.sin(angle);
                }
                sums[k] += re * re + im * im;
            }
            segments++;
            if (length < fftSize) {
                break;
            }
        }
        double[] density = new double[bins];
        for (int k = 0; k < bins; k++) {
            double oneSided = (k == 0 || k == bins - 1) ? 1.0 : 2.0;
            density[k] = oneSided * sums[k] / (segments * (double) sampleRate * windowPower);
        }
        return density;
    }

    private static float[] slice(float[] x, int offset, int n) {
        float[] out = new float[n];
        System.arraycopy(x, offset, out, 0, n);
        return out;
    }
}
