package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MagnitudeCurveTest {
    @Test
    void interpolatesLinearlyInLogFrequency() {
        MagnitudeCurve curve = MagnitudeCurve.of(100, 0, 400, 12);
        assertEquals(6.0, curve.gainDbAt(200), 1e-12, "200 Hz is half-way in octaves");
        assertEquals(3.0, curve.gainDbAt(100 * Math.sqrt(2)), 1e-12);
        assertEquals(12.0, curve.gainDbAt(400), 0.0);
    }

    @Test
    void holdsTheEndValuesOutsideTheRange() {
        MagnitudeCurve curve = MagnitudeCurve.of(100, -3, 1000, 5);
        assertEquals(-3.0, curve.gainDbAt(0.0), 0.0);
        assertEquals(-3.0, curve.gainDbAt(20), 0.0);
        assertEquals(5.0, curve.gainDbAt(20000), 0.0);
    }

    @Test
    void rejectsCurvesThatBreakTheRules() {
        assertMessage("at least 2 points", () -> MagnitudeCurve.of(100, 0));
        assertMessage("does not increase", () -> MagnitudeCurve.of(100, 0, 100, 1));
        assertMessage("not positive", () -> MagnitudeCurve.of(0, 0, 100, 1));
        assertMessage("not finite", () -> MagnitudeCurve.of(10, 0, 100, Double.NaN));
        assertMessage("pairs", () -> MagnitudeCurve.of(10, 0, 100));
    }

    @Test
    void copiesItsArrays() {
        double[] frequencies = {100, 1000};
        MagnitudeCurve curve = new MagnitudeCurve(frequencies, new double[] {0, 1});
        frequencies[0] = 500;
        assertEquals(100, curve.frequenciesHz()[0]);
        assertEquals(curve, MagnitudeCurve.of(100, 0, 1000, 1));
    }

    private static void assertMessage(String fragment, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
