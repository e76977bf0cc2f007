package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.ImpulseResponse;
import org.junit.jupiter.api.Test;

class ResponseCurvesTest {
    private static final double[] BANDS_HZ = {31.5, 100, 1000, 10_000, 30_000};
    /** A Dirac's response is flat; only float rounding of the single-bin DFT remains. */
    private static final double TOLERANCE_DB = 1e-6;

    private static float[] dirac(float gain) {
        float[] x = new float[64];
        x[0] = gain;
        return x;
    }

    @Test
    void aScaledDiracIsFlatAtItsGainAndBandsAboveNyquistHaveNoValue() {
        double[] curve = ResponseCurves.curve(ImpulseResponse.of(new float[][] {dirac(0.5f)}, 48_000), BANDS_HZ);
        for (int b = 0; b < 4; b++) {
            assertEquals(20 * Math.log10(0.5), curve[b], TOLERANCE_DB);
        }
        assertTrue(Double.isNaN(curve[4]));
    }

    @Test
    void stereoAveragesThePowerOfBothChannels() {
        double[] curve = ResponseCurves.curve(ImpulseResponse.of(new float[][] {dirac(1f), dirac(0.5f)}, 48_000),
                BANDS_HZ);
        assertEquals(10 * Math.log10((1 + 0.25) / 2), curve[2], TOLERANCE_DB);
    }

    @Test
    void trueStereoUsesOnlyTheDirectPaths() {
        float[][] paths = {dirac(1f), dirac(0.9f), dirac(0.9f), dirac(1f)};
        double[] curve = ResponseCurves.curve(ImpulseResponse.of(paths, 48_000), BANDS_HZ);
        assertEquals(0.0, curve[1], TOLERANCE_DB);
    }
}
