package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrequencyResponseTest {
    @Test
    void twoTapAverageFollowsItsClosedForm() {
        float[] ir = {0.5f, 0.5f};
        for (double hz : new double[] {0, 100, 1000, 6000, 12000, 20000}) {
            double expected = 20 * Math.log10(Math.abs(Math.cos(Math.PI * hz / 48000)));
            assertEquals(expected, FrequencyResponse.gainDbAt(ir, 48000, hz), 1e-9, hz + " Hz");
        }
    }

    @Test
    void delayedImpulseIsFlatOverALongIr() {
        float[] ir = new float[20000];
        ir[17321] = 0.25f;
        for (double hz = 20; hz < 24000; hz *= 1.7) {
            assertEquals(20 * Math.log10(0.25), FrequencyResponse.gainDbAt(ir, 48000, hz), 1e-9, hz + " Hz");
        }
    }

    @Test
    void smoothingAveragesPower() {
        float[] ir = {1f};
        assertEquals(0.0, FrequencyResponse.smoothedGainDbAt(ir, 48000, 1000, 1.0 / 3), 1e-12);
    }
}
