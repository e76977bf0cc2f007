package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AWeightingTest {

    /** The analog A-weighting of IEC 61672-1 (closed form, normalised to 0 dB at 1 kHz). */
    private static double analogDb(double f) {
        double f2 = f * f;
        double ra = Math.pow(12194.217, 2) * f2 * f2 / ((f2 + Math.pow(20.598997, 2))
                * Math.sqrt((f2 + Math.pow(107.65265, 2)) * (f2 + Math.pow(737.86223, 2)))
                * (f2 + Math.pow(12194.217, 2)));
        double r1k = Math.pow(12194.217, 2) * 1e12 / ((1e6 + Math.pow(20.598997, 2))
                * Math.sqrt((1e6 + Math.pow(107.65265, 2)) * (1e6 + Math.pow(737.86223, 2)))
                * (1e6 + Math.pow(12194.217, 2)));
        return 20 * Math.log10(ra / r1k);
    }

    @Test
    void responseMatchesTheAnalogWeightingBelowOneKilohertz() {
        AWeighting weighting = new AWeighting(48_000, 1);
        assertEquals(0.0, weighting.responseDb(1000, 48_000), 1e-9);
        // Pole prewarping makes the digital filter exact at low frequencies; IEC class 1 tolerance is far wider.
        for (double f : new double[] {20, 31.5, 63, 125, 250, 500, 1000}) {
            assertEquals(analogDb(f), weighting.responseDb(f, 48_000), 0.1, f + " Hz");
        }
        assertEquals(analogDb(4000), weighting.responseDb(4000, 48_000), 0.3);
    }

    @Test
    void weightedRmsOfAOneKilohertzSineIsItsRms() {
        float[] sine = new float[48_000];
        for (int i = 0; i < sine.length; i++) {
            sine[i] = (float) (0.5 * Math.sin(2 * Math.PI * 1000 * i / 48_000));
        }
        double rms = AWeighting.weightedRms(sine, sine.length, 48_000);
        // The first millisecond of filter start-up changes the 1-second mean square by far less than 0.05 dB.
        assertEquals(20 * Math.log10(0.5 / Math.sqrt(2)), 20 * Math.log10(rms), 0.05);
    }
}
