package dev.earshot.analysis;

/**
 * Fractional-octave smoothing of a power-like spectrum (density or power per bin, linear, never dB): the smoothed
 * value at frequency f is the plain mean of the input values whose frequencies lie within ±1/(2N) octave of f, that
 * is in [f·2^(−1/(2N)), f·2^(1/(2N))]. Where no input point falls in that window (low frequencies at fine
 * resolutions) the value is interpolated linearly between the neighbouring points instead. {@link #NONE} always
 * interpolates.
 *
 * <p>Stateless and thread-safe; input arrays are only read, results are new arrays.
 */
public enum OctaveSmoothing {
    NONE(0), THIRD(3), SIXTH(6), TWELFTH(12), TWENTY_FOURTH(24);

    private final int fraction;

    OctaveSmoothing(int fraction) {
        this.fraction = fraction;
    }

    /** N of the 1/N-octave smoothing; 0 for {@link #NONE}. */
    public int fraction() {
        return fraction;
    }

    /** Smoothing evaluated at the input's own frequencies. */
    public double[] smooth(double[] frequenciesHz, double[] power) {
        return smoothAt(frequenciesHz, power, frequenciesHz);
    }

    /**
     * Smoothing evaluated at arbitrary points, for example a {@link #logSpacedHz} chart grid.
     *
     * @param frequenciesHz ascending frequencies of the input values
     * @param power         linear values aligned with {@code frequenciesHz}
     * @param pointsHz      where to evaluate; points outside the input range take the nearest end value
     * @throws IllegalArgumentException if the arrays differ in length or are empty
     */
    public double[] smoothAt(double[] frequenciesHz, double[] power, double[] pointsHz) {
        if (frequenciesHz.length != power.length || power.length == 0) {
            throw new IllegalArgumentException("need equally long, non-empty frequency and power arrays, got "
                    + frequenciesHz.length + " and " + power.length);
        }
        double[] prefix = new double[power.length + 1];
        for (int i = 0; i < power.length; i++) {
            prefix[i + 1] = prefix[i] + power[i];
        }
        double halfWidth = fraction == 0 ? 0.0 : Math.pow(2.0, 1.0 / (2.0 * fraction));
        double[] smoothed = new double[pointsHz.length];
        for (int p = 0; p < pointsHz.length; p++) {
            double f = pointsHz[p];
            int first = -1;
            int last = -2;
            if (fraction > 0 && f > 0) {
                first = lowerBound(frequenciesHz, f / halfWidth);
                last = lowerBound(frequenciesHz, Math.nextUp(f * halfWidth)) - 1;
            }
            smoothed[p] = last >= first
                    ? (prefix[last + 1] - prefix[first]) / (last - first + 1)
                    : interpolate(frequenciesHz, power, f);
        }
        return smoothed;
    }

    /**
     * Log-spaced frequencies from {@code lowHz} up to at most {@code highHz}, {@code pointsPerOctave} per octave,
     * for charts: lowHz·2^(i/pointsPerOctave).
     *
     * @throws IllegalArgumentException unless 0 < lowHz ≤ highHz and pointsPerOctave ≥ 1
     */
    public static double[] logSpacedHz(double lowHz, double highHz, int pointsPerOctave) {
        if (!(lowHz > 0) || highHz < lowHz || pointsPerOctave < 1) {
            throw new IllegalArgumentException("log grid needs 0 < low <= high and at least one point per octave, got "
                    + lowHz + " Hz, " + highHz + " Hz, " + pointsPerOctave);
        }
        int count = (int) Math.floor(pointsPerOctave * Math.log(highHz / lowHz) / Math.log(2.0) + 1e-9) + 1;
        double[] grid = new double[count];
        for (int i = 0; i < count; i++) {
            grid[i] = lowHz * Math.pow(2.0, i / (double) pointsPerOctave);
        }
        return grid;
    }

    /** Index of the first element ≥ value (length if none). */
    private static int lowerBound(double[] ascending, double value) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (ascending[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static double interpolate(double[] frequenciesHz, double[] values, double f) {
        int upper = lowerBound(frequenciesHz, f);
        if (upper == 0) {
            return values[0];
        }
        if (upper == frequenciesHz.length) {
            return values[values.length - 1];
        }
        double f0 = frequenciesHz[upper - 1];
        double f1 = frequenciesHz[upper];
        double t = (f - f0) / (f1 - f0);
        return values[upper - 1] + t * (values[upper] - values[upper - 1]);
    }
}
