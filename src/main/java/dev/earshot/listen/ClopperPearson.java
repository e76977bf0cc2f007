package dev.earshot.listen;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * The Clopper–Pearson ("exact") confidence interval for a binomial proportion, from Beta quantiles: for k right out
 * of n at confidence 1 − γ, the lower bound is the γ/2 quantile of Beta(k, n − k + 1) and the upper bound the
 * 1 − γ/2 quantile of Beta(k + 1, n − k). At k = 0 the lower bound is 0 and at k = n the upper bound is 1 (the
 * corresponding Beta distributions do not exist; the other bound keeps its γ/2 tail, as in the classic definition).
 *
 * <p>Stateless and thread-safe.
 */
public final class ClopperPearson {
    /** Absolute accuracy of the Beta quantile search; far below the 4 decimals anyone reports. */
    private static final double QUANTILE_ACCURACY = 1e-12;

    private ClopperPearson() {
    }

    /**
     * The interval for the true rate of right answers.
     *
     * @param correct    right answers, 0..trials
     * @param trials     answered trials, ≥ 1
     * @param confidence coverage in (0, 1), e.g. 0.95
     * @return the interval; always contains correct / trials
     * @throws IllegalArgumentException for arguments outside these ranges
     */
    public static ConfidenceInterval interval(int correct, int trials, double confidence) {
        BinomialTest.checkCounts(correct, trials);
        if (trials == 0) {
            throw new IllegalArgumentException("a confidence interval needs at least one trial");
        }
        BinomialTest.checkRate(confidence, "confidence");
        double tail = (1.0 - confidence) / 2.0;
        double lower = correct == 0 ? 0.0
                : new BetaDistribution(null, correct, trials - correct + 1.0, QUANTILE_ACCURACY)
                        .inverseCumulativeProbability(tail);
        double upper = correct == trials ? 1.0
                : new BetaDistribution(null, correct + 1.0, trials - correct, QUANTILE_ACCURACY)
                        .inverseCumulativeProbability(1.0 - tail);
        return new ConfidenceInterval(lower, upper, confidence);
    }
}
