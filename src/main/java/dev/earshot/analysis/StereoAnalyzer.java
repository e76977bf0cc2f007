package dev.earshot.analysis;

import java.util.Arrays;

/**
 * Streaming stereo-image analysis of channels 0 (left) and 1 (right): overall and short-term correlation, side/mid
 * ratio and the mono fold ({@link StereoResult}). Further channels are ignored.
 *
 * <p>Short-term correlation is taken over {@value #WINDOW_MS} ms windows every {@value #HOP_MS} ms, from running sums
 * per {@value #HOP_MS} ms slice; each window's value goes into a fixed histogram (0.01 steps), so memory does not
 * depend on duration. A window where both channels have a mean square below {@value #SILENCE_MEAN_SQUARE} (−70 dB
 * re full scale, i.e. −67 dBFS AES17) is skipped; one where only one channel is that quiet counts as 0. The mono fold
 * uses an internal {@link SpectrumAnalyzer} with the default FFT size.
 *
 * <p>Not thread-safe: one thread adds and reads. Blocks are read, not kept.
 */
public final class StereoAnalyzer {
    /** Short-term window length in milliseconds. */
    public static final int WINDOW_MS = 400;
    /** Time between short-term windows in milliseconds. */
    public static final int HOP_MS = 100;
    /** Mean square (FS²) below which a channel counts as silent in a short-term window. */
    public static final double SILENCE_MEAN_SQUARE = 1e-7;
    private static final int SLICES = WINDOW_MS / HOP_MS;
    private static final int STEPS = 200;

    private final int sliceFrames;
    private final SpectrumAnalyzer spectrum;
    private final double[][] sliceSums = new double[SLICES][3];
    private final long[] histogram = new long[STEPS + 1];
    private double sumLeftSquared;
    private double sumRightSquared;
    private double sumProduct;
    private double sumMidSquared;
    private double sumSideSquared;
    private double currentLeft;
    private double currentRight;
    private double currentProduct;
    private int currentFrames;
    private long slicesDone;
    private long windows;
    private long negativeWindows;
    private double minimum = Double.NaN;

    /**
     * @param sampleRate frames per second, 8 000 to 384 000
     * @param channels   2 to 8 (only the first two are analysed)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public StereoAnalyzer(int sampleRate, int channels) {
        if (channels < 2) {
            throw new IllegalArgumentException("stereo analysis needs at least two channels, got " + channels);
        }
        this.spectrum = new SpectrumAnalyzer(sampleRate, channels);
        this.sliceFrames = (int) Math.round(sampleRate * HOP_MS / 1000.0);
    }

    /** Adds {@code frames} frames from {@code block[channel][0..frames)}. */
    public void add(float[][] block, int frames) {
        spectrum.add(block, frames);
        float[] left = block[0];
        float[] right = block[1];
        for (int i = 0; i < frames; i++) {
            double l = left[i];
            double r = right[i];
            double mid = 0.5 * (l + r);
            double side = 0.5 * (l - r);
            currentLeft += l * l;
            currentRight += r * r;
            currentProduct += l * r;
            sumMidSquared += mid * mid;
            sumSideSquared += side * side;
            if (++currentFrames == sliceFrames) {
                closeSlice();
            }
        }
    }

    private void closeSlice() {
        sumLeftSquared += currentLeft;
        sumRightSquared += currentRight;
        sumProduct += currentProduct;
        double[] slice = sliceSums[(int) (slicesDone % SLICES)];
        slice[0] = currentLeft;
        slice[1] = currentRight;
        slice[2] = currentProduct;
        slicesDone++;
        currentLeft = 0;
        currentRight = 0;
        currentProduct = 0;
        currentFrames = 0;
        if (slicesDone >= SLICES) {
            double ll = 0;
            double rr = 0;
            double lr = 0;
            for (double[] s : sliceSums) {
                ll += s[0];
                rr += s[1];
                lr += s[2];
            }
            double silence = SILENCE_MEAN_SQUARE * sliceFrames * SLICES;
            if (ll >= silence || rr >= silence) {
                double correlation = (ll < silence || rr < silence) ? 0.0 : correlation(ll, rr, lr);
                histogram[(int) Math.round((correlation + 1.0) * STEPS / 2.0)]++;
                minimum = windows == 0 ? correlation : Math.min(minimum, correlation);
                windows++;
                if (correlation < 0) {
                    negativeWindows++;
                }
            }
        }
    }

    private static double correlation(double ll, double rr, double lr) {
        return Math.max(-1.0, Math.min(1.0, lr / Math.sqrt(ll * rr)));
    }

    /** Forgets everything added so far. */
    public void reset() {
        spectrum.reset();
        for (double[] slice : sliceSums) {
            Arrays.fill(slice, 0.0);
        }
        Arrays.fill(histogram, 0L);
        sumLeftSquared = 0;
        sumRightSquared = 0;
        sumProduct = 0;
        sumMidSquared = 0;
        sumSideSquared = 0;
        currentLeft = 0;
        currentRight = 0;
        currentProduct = 0;
        currentFrames = 0;
        slicesDone = 0;
        windows = 0;
        negativeWindows = 0;
        minimum = Double.NaN;
    }

    /** The figures of everything added so far, including the unfinished slice in the overall values. */
    public StereoResult result() {
        double ll = sumLeftSquared + currentLeft;
        double rr = sumRightSquared + currentRight;
        double lr = sumProduct + currentProduct;
        double overall;
        if (ll == 0 && rr == 0) {
            overall = Double.NaN;
        } else {
            overall = (ll == 0 || rr == 0) ? 0.0 : correlation(ll, rr, lr);
        }
        double sideToMidDb = (sumMidSquared == 0 && sumSideSquared == 0) ? Double.NaN
                : 10.0 * Math.log10(sumSideSquared / sumMidSquared);
        return new StereoResult(overall, shortTerm(), sideToMidDb, MonoFold.of(spectrum.result()));
    }

    private CorrelationSummary shortTerm() {
        if (windows == 0) {
            return new CorrelationSummary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        return new CorrelationSummary(minimum, percentile(10), percentile(50), negativeWindows / (double) windows,
                windows);
    }

    private double percentile(double percent) {
        long needed = Math.max(1, (long) Math.ceil(percent / 100.0 * windows));
        long cumulative = 0;
        for (int index = 0; index < histogram.length; index++) {
            cumulative += histogram[index];
            if (cumulative >= needed) {
                return index * 2.0 / STEPS - 1.0;
            }
        }
        return 1.0;
    }
}
