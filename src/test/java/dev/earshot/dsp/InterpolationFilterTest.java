package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class InterpolationFilterTest {

    @Test
    void phaseZeroReproducesTheInputSamples() {
        float[] expected = new float[24];
        expected[11] = 1f;
        assertArrayEquals(expected, InterpolationFilter.design(4, 24, 8.0).phase(0), 0f);
    }

    /**
     * Each phase, applied to a complex exponential, has a gain within 0.02 dB of unity up to 0.4·fs (closed-form
     * frequency response of the taps); the Kaiser window with β = 8 over 24 taps keeps the pass band that flat.
     */
    @Test
    void everyPhaseIsFlatToFourTenthsOfTheSampleRate() {
        InterpolationFilter filter = InterpolationFilter.design(4, 24, 8.0);
        for (int p = 0; p < 4; p++) {
            float[] h = filter.phase(p);
            for (double f = 0.0; f <= 0.4; f += 0.01) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < h.length; k++) {
                    re += h[k] * Math.cos(2 * Math.PI * f * (k - 11));
                    im += h[k] * Math.sin(2 * Math.PI * f * (k - 11));
                }
                assertEquals(0.0, 10 * Math.log10(re * re + im * im), 0.02, "phase " + p + " at " + f + " fs");
            }
        }
    }

    /** A sine's value between samples is what the phase's fractional delay predicts, to 1e-4 at 0.1·fs. */
    @Test
    void phaseInterpolatesASineAtItsFractionalDelay() {
        InterpolationFilter filter = InterpolationFilter.design(4, 24, 8.0);
        double f = 0.1;
        for (int p = 1; p < 4; p++) {
            float[] h = filter.phase(p);
            double y = 0;
            for (int k = 0; k < h.length; k++) {
                y += h[k] * Math.sin(2 * Math.PI * f * (k - 11) + 0.3);
            }
            assertEquals(Math.sin(2 * Math.PI * f * p / 4.0 + 0.3), y, 1e-4);
        }
    }

    @Test
    void oddTapCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> InterpolationFilter.design(4, 23, 8.0));
    }
}
