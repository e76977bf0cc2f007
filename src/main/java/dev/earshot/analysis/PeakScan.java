package dev.earshot.analysis;

import java.util.Arrays;

/**
 * Streaming sample-peak accumulator: the largest absolute sample per channel, and the count of non-finite samples
 * (NaN or infinity, which some float files carry). Memory is fixed; feed blocks of any size. Not thread-safe.
 */
public final class PeakScan {
    private final double[] peaks;
    private long nonFiniteSamples;
    private long frames;

    /** @param channels 1 to 8 */
    public PeakScan(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("channels must be at least 1, got " + channels);
        }
        peaks = new double[channels];
    }

    /** Adds {@code frames} frames from {@code block[channel][0..frames)}; the caller keeps ownership of the block. */
    public void add(float[][] block, int frames) {
        for (int c = 0; c < peaks.length; c++) {
            float[] samples = block[c];
            double peak = peaks[c];
            for (int i = 0; i < frames; i++) {
                float s = samples[i];
                if (Float.isFinite(s)) {
                    double a = Math.abs(s);
                    if (a > peak) {
                        peak = a;
                    }
                } else {
                    nonFiniteSamples++;
                }
            }
            peaks[c] = peak;
        }
        this.frames += frames;
    }

    /** Largest absolute sample of each channel, linear (1.0 = full scale). */
    public double[] channelPeaks() {
        return Arrays.copyOf(peaks, peaks.length);
    }

    /** Largest absolute sample over all channels, linear. */
    public double peak() {
        return Arrays.stream(peaks).max().orElse(0);
    }

    /** Number of NaN or infinite samples seen (they are ignored for the peak). */
    public long nonFiniteSamples() {
        return nonFiniteSamples;
    }

    /** Frames seen so far. */
    public long frames() {
        return frames;
    }

    /** A linear amplitude in dBFS; {@code -Infinity} for zero. */
    public static double toDbfs(double linear) {
        return 20 * Math.log10(linear);
    }
}
