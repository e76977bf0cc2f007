package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SequentialTestTest {
    /** REFERENCE.md gives 3 decimals. */
    private static final double THREE_DECIMALS = 5e-4;

    private final SequentialTest defaults = SequentialTest.defaults();

    @Test
    void defaultBoundariesMatchReference() {
        assertEquals(2.524, defaults.passIntercept(), THREE_DECIMALS);
        assertEquals(-1.418, defaults.failIntercept(), THREE_DECIMALS);
        assertEquals(0.631, defaults.slope(), THREE_DECIMALS);
    }

    @Test
    void defaultBoundariesMatchClosedForms() {
        // p0 = 1/2, p1 = 3/4: g = ln 3, slope = ln 2 / ln 3, a = ln 16 / ln 3, c = ln(0.2 / 0.95) / ln 3.
        double g = Math.log(3);
        assertEquals(Math.log(2) / g, defaults.slope(), 1e-15);
        assertEquals(Math.log(16) / g, defaults.passIntercept(), 1e-14);
        assertEquals(Math.log(0.2 / 0.95) / g, defaults.failIntercept(), 1e-14);
        assertEquals(0.0625, defaults.falsePassBound(), 1e-15);
    }

    @Test
    void decidesByTheLines() {
        // Pass line at n = 5 is 5.68 and at n = 6 is 6.31: even a perfect score has not passed yet.
        assertEquals(SequentialDecision.CONTINUE, defaults.decide(5, 5));
        assertEquals(SequentialDecision.CONTINUE, defaults.decide(6, 6));
        // n = 7: pass needs >= 6.94, so 7/7 passes.
        assertEquals(SequentialDecision.PASS, defaults.decide(7, 7));
        // n = 3: fail line at 0.475, so 0/3 fails and 1/3 continues.
        assertEquals(SequentialDecision.FAIL, defaults.decide(0, 3));
        assertEquals(SequentialDecision.CONTINUE, defaults.decide(1, 3));
        // n = 0: nothing to decide yet.
        assertEquals(SequentialDecision.CONTINUE, defaults.decide(0, 0));
    }

    @Test
    void betweenTheLinesAtTheCapIsInconclusive() {
        // At n = 40: pass at >= 27.76, fail at <= 23.82.
        assertEquals(SequentialDecision.INCONCLUSIVE, defaults.decide(25, 40));
        assertEquals(SequentialDecision.PASS, defaults.decide(28, 40));
        assertEquals(SequentialDecision.FAIL, defaults.decide(23, 40));
        assertEquals(SequentialDecision.CONTINUE, defaults.decide(25, 39));
        assertThrows(IllegalArgumentException.class, () -> defaults.decide(25, 41));
    }

    @Test
    void triangleBoundariesFollowTheSameClosedForm() {
        SequentialTest triangle = new SequentialTest(0.05, 0.2, 1.0 / 3, 0.6, 40);
        double g = Math.log(0.6 / (1.0 / 3)) + Math.log((2.0 / 3) / 0.4);
        assertEquals(Math.log((2.0 / 3) / 0.4) / g, triangle.slope(), 1e-14);
        assertEquals(Math.log(16) / g, triangle.passIntercept(), 1e-14);
    }

    @Test
    void rejectsParametersThatMakeNoTest() {
        assertThrows(IllegalArgumentException.class, () -> new SequentialTest(0.05, 0.2, 0.5, 0.5, 40));
        assertThrows(IllegalArgumentException.class, () -> new SequentialTest(0.6, 0.5, 0.5, 0.75, 40));
        assertThrows(IllegalArgumentException.class, () -> new SequentialTest(0.05, 0.2, 0.5, 0.75, 0));
    }
}
