package dev.earshot.audio;

/**
 * The polyphase windowed-sinc filter behind {@link Resampler} and {@link ResamplingSource}, for a rational rate
 * ratio {@code L/M = toRate/fromRate} reduced by the greatest common divisor.
 *
 * <p>Output sample {@code n} sits at input time {@code t = n·M/L} (input samples). It is
 * {@code Σ x[k]·h(t − k)} over the {@code 2·halfTaps} inputs {@code k = floor(t) − halfTaps + 1 .. floor(t) + halfTaps},
 * where {@code h} is a zero-phase low-pass (so no delay is added): {@code h(τ) = 2fc·sinc(2fc·τ)·kaiser(τ)}, cut-off
 * {@code fc} = 0.475 × the lower of the two rates, Kaiser β = {@value #KAISER_BETA}, half-width
 * {@value #HALF_WIDTH_SAMPLES} periods of the lower rate. That gives a flat pass band to 0.45 × the lower rate (ripple
 * below 0.0001 dB) and more than 100 dB attenuation from 0.5 × the lower rate on.
 *
 * <p>The {@code L} phases {@code (n·M mod L)/L} are tabulated exactly (in double precision) when the table holds at
 * most {@value #MAX_TABLE_COEFFICIENTS} coefficients, which covers every ratio between the common rates (44.1 ↔ 48 kHz
 * is 160/147). For unusual ratios the phase is interpolated linearly between the rows of a table with as many rows
 * as fit in that budget (interpolation error below −130 dB). Every phase row is normalised to sum to one, so DC passes
 * at exactly unity gain. Immutable and thread-safe; {@link #apply} uses a caller-owned scratch array.
 */
final class ResamplingKernel {
    static final double KAISER_BETA = 11.5;
    static final double HALF_WIDTH_SAMPLES = 76;
    static final double CUTOFF_FRACTION = 0.475;
    static final int MAX_TABLE_COEFFICIENTS = 1 << 20;

    private final int upFactor;
    private final int downFactor;
    private final int halfTaps;
    private final int tableRows;
    private final boolean exact;
    private final double[][] table;

    ResamplingKernel(int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + fromRate + " Hz -> " + toRate + " Hz");
        }
        int gcd = gcd(fromRate, toRate);
        upFactor = toRate / gcd;
        downFactor = fromRate / gcd;
        int minRate = Math.min(fromRate, toRate);
        double cutoffPerInputSample = CUTOFF_FRACTION * minRate / fromRate;
        double halfWidthInputSamples = HALF_WIDTH_SAMPLES * fromRate / (double) minRate;
        halfTaps = (int) Math.ceil(halfWidthInputSamples);
        int taps = 2 * halfTaps;
        exact = (long) upFactor * taps <= MAX_TABLE_COEFFICIENTS;
        tableRows = exact ? upFactor : Math.max(2, MAX_TABLE_COEFFICIENTS / taps - 1);
        table = new double[exact ? tableRows : tableRows + 1][];
        double i0Beta = besselI0(KAISER_BETA);
        for (int row = 0; row < table.length; row++) {
            table[row] = phaseRow(row / (double) tableRows, cutoffPerInputSample, halfWidthInputSamples, i0Beta);
        }
    }

    private double[] phaseRow(double fraction, double cutoff, double halfWidth, double i0Beta) {
        double[] row = new double[2 * halfTaps];
        double sum = 0;
        for (int j = 0; j < row.length; j++) {
            double tau = fraction + halfTaps - 1 - j;
            double ratio = tau / halfWidth;
            if (Math.abs(ratio) < 1) {
                double window = besselI0(KAISER_BETA * Math.sqrt(1 - ratio * ratio)) / i0Beta;
                row[j] = 2 * cutoff * sinc(2 * cutoff * tau) * window;
                sum += row[j];
            }
        }
        for (int j = 0; j < row.length; j++) {
            row[j] /= sum;
        }
        return row;
    }

    /** Number of input samples on each side of the output instant that contribute to it. */
    int halfTaps() {
        return halfTaps;
    }

    /** Index of the last input sample at or before output {@code n}'s instant: {@code floor(n·M/L)}. */
    long inputBase(long outputIndex) {
        return Math.floorDiv(outputIndex * downFactor, upFactor);
    }

    /** Output length for {@code inputFrames} input frames: {@code round(inputFrames·L/M)}, halves rounded up. */
    long outputLength(long inputFrames) {
        return Math.floorDiv(2 * inputFrames * upFactor + downFactor, 2L * downFactor);
    }

    /**
     * Output sample {@code n} from {@code input[first .. first + 2·halfTaps)}, where {@code first} holds input sample
     * {@code inputBase(n) − halfTaps + 1}.
     *
     * @param scratch at least {@code 2·halfTaps} long; used only for ratios without an exact table
     */
    float apply(float[] input, int first, long outputIndex, double[] scratch) {
        int phase = (int) Math.floorMod(outputIndex * downFactor, (long) upFactor);
        double[] coefficients = exact ? table[phase] : interpolatedRow(phase, scratch);
        double sum = 0;
        for (int j = 0, taps = 2 * halfTaps; j < taps; j++) {
            sum += input[first + j] * coefficients[j];
        }
        return (float) sum;
    }

    private double[] interpolatedRow(int phase, double[] scratch) {
        double position = phase / (double) upFactor * tableRows;
        int row = (int) position;
        double weight = position - row;
        double[] lower = table[row];
        double[] upper = table[row + 1];
        for (int j = 0; j < lower.length; j++) {
            scratch[j] = lower[j] + weight * (upper[j] - lower[j]);
        }
        return scratch;
    }

    private static double sinc(double x) {
        if (x == 0) {
            return 1;
        }
        double px = Math.PI * x;
        return Math.sin(px) / px;
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges for all x). */
    static double besselI0(double x) {
        double term = 1;
        double sum = 1;
        double quarterSquare = x * x / 4;
        for (int k = 1; term > 1e-17 * sum; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
        }
        return sum;
    }

    static int gcd(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
