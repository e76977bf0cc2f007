package dev.earshot.ui;

import dev.earshot.audio.AudioSource;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Computes a {@link WaveformSummary} by streaming a source block by block: memory is the summary plus one block,
 * whatever the length. Runs on the caller's (worker) thread; the summary fills column by column so that the window
 * can draw it while it grows.
 */
public final class WaveformSummarizer {
    private static final int BLOCK_FRAMES = 16_384;

    private WaveformSummarizer() {
    }

    /**
     * Reads {@code source} to its end into {@code summary}, publishing columns as they complete.
     *
     * @param summary   sized for the source's channels and length ({@link AudioSource#lengthFrames()}); frames
     *                  beyond that length are ignored, and columns the source does not reach stay at zero
     * @param cancelled polled once per block; when true the work stops with a {@link CancellationException}
     * @throws IOException if the source fails (its message names the file)
     */
    public static void summarize(AudioSource source, WaveformSummary summary, BooleanSupplier cancelled)
            throws IOException {
        int channels = summary.channels();
        int columns = summary.columns();
        long length = summary.lengthFrames();
        float[][] block = new float[source.format().channels()][BLOCK_FRAMES];
        float[] lo = new float[channels];
        float[] hi = new float[channels];
        double[] squares = new double[channels];
        clear(lo, hi, squares);
        int column = 0;
        long columnEnd = summary.firstFrame(1);
        long count = 0;
        long frame = 0;
        int n;
        while (frame < length && (n = source.read(block, BLOCK_FRAMES)) > 0) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("waveform overview cancelled");
            }
            for (int i = 0; i < n && frame < length; i++, frame++) {
                while (frame >= columnEnd) {
                    close(summary, column, count, lo, hi, squares);
                    column++;
                    columnEnd = summary.firstFrame(column + 1);
                    count = 0;
                }
                for (int c = 0; c < channels; c++) {
                    float x = block[c][i];
                    lo[c] = Math.min(lo[c], x);
                    hi[c] = Math.max(hi[c], x);
                    squares[c] += (double) x * x;
                }
                count++;
            }
            summary.publish(column);
        }
        while (column < columns) {
            close(summary, column, count, lo, hi, squares);
            column++;
            count = 0;
        }
        summary.publish(columns);
    }

    private static void close(WaveformSummary summary, int column, long count, float[] lo, float[] hi,
                              double[] squares) {
        for (int c = 0; c < lo.length; c++) {
            if (count == 0) {
                summary.set(c, column, 0f, 0f, 0f);
            } else {
                summary.set(c, column, lo[c], hi[c], (float) Math.sqrt(squares[c] / count));
            }
        }
        clear(lo, hi, squares);
    }

    private static void clear(float[] lo, float[] hi, double[] squares) {
        Arrays.fill(lo, Float.POSITIVE_INFINITY);
        Arrays.fill(hi, Float.NEGATIVE_INFINITY);
        Arrays.fill(squares, 0.0);
    }
}
