package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.ArraySource;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

class WaveformSummarizerTest {

    private static float[][] noise(int channels, int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] x = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                x[c][i] = (float) ((random.nextDouble() * 2 - 1) * (0.2 + 0.8 * i / frames));
            }
        }
        return x;
    }

    /** Compares every column with min, max and RMS computed directly over the column's frames. */
    private static void assertMatchesDirect(float[][] x, int columns) throws Exception {
        int frames = x[0].length;
        WaveformSummary summary = new WaveformSummary(x.length, columns, frames);
        WaveformSummarizer.summarize(ArraySource.of(48_000, x), summary, () -> false);
        assertEquals(columns, summary.columnsReady());
        for (int k = 0; k < columns; k++) {
            int from = (int) ((long) k * frames / columns);
            int to = (int) ((long) (k + 1) * frames / columns);
            for (int c = 0; c < x.length; c++) {
                float lo = Float.POSITIVE_INFINITY;
                float hi = Float.NEGATIVE_INFINITY;
                double squares = 0;
                for (int i = from; i < to; i++) {
                    lo = Math.min(lo, x[c][i]);
                    hi = Math.max(hi, x[c][i]);
                    squares += (double) x[c][i] * x[c][i];
                }
                if (to == from) {
                    lo = 0f;
                    hi = 0f;
                }
                String where = "channel " + c + " column " + k;
                assertEquals(lo, summary.min(c, k), 0f, where);
                assertEquals(hi, summary.max(c, k), 0f, where);
                // float rounding of the square root only: the sums are accumulated in double in both
                double rms = to == from ? 0 : Math.sqrt(squares / (to - from));
                assertEquals(rms, summary.rms(c, k), 1e-6, where);
            }
        }
    }

    @Test
    void columnsMatchADirectComputationWhenTheyStraddleReadBlocks() throws Exception {
        assertMatchesDirect(noise(2, 100_003, 7), 1000);
    }

    @Test
    void columnsMatchForAMonoSourceLongerThanManyBlocks() throws Exception {
        assertMatchesDirect(noise(1, 200_000, 11), 4096);
    }

    @Test
    void moreColumnsThanFramesLeavesEmptyColumnsAtZero() throws Exception {
        assertMatchesDirect(noise(2, 37, 3), 100);
    }

    @Test
    void cancellingStopsTheWork() {
        float[][] x = noise(2, 100_000, 5);
        WaveformSummary summary = new WaveformSummary(2, 100, 100_000);
        assertThrows(CancellationException.class,
                () -> WaveformSummarizer.summarize(ArraySource.of(48_000, x), summary, () -> true));
    }
}
