package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ClopperPearsonTest {
    /** REFERENCE.md gives 4 decimals. */
    private static final double FOUR_DECIMALS = 5e-5;
    /** The quantile search is accurate to 1e-12 in the rate; the tail probabilities move less than that. */
    private static final double TAIL_TOLERANCE = 1e-9;

    @Test
    void twelveOfSixteenMatchesReferenceInterval() {
        ConfidenceInterval interval = ClopperPearson.interval(12, 16, 0.95);
        assertEquals(0.4762, interval.lowerRate(), FOUR_DECIMALS);
        assertEquals(0.9273, interval.upperRate(), FOUR_DECIMALS);
        assertEquals(0.95, interval.confidence(), 0.0);
    }

    @Test
    void boundsLeaveExactlyHalfTheErrorInEachBinomialTail() {
        // Definition: P(X >= k | lower) = P(X <= k | upper) = (1 - confidence) / 2, checked by direct summation.
        for (int trials : new int[] {5, 16, 40}) {
            for (int correct = 1; correct < trials; correct++) {
                ConfidenceInterval interval = ClopperPearson.interval(correct, trials, 0.90);
                assertEquals(0.05, directUpperTail(correct, trials, interval.lowerRate()), TAIL_TOLERANCE);
                assertEquals(0.05, 1.0 - directUpperTail(correct + 1, trials, interval.upperRate()),
                        TAIL_TOLERANCE);
            }
        }
    }

    @Test
    void noneRightStartsAtZeroAndAllRightEndsAtOne() {
        ConfidenceInterval none = ClopperPearson.interval(0, 16, 0.95);
        assertEquals(0.0, none.lowerRate(), 0.0);
        // Closed form: 1 - (0.025)^(1/16).
        assertEquals(1.0 - Math.pow(0.025, 1.0 / 16), none.upperRate(), 1e-9);
        ConfidenceInterval all = ClopperPearson.interval(16, 16, 0.95);
        assertEquals(1.0, all.upperRate(), 0.0);
        assertEquals(Math.pow(0.025, 1.0 / 16), all.lowerRate(), 1e-9);
    }

    @Test
    void intervalContainsTheObservedRate() {
        for (int correct = 0; correct <= 24; correct++) {
            assertTrue(ClopperPearson.interval(correct, 24, 0.95).contains(correct / 24.0), "k = " + correct);
        }
    }

    @Test
    void describesInWholePercent() {
        assertEquals("95 % interval 48–93 %", ClopperPearson.interval(12, 16, 0.95).describePercent());
    }

    @Test
    void rejectsZeroTrials() {
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.interval(0, 0, 0.95));
        assertThrows(IllegalArgumentException.class, () -> ClopperPearson.interval(3, 4, 1.0));
    }

    private static double directUpperTail(int atLeast, int trials, double rate) {
        double sum = 0.0;
        for (int i = atLeast; i <= trials; i++) {
            sum += ExactBinomial.choose(trials, i).doubleValue() * Math.pow(rate, i) * Math.pow(1 - rate, trials - i);
        }
        return sum;
    }
}
