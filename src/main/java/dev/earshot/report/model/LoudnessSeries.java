package dev.earshot.report.model;

import java.util.Arrays;

/**
 * Short-term loudness (EBU R 128, 3 s window) of a programme over time, for the loudness-over-time chart. Value
 * {@code k} is the short-term loudness of the window ending at {@code (k + 1) × intervalSeconds}; silence reads −∞.
 * Immutable: the array is copied in and out.
 *
 * @param intervalSeconds time between values in seconds, &gt; 0 (1 s, or more so a long programme keeps at most
 *                        {@link #MAX_POINTS} values)
 * @param shortTermLufs   short-term loudness in LUFS, −∞ for silence; empty when the series was not measured
 */
public record LoudnessSeries(double intervalSeconds, double[] shortTermLufs) {

    /** The most values a series keeps: ten minutes at one per second. */
    public static final int MAX_POINTS = 600;
    /** No series: nothing was measured. */
    public static final LoudnessSeries EMPTY = new LoudnessSeries(1.0, new double[0]);

    public LoudnessSeries {
        if (!(intervalSeconds > 0)) {
            throw new IllegalArgumentException("the series interval must be positive, not " + intervalSeconds);
        }
        shortTermLufs = shortTermLufs.clone();
    }

    /**
     * A series sampled from a finer one: every value at a whole multiple of one second (or of a longer step when
     * more than {@link #MAX_POINTS} seconds would be kept).
     *
     * @param fineLufs            short-term loudness every {@code fineIntervalSeconds}, value {@code i} ending at
     *                            {@code (i + 1) × fineIntervalSeconds}; not kept
     * @param fineIntervalSeconds interval of {@code fineLufs} in seconds, &gt; 0 and at most 1
     */
    public static LoudnessSeries sampled(float[] fineLufs, double fineIntervalSeconds) {
        int perSecond = Math.max(1, (int) Math.round(1.0 / fineIntervalSeconds));
        int step = Math.max(perSecond, (fineLufs.length + MAX_POINTS - 1) / MAX_POINTS);
        double[] values = new double[fineLufs.length / step];
        for (int k = 0; k < values.length; k++) {
            values[k] = fineLufs[(k + 1) * step - 1];
        }
        return new LoudnessSeries(step * fineIntervalSeconds, values);
    }

    @Override
    public double[] shortTermLufs() {
        return shortTermLufs.clone();
    }

    /** Number of values. */
    public int size() {
        return shortTermLufs.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LoudnessSeries series && intervalSeconds == series.intervalSeconds
                && Arrays.equals(shortTermLufs, series.shortTermLufs);
    }

    @Override
    public int hashCode() {
        return 31 * Double.hashCode(intervalSeconds) + Arrays.hashCode(shortTermLufs);
    }

    @Override
    public String toString() {
        return "LoudnessSeries[" + shortTermLufs.length + " values every " + intervalSeconds + " s]";
    }
}
