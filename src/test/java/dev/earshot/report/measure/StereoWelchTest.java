package dev.earshot.report.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.analysis.Spectrum;
import dev.earshot.analysis.SpectrumAnalyzer;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The two-transform Welch spectrum equals the analysis package's four-transform one. */
class StereoWelchTest {

    @Test
    void everySeriesMatchesSpectrumAnalyzerForLongAndShortStreams() {
        for (int frames : new int[] {20_000, 700}) {
            Random random = new Random(frames);
            float[][] block = new float[2][frames];
            for (int i = 0; i < frames; i++) {
                block[0][i] = (float) random.nextGaussian();
                block[1][i] = (float) (0.5 * block[0][i] + random.nextGaussian());
            }
            SpectrumAnalyzer reference = new SpectrumAnalyzer(48_000, 2, 4096);
            StereoWelch fast = new StereoWelch(48_000, 4096);
            // Uneven blocks: the result must not depend on how the stream is cut.
            for (int offset = 0; offset < frames; offset += 999) {
                int n = Math.min(999, frames - offset);
                float[][] part = {slice(block[0], offset, n), slice(block[1], offset, n)};
                reference.add(part, n);
                fast.add(part, n);
            }
            Spectrum expected = reference.result();
            Spectrum actual = fast.result();
            assertEquals(expected.segments(), actual.segments());
            assertSame(expected.channelDensity(0), actual.channelDensity(0));
            assertSame(expected.channelDensity(1), actual.channelDensity(1));
            assertSame(expected.midDensity(), actual.midDensity());
            assertSame(expected.sideDensity(), actual.sideDensity());
        }
    }

    /** Equal to a relative 1e-9: the same sums in a different order of floating-point operations. */
    private static void assertSame(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int k = 0; k < expected.length; k++) {
            assertEquals(expected[k], actual[k], 1e-9 * Math.max(1e-30, Math.abs(expected[k])), "bin " + k);
        }
    }

    private static float[] slice(float[] x, int offset, int n) {
        float[] out = new float[n];
        System.arraycopy(x, offset, out, 0, n);
        return out;
    }
}
