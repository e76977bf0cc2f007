package dev.earshot.listen;

/**
 * Power of a fixed-length listening test: how likely a listener who truly gets a given share of trials right reaches
 * the pass mark, and its complement, the chance of missing that listener.
 *
 * <p>Stateless and thread-safe.
 */
public final class Power {
    private Power() {
    }

    /**
     * P(X ≥ passMark) for X ~ Binomial(trials, trueRate).
     *
     * @param trials   planned trials, ≥ 1
     * @param passMark fewest right answers that pass, 0..trials (see {@link BinomialTest#fewestCorrectToPass})
     * @param trueRate the listener's true proportion of right answers, in (0, 1)
     * @return probability in [0, 1]
     * @throws IllegalArgumentException for arguments outside these ranges
     */
    public static double passProbability(int trials, int passMark, double trueRate) {
        BinomialTest.checkCounts(passMark, trials);
        BinomialTest.checkRate(trueRate, "true rate");
        return BinomialTest.upperTail(passMark, trials, trueRate);
    }

    /**
     * The chance that a listener with {@code trueRate} fails the test although they hear the difference:
     * 1 − {@link #passProbability}, summed over the lower tail directly so it keeps its accuracy near 0.
     *
     * @return probability in [0, 1]
     * @throws IllegalArgumentException for arguments outside the ranges of {@link #passProbability}
     */
    public static double missProbability(int trials, int passMark, double trueRate) {
        BinomialTest.checkCounts(passMark, trials);
        BinomialTest.checkRate(trueRate, "true rate");
        // X < passMark  <=>  (trials - X) > trials - passMark, and trials - X ~ Binomial(trials, 1 - trueRate).
        return BinomialTest.upperTail(trials - passMark + 1, trials, 1.0 - trueRate);
    }
}
