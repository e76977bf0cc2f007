package dev.earshot.listen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Plain-language verdicts for listening-test results, for the end-of-session screen, the CLI and reports.
 *
 * <p>A failed test never says "no difference": it says the difference was "not shown", because a test that does not
 * reach significance has not shown that nobody could hear it (too few trials, a tired listener, a bad loop region).
 *
 * <p>Stateless and thread-safe; output uses {@link Locale#ROOT} number formatting.
 */
public final class Verdict {
    private static final double SMALLEST_SHOWN_P = 0.001;

    private Verdict() {
    }

    /**
     * E.g. "12 of 16 correct: p = 0.038, below 0.05 — the difference was heard (95 % interval 48–93 %)". Triangle
     * results name their chance rate; preferences are described as picks of "the counted stimulus".
     */
    public static String describe(TestResult result) {
        return describe(result, "the counted stimulus");
    }

    /**
     * Like {@link #describe(TestResult)}, naming the stimulus a preference count refers to (e.g. "B"); the name is
     * ignored for one-sided results.
     */
    public static String describe(TestResult result, String countedStimulus) {
        StringBuilder text = new StringBuilder();
        if (result.sidedness() == Sidedness.ONE_SIDED) {
            text.append(result.correct()).append(" of ").append(result.trials()).append(" correct");
            if (result.chanceRate() != BinomialTest.CHANCE_HALF) {
                text.append(String.format(Locale.ROOT, " (chance %d %%)", Math.round(result.chanceRate() * 100)));
            }
        } else {
            text.append(countedStimulus).append(" picked in ").append(result.correct()).append(" of ")
                    .append(result.trials()).append(" trials");
        }
        text.append(result.sidedness() == Sidedness.TWO_SIDED ? ": two-sided p " : ": p ")
                .append(formatP(result.pValue(), result.alpha())).append(", ")
                .append(comparison(result.pValue(), result.alpha())).append(' ').append(plain(result.alpha()))
                .append(" — ");
        if (result.sidedness() == Sidedness.ONE_SIDED) {
            text.append(result.passed() ? "the difference was heard" : "hearing the difference was not shown");
        } else {
            text.append(result.passed() ? "a preference was shown" : "a preference was not shown");
        }
        return text.append(" (").append(result.interval().describePercent()).append(')').toString();
    }

    /** The verdict of a pooled result followed by its warning that pooling changes the question. */
    public static String describe(PooledResult pooled) {
        return "Pooled over " + pooled.partCount() + " results: " + describe(pooled.result()) + ". "
                + pooled.warning();
    }

    /**
     * The verdict of a finished sequential test, e.g. "SPRT stopped after 14 trials with 11 correct: reached the
     * pass boundary (α = 0.05) — the difference was heard".
     *
     * @param test     the test's parameters
     * @param decision a final decision (not {@link SequentialDecision#CONTINUE})
     * @param correct  right answers, 0..trials
     * @param trials   answered trials
     * @throws IllegalArgumentException for {@link SequentialDecision#CONTINUE}: the score must stay hidden until the
     *                                  test is over
     */
    public static String describe(SequentialTest test, SequentialDecision decision, int correct, int trials) {
        BinomialTest.checkCounts(correct, trials);
        String head = "SPRT stopped after " + trials + " trials with " + correct + " correct: ";
        return switch (decision) {
            case PASS -> head + "reached the pass boundary (α = " + plain(test.alpha())
                    + ") — the difference was heard";
            case FAIL -> head + "reached the fail boundary — hearing the difference was not shown (a listener right "
                    + percent(test.targetRate()) + " of the time fails with chance about " + percent(test.beta())
                    + ")";
            case INCONCLUSIVE -> head + "reached the cap of " + test.maxTrials()
                    + " trials between the boundaries — inconclusive: the difference was neither shown nor ruled out";
            case CONTINUE -> throw new IllegalArgumentException(
                    "the sequential test is still running; a verdict exists only once it stops");
        };
    }

    /** "= " and three decimals, four if three would round onto alpha; "< 0.001" below that. */
    private static String formatP(double pValue, double alpha) {
        if (pValue < SMALLEST_SHOWN_P) {
            return "< 0.001";
        }
        String shown = String.format(Locale.ROOT, "%.3f", pValue);
        if (Double.parseDouble(shown) == alpha && pValue != alpha) {
            shown = String.format(Locale.ROOT, "%.4f", pValue);
        }
        return "= " + shown;
    }

    private static String comparison(double pValue, double alpha) {
        if (pValue < alpha) {
            return "below";
        }
        return pValue == alpha ? "at" : "not below";
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String percent(double proportion) {
        return plain(BigDecimal.valueOf(proportion * 100).setScale(1, RoundingMode.HALF_EVEN)
                .doubleValue()) + " %";
    }
}
