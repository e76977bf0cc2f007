package dev.earshot.listen;

/**
 * How many trials a session runs, fixed before the first trial: either a fixed number, or Wald's sequential
 * probability ratio test with a cap.
 *
 * @param sequential false for a fixed number of trials
 * @param trials     fixed design: the number of trials (1..10000); sequential: the cap on trials
 * @param alpha      sequential only (else NaN): false-positive rate, in (0, 0.5)
 * @param beta       sequential only (else NaN): false-negative rate at p1, in (0, 0.5)
 * @param p1         sequential only (else NaN): the listener's hit rate the test is built to detect, in (0, 1)
 */
public record TestDesign(boolean sequential, int trials, double alpha, double beta, double p1) {
    /** Default fixed number of trials. */
    public static final int DEFAULT_TRIALS = 16;

    public TestDesign {
        if (trials < 1 || trials > 10_000) {
            throw new IllegalArgumentException("number of trials must be 1..10000, was " + trials);
        }
        if (sequential) {
            if (!(alpha > 0 && alpha < 0.5) || !(beta > 0 && beta < 0.5) || !(p1 > 0 && p1 < 1)) {
                throw new IllegalArgumentException("sequential test needs 0 < alpha, beta < 0.5 and 0 < p1 < 1");
            }
        } else if (!Double.isNaN(alpha) || !Double.isNaN(beta) || !Double.isNaN(p1)) {
            throw new IllegalArgumentException("a fixed design has no alpha, beta or p1");
        }
    }

    /** A fixed number of trials. */
    public static TestDesign fixed(int trials) {
        return new TestDesign(false, trials, Double.NaN, Double.NaN, Double.NaN);
    }

    /** A Wald SPRT stopping at {@code cap} trials at the latest. */
    public static TestDesign sequential(double alpha, double beta, double p1, int cap) {
        return new TestDesign(true, cap, alpha, beta, p1);
    }

    /** The SPRT defaults: alpha 0.05, beta 0.20, p1 0.75, cap 40. */
    public static TestDesign defaultSequential() {
        return sequential(0.05, 0.20, 0.75, 40);
    }

    /** The most non-training trials the session may run. */
    public int maxTrials() {
        return trials;
    }
}
