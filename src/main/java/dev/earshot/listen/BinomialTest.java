package dev.earshot.listen;

import java.util.OptionalInt;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Exact binomial tests for blind listening results.
 *
 * <p>A listening test scores {@code correct} answers out of {@code trials}; under the null hypothesis the listener
 * guesses and each answer is right with the protocol's chance rate: ½ for ABX and same/different, ⅓ for the triangle
 * test ({@link #CHANCE_HALF}, {@link #CHANCE_THIRD}). All p-values are exact sums of binomial probabilities; each
 * probability is evaluated by Commons Math in log space (Loader's saddle-point form), so the sums keep their relative
 * accuracy for large {@code trials} (tails below about 1e-300 underflow to 0). A tail costs one term per outcome it
 * spans, which is negligible at the trial counts of listening tests (tens to hundreds).
 *
 * <p>Stateless and thread-safe.
 */
public final class BinomialTest {
    /** Chance rate of ABX, same/different and AB preference: ½. */
    public static final double CHANCE_HALF = 0.5;
    /** Chance rate of the triangle (odd one out of three) test: ⅓. */
    public static final double CHANCE_THIRD = 1.0 / 3.0;

    /**
     * Relative tolerance when deciding that an outcome is "no more likely" than the observed one in
     * {@link #twoSidedPValue}: outcomes whose probabilities are equal in exact arithmetic (the mirror image under
     * chance ½) may differ in the last bits after floating-point evaluation and must still be counted.
     */
    private static final double EQUAL_LIKELIHOOD_TOLERANCE = 1e-7;

    private BinomialTest() {
    }

    /**
     * One-sided exact p-value P(X ≥ correct) for X ~ Binomial(trials, chanceRate): the chance that a guessing
     * listener scores at least {@code correct}.
     *
     * @param correct    answers that were right, 0..trials
     * @param trials     answered trials, ≥ 0
     * @param chanceRate probability of a right answer by guessing, in (0, 1)
     * @return p-value in [0, 1]; exactly 1 for {@code correct = 0}
     * @throws IllegalArgumentException for counts or rates outside these ranges
     */
    public static double upperTailPValue(int correct, int trials, double chanceRate) {
        checkCounts(correct, trials);
        checkRate(chanceRate, "chance rate");
        return upperTail(correct, trials, chanceRate);
    }

    /**
     * Two-sided exact p-value for an AB preference (or any binomial count against {@code chanceRate}) by the
     * minimum-likelihood method: the sum of the probabilities of all outcomes that are no more likely than the
     * observed one (the usual exact two-sided rule, also used by R's {@code binom.test}). For chance ½ the
     * distribution is symmetric and this equals twice the smaller tail, capped at 1.
     *
     * @param count      times the counted alternative was chosen (e.g. "preferred B"), 0..trials
     * @param trials     answered trials, ≥ 0
     * @param chanceRate probability of the counted alternative under no preference, in (0, 1); ½ for preference
     * @return p-value in [0, 1]
     * @throws IllegalArgumentException for counts or rates outside these ranges
     */
    public static double twoSidedPValue(int count, int trials, double chanceRate) {
        checkCounts(count, trials);
        checkRate(chanceRate, "chance rate");
        if (trials == 0) {
            return 1.0;
        }
        BinomialDistribution distribution = distribution(trials, chanceRate);
        double observedLog = distribution.logProbability(count);
        double thresholdLog = observedLog + Math.log1p(EQUAL_LIKELIHOOD_TOLERANCE);
        double sum = 0.0;
        for (int outcome = 0; outcome <= trials; outcome++) {
            double log = distribution.logProbability(outcome);
            if (log <= thresholdLog) {
                sum += Math.exp(log);
            }
        }
        return Math.min(1.0, sum);
    }

    /**
     * The fewest right answers out of {@code trials} whose one-sided p-value is at most {@code alpha}: the pass mark
     * to announce before a fixed-length test.
     *
     * @param trials     planned trials, ≥ 0
     * @param chanceRate probability of a right answer by guessing, in (0, 1)
     * @param alpha      significance level, in (0, 1)
     * @return the pass mark in 1..trials, or empty when even a perfect score is not significant (too few trials)
     * @throws IllegalArgumentException for arguments outside these ranges
     */
    public static OptionalInt fewestCorrectToPass(int trials, double chanceRate, double alpha) {
        checkCounts(0, trials);
        checkRate(chanceRate, "chance rate");
        checkRate(alpha, "alpha");
        if (trials == 0 || upperTail(trials, trials, chanceRate) > alpha) {
            return OptionalInt.empty();
        }
        // The tail grows as the mark falls, so the pass marks form an interval ending at trials: bisect for its start.
        int low = 0;
        int high = trials;
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (upperTail(middle, trials, chanceRate) <= alpha) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return OptionalInt.of(high);
    }

    /** P(X ≥ atLeast) for X ~ Binomial(trials, rate), summed term by term; arguments already checked. */
    static double upperTail(int atLeast, int trials, double rate) {
        if (atLeast <= 0) {
            return 1.0;
        }
        BinomialDistribution distribution = distribution(trials, rate);
        double sum = 0.0;
        // Summed from the far end so the small terms are added first.
        for (int outcome = trials; outcome >= atLeast; outcome--) {
            sum += distribution.probability(outcome);
        }
        return Math.min(1.0, sum);
    }

    private static BinomialDistribution distribution(int trials, double rate) {
        // No random generator is needed; passing null avoids seeding one per call.
        return new BinomialDistribution(null, trials, rate);
    }

    static void checkCounts(int count, int trials) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials must be 0 or more, got " + trials);
        }
        if (count < 0 || count > trials) {
            throw new IllegalArgumentException("count must be between 0 and " + trials + " (trials), got " + count);
        }
    }

    static void checkRate(double rate, String what) {
        if (!(rate > 0.0 && rate < 1.0)) {
            throw new IllegalArgumentException(what + " must be strictly between 0 and 1, got " + rate);
        }
    }
}
