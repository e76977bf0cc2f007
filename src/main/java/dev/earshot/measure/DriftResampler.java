package dev.earshot.measure;

/**
 * Resamples a recording by an arbitrary ratio close to 1, to undo the clock drift between the device that played a
 * sweep and the one that recorded it. Band-limited interpolation with a Kaiser-windowed sinc of {@value #TAPS} taps
 * (β = {@value #KAISER_BETA}, cut-off {@value #CUTOFF} × Nyquist), tabulated at {@value #PHASES} fractional
 * positions and interpolated linearly between them: flat within 0.01 dB up to 0.42 × the sample rate, images below
 * −80 dB. Stateless and thread-safe.
 */
public final class DriftResampler {
    static final int TAPS = 64;
    static final int PHASES = 512;
    static final double KAISER_BETA = 9.0;
    static final double CUTOFF = 0.96;

    private DriftResampler() {
    }

    /**
     * Output sample {@code m} is the input's band-limited value at position {@code m · ratio} (in input samples).
     * A recording whose clock ran fast by ε (its periods are 1 + ε times too long) is corrected with ratio 1 + ε.
     *
     * @param input samples; only read
     * @param ratio input samples per output sample, 0.99 to 1.01
     * @return a new array of {@code floor((input.length − 1) / ratio) + 1} samples
     */
    public static float[] resample(float[] input, double ratio) {
        if (!(ratio >= 0.99 && ratio <= 1.01)) {
            throw new IllegalArgumentException("resampling ratio " + ratio + " is outside 0.99..1.01 (a clock drift"
                    + " of more than 1%)");
        }
        double[][] table = kernelTable();
        int half = TAPS / 2;
        int frames = (int) Math.floor((input.length - 1) / ratio) + 1;
        float[] output = new float[frames];
        for (int m = 0; m < frames; m++) {
            double position = m * ratio;
            int base = (int) Math.floor(position);
            double phase = (position - base) * PHASES;
            int p = Math.min((int) phase, PHASES - 1);
            double t = phase - p;
            double[] lower = table[p];
            double[] upper = table[p + 1];
            double sum = 0;
            int first = base - half + 1;
            for (int j = 0; j < TAPS; j++) {
                int i = first + j;
                if (i >= 0 && i < input.length) {
                    sum += input[i] * (lower[j] + t * (upper[j] - lower[j]));
                }
            }
            output[m] = (float) sum;
        }
        return output;
    }

    /** table[p][j]: kernel weight of input sample {@code base − TAPS/2 + 1 + j} for fractional position p/PHASES. */
    private static double[][] kernelTable() {
        int half = TAPS / 2;
        double[][] table = new double[PHASES + 1][TAPS];
        double norm = besselI0(KAISER_BETA);
        for (int p = 0; p <= PHASES; p++) {
            double fraction = p / (double) PHASES;
            for (int j = 0; j < TAPS; j++) {
                double x = (j - half + 1) - fraction;
                double w = x / half;
                double window = Math.abs(w) >= 1 ? 0 : besselI0(KAISER_BETA * Math.sqrt(1 - w * w)) / norm;
                double arg = Math.PI * CUTOFF * x;
                double sinc = x == 0 ? 1 : Math.sin(arg) / arg;
                table[p][j] = CUTOFF * sinc * window;
            }
        }
        return table;
    }

    private static double besselI0(double x) {
        double sum = 1;
        double term = 1;
        for (int k = 1; k < 50; k++) {
            term *= (x / (2 * k)) * (x / (2 * k));
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return sum;
    }
}
