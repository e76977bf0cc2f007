package dev.earshot.listen;

import java.util.List;

/**
 * Several listening results (listeners or sessions) pooled into one binomial test by adding their right answers and
 * their trials. Pooling answers a different question than each result does: not "can this listener hear it" but "is
 * the average rate of this group above chance"; one keen listener among guessers can carry a pooled pass, and
 * listeners who hear it can drown among guessers. The {@link #warning} says so wherever the result is shown.
 *
 * @param result     the test on the summed counts
 * @param partCount  number of results pooled, ≥ 1
 * @param warning    plain-language warning that pooling changes the question; never empty
 */
public record PooledResult(TestResult result, int partCount, String warning) {
    /** The warning every pooled result carries. */
    public static final String POOLING_WARNING = "Pooled result: this asks whether the average rate across all "
            + "listeners and sessions is above chance, not whether any one listener can hear the difference.";

    /** @throws IllegalArgumentException for a null result, a count below 1 or an empty warning */
    public PooledResult {
        if (result == null || warning == null || warning.isBlank()) {
            throw new IllegalArgumentException("a pooled result needs its test result and a warning");
        }
        if (partCount < 1) {
            throw new IllegalArgumentException("a pooled result needs at least one part, got " + partCount);
        }
    }

    /**
     * Sums the right answers and the trials of {@code parts} and tests the total like a single result.
     *
     * @param parts results that share chance rate, sidedness and alpha; at least one
     * @return the pooled result with {@link #POOLING_WARNING}
     * @throws IllegalArgumentException when {@code parts} is empty, mixes chance rates, sidedness or alpha, or its
     *                                  trials overflow an int
     */
    public static PooledResult pool(List<TestResult> parts) {
        if (parts == null || parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to pool: the list of results is empty");
        }
        TestResult first = parts.get(0);
        long correct = 0;
        long trials = 0;
        for (TestResult part : parts) {
            if (part.chanceRate() != first.chanceRate() || part.sidedness() != first.sidedness()
                    || part.alpha() != first.alpha()) {
                throw new IllegalArgumentException("cannot pool results of different tests: chance "
                        + first.chanceRate() + "/" + first.sidedness() + "/alpha " + first.alpha() + " vs chance "
                        + part.chanceRate() + "/" + part.sidedness() + "/alpha " + part.alpha());
            }
            correct += part.correct();
            trials += part.trials();
        }
        if (trials > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many trials to pool: " + trials);
        }
        TestResult total = TestResult.of((int) correct, (int) trials, first.chanceRate(), first.sidedness(),
                first.alpha());
        return new PooledResult(total, parts.size(), POOLING_WARNING);
    }
}
