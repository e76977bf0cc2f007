package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void passingAbxSaysTheDifferenceWasHeard() {
        assertEquals("12 of 16 correct: p = 0.038, below 0.05 — the difference was heard (95 % interval 48–93 %)",
                Verdict.describe(TestResult.oneSided(12, 16, BinomialTest.CHANCE_HALF, 0.05)));
    }

    @Test
    void failingAbxSaysNotShownNeverNoDifference() {
        String text = Verdict.describe(TestResult.oneSided(11, 16, BinomialTest.CHANCE_HALF, 0.05));
        assertEquals("11 of 16 correct: p = 0.105, not below 0.05 — hearing the difference was not shown"
                + " (95 % interval 41–89 %)", text);
        assertFalse(text.toLowerCase().contains("no difference"));
    }

    @Test
    void pValueRoundingOntoAlphaGetsAFourthDecimal() {
        // Triangle 9/16: p = 0.049962 would read "0.050, below 0.05" with three decimals.
        assertEquals("9 of 16 correct (chance 33 %): p = 0.0500, below 0.05 — the difference was heard"
                + " (95 % interval 30–80 %)", Verdict.describe(TestResult.oneSided(9, 16, 1.0 / 3, 0.05)));
    }

    @Test
    void tinyPValuesAndPreferencesReadPlainly() {
        assertTrue(Verdict.describe(TestResult.oneSided(16, 16, 0.5, 0.05)).contains("p < 0.001, below 0.05"));
        assertEquals("B picked in 13 of 16 trials: two-sided p = 0.021, below 0.05 — a preference was shown"
                + " (95 % interval 54–96 %)", Verdict.describe(TestResult.preference(13, 16, 0.05), "B"));
        assertTrue(Verdict.describe(TestResult.preference(9, 16, 0.05), "B").contains("a preference was not shown"));
    }

    @Test
    void pooledVerdictCarriesTheWarning() {
        PooledResult pooled = PooledResult.pool(List.of(TestResult.oneSided(12, 16, 0.5, 0.05),
                TestResult.oneSided(9, 16, 0.5, 0.05)));
        String text = Verdict.describe(pooled);
        assertTrue(text.startsWith("Pooled over 2 results: 21 of 32 correct"), text);
        assertTrue(text.endsWith(PooledResult.POOLING_WARNING), text);
    }

    @Test
    void sequentialVerdictsNameTheirBoundaryAndRefuseARunningTest() {
        SequentialTest test = SequentialTest.defaults();
        assertEquals("SPRT stopped after 14 trials with 11 correct: reached the pass boundary (α = 0.05)"
                + " — the difference was heard", Verdict.describe(test, SequentialDecision.PASS, 11, 14));
        String fail = Verdict.describe(test, SequentialDecision.FAIL, 3, 9);
        assertTrue(fail.contains("not shown") && fail.contains("75 %") && fail.contains("20 %"), fail);
        assertTrue(Verdict.describe(test, SequentialDecision.INCONCLUSIVE, 25, 40).contains("inconclusive"));
        assertThrows(IllegalArgumentException.class,
                () -> Verdict.describe(test, SequentialDecision.CONTINUE, 5, 6));
    }
}
