package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MeterBallisticsTest {
    /** dB arithmetic in doubles: exact to well below 1e-9 dB. */
    private static final double TOLERANCE_DB = 1e-9;

    @Test
    void barRisesAtOnceAndFallsAtTheStatedRate() {
        MeterBallistics meter = new MeterBallistics();
        meter.update(0.5, 0.5, 0.0);
        assertEquals(20 * Math.log10(0.5), meter.levelDb(), TOLERANCE_DB);
        meter.update(0.0, 0.0, 0.25);
        assertEquals(20 * Math.log10(0.5) - MeterBallistics.FALL_DB_PER_SECOND * 0.25, meter.levelDb(),
                TOLERANCE_DB);
    }

    @Test
    void peakHoldsThenFallsAndTheMaximumStaysUntilReset() {
        MeterBallistics meter = new MeterBallistics();
        meter.update(0.1, 1.0, 0.0);
        meter.update(0.01, 0.01, 1.0);
        assertEquals(0.0, meter.peakDb(), TOLERANCE_DB, "held within the hold time");
        meter.update(0.01, 0.01, 1.0);
        assertEquals(-MeterBallistics.FALL_DB_PER_SECOND, meter.peakDb(), TOLERANCE_DB);
        assertEquals(0.0, meter.maxPeakDb(), TOLERANCE_DB);
        meter.resetMax();
        assertEquals(MeterBallistics.FLOOR_DB, meter.maxPeakDb());
    }

    @Test
    void silenceReadsAsTheFloor() {
        assertEquals(MeterBallistics.FLOOR_DB, MeterBallistics.toDb(0.0));
        assertEquals(MeterBallistics.FLOOR_DB, MeterBallistics.toDb(1e-9));
    }
}
