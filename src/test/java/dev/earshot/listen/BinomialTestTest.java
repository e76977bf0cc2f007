package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialTestTest {
    /**
     * REFERENCE.md gives 6 decimals: half a unit in the last place, plus a hair because 8/10 = 0.0546875 lies exactly
     * halfway between 0.054687 and 0.054688 (its exactness is checked separately).
     */
    private static final double SIX_DECIMALS = 5.0001e-7;
    /** Relative agreement with the exact rational sum; the double sums carry rounding of ~1e-15 per term. */
    private static final double RELATIVE_TOLERANCE = 1e-12;

    @ParameterizedTest(name = "ABX {0}/{1} -> {2}")
    @CsvSource({"12, 16, 0.038406", "11, 16, 0.105057", "13, 16, 0.010635", "14, 16, 0.002090",
            "9, 10, 0.010742", "8, 10, 0.054688", "15, 20, 0.020695", "14, 20, 0.057659", "17, 24, 0.031957"})
    void abxPValuesMatchReferenceVectors(int correct, int trials, double expected) {
        assertEquals(expected, BinomialTest.upperTailPValue(correct, trials, BinomialTest.CHANCE_HALF),
                SIX_DECIMALS);
    }

    @Test
    void eightOfTenIsExactlyFiftySixOverTenTwentyFour() {
        // 56/1024 = 0.0546875 is exact in binary; only summation rounding separates the two.
        assertEquals(56.0 / 1024.0, BinomialTest.upperTailPValue(8, 10, BinomialTest.CHANCE_HALF), 1e-15);
    }

    @Test
    void trianglePValueMatchesReferenceVector() {
        assertEquals(0.049962, BinomialTest.upperTailPValue(9, 16, BinomialTest.CHANCE_THIRD), SIX_DECIMALS);
    }

    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"1", "7", "16", "25", "40", "63", "100"})
    void upperTailMatchesExactRationalSumForHalfAndThird(int trials) {
        for (int correct = 0; correct <= trials; correct++) {
            assertRelativelyEqual(ExactBinomial.upperTail(correct, trials, 1, 2),
                    BinomialTest.upperTailPValue(correct, trials, BinomialTest.CHANCE_HALF));
            assertRelativelyEqual(ExactBinomial.upperTail(correct, trials, 1, 3),
                    BinomialTest.upperTailPValue(correct, trials, BinomialTest.CHANCE_THIRD));
        }
    }

    @ParameterizedTest(name = "n = {0}")
    @CsvSource({"1", "10", "16", "33", "100"})
    void twoSidedMatchesExactMinimumLikelihoodSum(int trials) {
        for (int count = 0; count <= trials; count++) {
            assertRelativelyEqual(Math.min(1.0, ExactBinomial.twoSided(count, trials, 1, 2)),
                    BinomialTest.twoSidedPValue(count, trials, BinomialTest.CHANCE_HALF));
            assertRelativelyEqual(Math.min(1.0, ExactBinomial.twoSided(count, trials, 1, 3)),
                    BinomialTest.twoSidedPValue(count, trials, BinomialTest.CHANCE_THIRD));
        }
    }

    @Test
    void twoSidedAtHalfIsTwiceTheSmallerTail() {
        assertEquals(2 * 0.0384064, BinomialTest.twoSidedPValue(12, 16, 0.5), 1e-6);
        assertEquals(2 * 0.0384064, BinomialTest.twoSidedPValue(4, 16, 0.5), 1e-6);
        assertEquals(1.0, BinomialTest.twoSidedPValue(8, 16, 0.5), 1e-15);
        assertEquals(1.0, BinomialTest.twoSidedPValue(0, 0, 0.5), 0.0);
    }

    @ParameterizedTest(name = "n = {0} -> {1}")
    @CsvSource({"10, 9", "12, 10", "16, 12", "20, 15", "24, 17", "30, 20", "50, 32", "100, 59"})
    void fewestCorrectToPassMatchesReferenceTable(int trials, int expected) {
        assertEquals(OptionalInt.of(expected),
                BinomialTest.fewestCorrectToPass(trials, BinomialTest.CHANCE_HALF, 0.05));
    }

    @Test
    void fewestCorrectToPassIsTheBoundaryOfSignificance() {
        for (int trials = 5; trials <= 100; trials++) {
            int mark = BinomialTest.fewestCorrectToPass(trials, BinomialTest.CHANCE_THIRD, 0.05).orElseThrow();
            assertTrue(ExactBinomial.upperTail(mark, trials, 1, 3) <= 0.05, "n = " + trials);
            assertTrue(ExactBinomial.upperTail(mark - 1, trials, 1, 3) > 0.05, "n = " + trials);
        }
    }

    @Test
    void tooFewTrialsCannotPass() {
        // 4/4 at chance ½ has p = 1/16 > 0.05.
        assertFalse(BinomialTest.fewestCorrectToPass(4, 0.5, 0.05).isPresent());
        assertEquals(OptionalInt.of(5), BinomialTest.fewestCorrectToPass(5, 0.5, 0.05));
        assertFalse(BinomialTest.fewestCorrectToPass(0, 0.5, 0.05).isPresent());
    }

    @Test
    void edgeScoresGiveCertainOrTinyPValues() {
        assertEquals(1.0, BinomialTest.upperTailPValue(0, 16, 0.5), 0.0);
        assertEquals(Math.pow(0.5, 16), BinomialTest.upperTailPValue(16, 16, 0.5), 1e-20);
        // Far tail at large n keeps its relative accuracy rather than rounding to 0 or going negative.
        assertRelativelyEqual(Math.pow(0.5, 1000), BinomialTest.upperTailPValue(1000, 1000, 0.5));
    }

    @Test
    void rejectsImpossibleCountsAndRates() {
        assertThrows(IllegalArgumentException.class, () -> BinomialTest.upperTailPValue(17, 16, 0.5));
        assertThrows(IllegalArgumentException.class, () -> BinomialTest.upperTailPValue(-1, 16, 0.5));
        assertThrows(IllegalArgumentException.class, () -> BinomialTest.upperTailPValue(3, 16, 1.0));
        assertThrows(IllegalArgumentException.class, () -> BinomialTest.twoSidedPValue(3, 16, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> BinomialTest.fewestCorrectToPass(16, 0.5, 0.0));
    }

    private static void assertRelativelyEqual(double expected, double actual) {
        assertEquals(expected, actual, Math.abs(expected) * RELATIVE_TOLERANCE + Double.MIN_VALUE,
                "expected " + expected + " got " + actual);
    }
}
