package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PowerTest {
    /** REFERENCE.md gives 4 decimals. */
    private static final double FOUR_DECIMALS = 5e-5;

    @ParameterizedTest(name = "true rate {0} misses with {1}")
    @CsvSource({"0.6, 0.8334", "0.7, 0.5501", "0.8, 0.2018"})
    void missChancesAtSixteenTrialsPassingAtTwelveMatchReference(double trueRate, double expectedMiss) {
        assertEquals(expectedMiss, Power.missProbability(16, 12, trueRate), FOUR_DECIMALS);
        assertEquals(1.0 - expectedMiss, Power.passProbability(16, 12, trueRate), FOUR_DECIMALS);
    }

    @ParameterizedTest(name = "n = {0}, pass at {1}")
    @CsvSource({"16, 12", "40, 26", "100, 59", "10, 0", "10, 10"})
    void passAndMissAddToOneAndMatchExactSums(int trials, int passMark) {
        // True rate 3/4 is rational, so the exact reference applies.
        double exactPass = passMark == 0 ? 1.0 : ExactBinomial.upperTail(passMark, trials, 3, 4);
        assertEquals(exactPass, Power.passProbability(trials, passMark, 0.75), 1e-13);
        assertEquals(1.0, Power.passProbability(trials, passMark, 0.75) + Power.missProbability(trials, passMark, 0.75),
                1e-13);
    }
}
