package dev.earshot.dsp;

/**
 * A polyphase interpolator for upsampling by an integer factor: a Kaiser-windowed sinc with its cut-off at the
 * original Nyquist frequency. Phase p (0 ≤ p &lt; factor) estimates the signal at time n + p/factor from the input
 * samples x[n − taps/2 + 1 .. n + taps/2]. Because the sinc's zeros fall on the input samples, phase 0 is exactly
 * x[n]; each other phase is scaled to unity gain at DC. Phase factor − p is exactly phase p reversed, and for an even
 * factor the middle phase is exactly symmetric. Immutable.
 */
public final class InterpolationFilter {
    private final int factor;
    private final int tapsPerPhase;
    private final float[][] phases;

    private InterpolationFilter(int factor, int tapsPerPhase, float[][] phases) {
        this.factor = factor;
        this.tapsPerPhase = tapsPerPhase;
        this.phases = phases;
    }

    /**
     * @param factor       upsampling factor, 1 or more
     * @param tapsPerPhase even, 2 or more: the number of input samples each interpolated value uses
     * @param kaiserBeta   window shape, 0 (rectangular) upwards; about 7 to 9 for 70–90 dB stop-band rejection
     */
    public static InterpolationFilter design(int factor, int tapsPerPhase, double kaiserBeta) {
        if (factor < 1 || tapsPerPhase < 2 || tapsPerPhase % 2 != 0 || kaiserBeta < 0) {
            throw new IllegalArgumentException("cannot design an interpolator with factor " + factor + ", "
                    + tapsPerPhase + " taps per phase and Kaiser beta " + kaiserBeta);
        }
        int half = tapsPerPhase / 2;
        double norm = besselI0(kaiserBeta);
        float[][] phases = new float[factor][tapsPerPhase];
        for (int p = 0; 2 * p <= factor; p++) {
            double fraction = p / (double) factor;
            double[] taps = new double[tapsPerPhase];
            double sum = 0.0;
            for (int k = 0; k < tapsPerPhase; k++) {
                double t = (k - half + 1) - fraction;
                double u = t / half;
                double window = Math.abs(u) >= 1.0 ? 0.0 : besselI0(kaiserBeta * Math.sqrt(1.0 - u * u)) / norm;
                taps[k] = sinc(t) * window;
                sum += taps[k];
            }
            for (int k = 0; k < tapsPerPhase; k++) {
                phases[p][k] = (float) (taps[k] / sum);
            }
        }
        // Phase factor − p is phase p reversed; building it so makes the symmetries exact, which fast paths use.
        for (int p = (factor + 2) / 2; p < factor; p++) {
            for (int k = 0; k < tapsPerPhase; k++) {
                phases[p][k] = phases[factor - p][tapsPerPhase - 1 - k];
            }
        }
        if (factor % 2 == 0) {
            float[] middle = phases[factor / 2];
            for (int k = 0; k < half; k++) {
                middle[tapsPerPhase - 1 - k] = middle[k];
            }
        }
        return new InterpolationFilter(factor, tapsPerPhase, phases);
    }

    public int factor() {
        return factor;
    }

    public int tapsPerPhase() {
        return tapsPerPhase;
    }

    /** The taps of phase {@code p}, applied to x[n − taps/2 + 1 + k] for k = 0..taps−1; a new array each call. */
    public float[] phase(int p) {
        return phases[p].clone();
    }

    /** sin(πt)/(πt), exactly 0 at the non-zero integers so that phase 0 is an exact identity. */
    private static double sinc(double t) {
        if (t == 0.0) {
            return 1.0;
        }
        return t == Math.rint(t) ? 0.0 : Math.sin(Math.PI * t) / (Math.PI * t);
    }

    /** Modified Bessel function of the first kind, order 0, by its power series (converges for all x). */
    private static double besselI0(double x) {
        double sum = 1.0;
        double term = 1.0;
        double quarterSquare = x * x / 4.0;
        for (int k = 1; k < 200 && term > 1e-17 * sum; k++) {
            term *= quarterSquare / ((double) k * k);
            sum += term;
        }
        return sum;
    }
}
