package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BiquadFilterTest {
    private static final double RATE = 48_000;
    /** Closed-form cookbook results evaluated in double precision: a few ulps of rounding. */
    private static final double TOLERANCE = 1e-9;

    /** Steady-state gain of a sine at {@code frequencyHz} through the filter, measured over whole cycles. */
    private static double measuredGain(BiquadFilter filter, double frequencyHz) {
        int settle = 48_000;
        int cycles = 200;
        int frames = (int) Math.round(cycles * RATE / frequencyHz);
        double in = 0;
        double out = 0;
        for (int i = 0; i < settle + frames; i++) {
            double x = Math.sin(2 * Math.PI * frequencyHz * i / RATE);
            double y = filter.process(x, 0);
            if (i >= settle) {
                in += x * x;
                out += y * y;
            }
        }
        return Math.sqrt(out / in);
    }

    @Test
    void peakingHasItsGainAtTheCentreAndUnityFarAway() {
        BiquadFilter filter = BiquadFilter.peaking(RATE, 1000.0, 1.0, 6.0, 1);
        assertEquals(Math.pow(10, 6.0 / 20), filter.magnitude(1000.0, RATE), TOLERANCE);
        assertEquals(1.0, filter.magnitude(20.0, RATE), 1e-3, "far below: the bell's skirt is below 0.01 dB");
    }

    @Test
    void bandPassHasUnityGainAtItsCentreWhereverItGlidesTo() {
        BiquadFilter filter = BiquadFilter.bandPass(RATE, 500.0, 2.0, 1);
        assertEquals(1.0, filter.magnitude(500.0, RATE), TOLERANCE);
        filter.setBandPass(RATE, 2000.0, 2.0);
        assertEquals(1.0, filter.magnitude(2000.0, RATE), TOLERANCE);
        // The measured sine gain is within 1e-3 of unity: 200 whole cycles, the transient settled over one second.
        assertEquals(1.0, measuredGain(filter, 2000.0), 1e-3);
    }
}
