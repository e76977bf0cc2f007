package dev.earshot.listen;

import java.util.OptionalInt;

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

    /** The listeners' true rates a result's power is described for: 60, 70 and 80 % right. */
    private static final double[] DESCRIBED_RATES = {0.6, 0.7, 0.8};

    /**
     * One sentence on the power of a finished fixed-length test, for the terminal and the app: the pass mark and the
     * chance that listeners right 60, 70 or 80 % of the time would have passed.
     */
    public static String describe(TestResult result) {
        int n = result.trials();
        OptionalInt mark = BinomialTest.fewestCorrectToPass(n, result.chanceRate(), result.alpha());
        if (mark.isEmpty()) {
            return "Power: with " + n + " trials not even a perfect score passes at \u03b1 = " + result.alpha();
        }
        StringBuilder text = new StringBuilder("Power (").append(mark.getAsInt()).append(" of ").append(n)
                .append(" needed to pass): a listener right ");
        for (int i = 0; i < DESCRIBED_RATES.length; i++) {
            text.append(i == 0 ? "" : i == DESCRIBED_RATES.length - 1 ? " or " : ", ")
                    .append(Math.round(DESCRIBED_RATES[i] * 100)).append(" %");
        }
        text.append(" of the time passes with chance ");
        for (int i = 0; i < DESCRIBED_RATES.length; i++) {
            double p = passProbability(n, mark.getAsInt(), DESCRIBED_RATES[i]);
            text.append(i == 0 ? "" : i == DESCRIBED_RATES.length - 1 ? " or " : ", ")
                    .append(Math.round(p * 100)).append(" %");
        }
        return text.append(" respectively").toString();
    }
}
