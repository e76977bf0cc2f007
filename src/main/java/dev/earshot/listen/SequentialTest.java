package dev.earshot.listen;

/**
 * Wald's sequential probability ratio test (SPRT) for a listening test scored right/wrong, with a trial cap.
 *
 * <p>H0: the listener is right with the chance rate {@code chanceRate} (p0); H1: right with {@code targetRate} (p1).
 * After k right out of n the log-likelihood ratio is k·ln(p1/p0) + (n − k)·ln((1 − p1)/(1 − p0)). Wald's boundaries
 * ln((1 − β)/α) and ln(β/(1 − α)) turn into straight lines in (n, k):
 * <pre>
 *   g      = ln(p1/p0) + ln((1 − p0)/(1 − p1))
 *   slope  = ln((1 − p0)/(1 − p1)) / g
 *   pass   when k ≥ ln((1 − β)/α) / g + slope·n      (accept H1)
 *   fail   when k ≤ ln(β/(1 − α)) / g + slope·n      (accept H0; the intercept is negative)
 * </pre>
 * With the defaults α = 0.05, β = 0.20, p0 = ½, p1 = 0.75 these are k ≥ 2.524 + 0.631·n and k ≤ −1.418 + 0.631·n.
 * Once {@code maxTrials} trials are answered without reaching either line the result is
 * {@link SequentialDecision#INCONCLUSIVE}. Wald's approximation bounds the false-pass rate by α/(1 − β); the cap can
 * only lower it (a run that would have passed later is stopped first).
 *
 * <p>The choice of a sequential test, and its parameters, must be made before the first trial.
 *
 * @param alpha      false-pass rate aimed for (type I error), in (0, 1)
 * @param beta       miss rate aimed for against a p1 listener (type II error), in (0, 1), with α + β &lt; 1
 * @param chanceRate p0, the rate of a guessing listener, in (0, 1): ½ for ABX, ⅓ for triangle
 * @param targetRate p1, the rate of a listener who hears the difference, in (p0, 1)
 * @param maxTrials  trial cap, ≥ 1
 */
public record SequentialTest(double alpha, double beta, double chanceRate, double targetRate, int maxTrials) {
    /** Default α: 0.05. */
    public static final double DEFAULT_ALPHA = 0.05;
    /** Default β: 0.20. */
    public static final double DEFAULT_BETA = 0.20;
    /** Default p1: 0.75. */
    public static final double DEFAULT_TARGET_RATE = 0.75;
    /** Default trial cap: 40. */
    public static final int DEFAULT_MAX_TRIALS = 40;

    /** @throws IllegalArgumentException for parameters outside the documented ranges */
    public SequentialTest {
        BinomialTest.checkRate(alpha, "alpha");
        BinomialTest.checkRate(beta, "beta");
        if (alpha + beta >= 1.0) {
            throw new IllegalArgumentException("alpha + beta must be below 1, got " + alpha + " + " + beta);
        }
        BinomialTest.checkRate(chanceRate, "chance rate");
        BinomialTest.checkRate(targetRate, "target rate");
        if (targetRate <= chanceRate) {
            throw new IllegalArgumentException("target rate (p1 = " + targetRate
                    + ") must be above the chance rate (p0 = " + chanceRate + ")");
        }
        if (maxTrials < 1) {
            throw new IllegalArgumentException("trial cap must be at least 1, got " + maxTrials);
        }
    }

    /** The defaults for a two-choice test (ABX, same/different): α 0.05, β 0.20, p0 ½, p1 0.75, cap 40. */
    public static SequentialTest defaults() {
        return new SequentialTest(DEFAULT_ALPHA, DEFAULT_BETA, BinomialTest.CHANCE_HALF, DEFAULT_TARGET_RATE,
                DEFAULT_MAX_TRIALS);
    }

    /** Right answers needed per trial along both boundaries (b in k = a + b·n), in (p0, p1). */
    public double slope() {
        return Math.log((1.0 - chanceRate) / (1.0 - targetRate)) / stepLogRatio();
    }

    /** Intercept a of the pass line k ≥ a + b·n, in right answers (positive). */
    public double passIntercept() {
        return Math.log((1.0 - beta) / alpha) / stepLogRatio();
    }

    /** Intercept c of the fail line k ≤ c + b·n, in right answers (negative). */
    public double failIntercept() {
        return Math.log(beta / (1.0 - alpha)) / stepLogRatio();
    }

    /** Wald's upper bound on the false-pass rate, α / (1 − β). */
    public double falsePassBound() {
        return alpha / (1.0 - beta);
    }

    /**
     * The decision after {@code trials} answered trials with {@code correct} right. A boundary reached on the
     * capped trial still counts; only a score between the lines at the cap is inconclusive.
     *
     * @param correct right answers, 0..trials
     * @param trials  answered trials, 0..maxTrials
     * @return the decision; {@link SequentialDecision#CONTINUE} only while trials &lt; maxTrials
     * @throws IllegalArgumentException for counts outside these ranges
     */
    public SequentialDecision decide(int correct, int trials) {
        BinomialTest.checkCounts(correct, trials);
        if (trials > maxTrials) {
            throw new IllegalArgumentException("trials (" + trials + ") exceed the cap of " + maxTrials
                    + "; the test should have stopped at the cap");
        }
        double drift = slope() * trials;
        if (correct >= passIntercept() + drift) {
            return SequentialDecision.PASS;
        }
        if (correct <= failIntercept() + drift) {
            return SequentialDecision.FAIL;
        }
        return trials == maxTrials ? SequentialDecision.INCONCLUSIVE : SequentialDecision.CONTINUE;
    }

    /** g = ln(p1/p0) + ln((1 − p0)/(1 − p1)): how far one right answer moves the log-likelihood ratio past a wrong. */
    private double stepLogRatio() {
        return Math.log(targetRate / chanceRate) + Math.log((1.0 - chanceRate) / (1.0 - targetRate));
    }
}
