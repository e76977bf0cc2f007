package dev.earshot.listen;

/**
 * The outcome of a fixed-length listening test: the score, its exact p-value and Clopper–Pearson interval.
 *
 * @param correct    right answers (or, for a preference, picks of the counted stimulus), 0..trials
 * @param trials     answered trials, ≥ 1 (training trials excluded)
 * @param chanceRate rate under the null hypothesis, in (0, 1): ½ for ABX/preference/same-different, ⅓ for triangle
 * @param sidedness  one-sided (above chance) or two-sided (preference)
 * @param alpha      significance level the result is judged at, in (0, 1)
 * @param pValue     exact binomial p-value, in [0, 1]
 * @param interval   Clopper–Pearson confidence interval for the true rate (95 % from the factories)
 */
public record TestResult(int correct, int trials, double chanceRate, Sidedness sidedness, double alpha,
        double pValue, ConfidenceInterval interval) {
    /** Confidence level of the interval the factories attach. */
    public static final double INTERVAL_CONFIDENCE = 0.95;
    /** The usual significance level, 0.05. */
    public static final double DEFAULT_ALPHA = 0.05;

    /** @throws IllegalArgumentException for values outside the documented ranges or a null field */
    public TestResult {
        BinomialTest.checkCounts(correct, trials);
        if (trials < 1) {
            throw new IllegalArgumentException("a result needs at least one answered trial");
        }
        BinomialTest.checkRate(chanceRate, "chance rate");
        BinomialTest.checkRate(alpha, "alpha");
        if (!(pValue >= 0.0 && pValue <= 1.0)) {
            throw new IllegalArgumentException("p-value must be in [0, 1], got " + pValue);
        }
        if (sidedness == null || interval == null) {
            throw new IllegalArgumentException("sidedness and interval are required");
        }
    }

    /**
     * The exact test of {@code correct} out of {@code trials} against {@code chanceRate}, with a 95 % interval.
     *
     * @throws IllegalArgumentException for arguments outside the documented ranges
     */
    public static TestResult of(int correct, int trials, double chanceRate, Sidedness sidedness, double alpha) {
        BinomialTest.checkCounts(correct, trials);
        if (sidedness == null) {
            throw new IllegalArgumentException("sidedness is required");
        }
        double pValue = sidedness == Sidedness.ONE_SIDED
                ? BinomialTest.upperTailPValue(correct, trials, chanceRate)
                : BinomialTest.twoSidedPValue(correct, trials, chanceRate);
        return new TestResult(correct, trials, chanceRate, sidedness, alpha, pValue,
                ClopperPearson.interval(correct, trials, INTERVAL_CONFIDENCE));
    }

    /**
     * A one-sided test against chance (ABX and same/different at ½, triangle at ⅓) with a 95 % interval.
     *
     * @throws IllegalArgumentException for arguments outside the documented ranges
     */
    public static TestResult oneSided(int correct, int trials, double chanceRate, double alpha) {
        return of(correct, trials, chanceRate, Sidedness.ONE_SIDED, alpha);
    }

    /**
     * A two-sided test of an AB preference: {@code count} picks of the counted stimulus out of {@code trials},
     * against ½, with a 95 % interval for the share of picks.
     *
     * @throws IllegalArgumentException for arguments outside the documented ranges
     */
    public static TestResult preference(int count, int trials, double alpha) {
        return of(count, trials, BinomialTest.CHANCE_HALF, Sidedness.TWO_SIDED, alpha);
    }

    /** Whether the result is significant: p-value ≤ alpha. */
    public boolean passed() {
        return pValue <= alpha;
    }

    /** The observed proportion correct / trials, in [0, 1]. */
    public double observedRate() {
        return (double) correct / trials;
    }
}
