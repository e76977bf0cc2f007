package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MonoFoldLoudnessTest {
    private static final int RATE = 48_000;

    @Test
    void identicalChannelsLoseNothing() {
        assertEquals(0.0, change(1.0, 0.0), 1e-9);
    }

    @Test
    void uncorrelatedChannelsLoseThreeLu() {
        // Mean square of (L + R) / 2 with independent equal-power L and R is half of either: -3.01 LU. The finite
        // noise sample's correlation moves it by a few hundredths.
        assertEquals(-3.01, change(0.0, 1.0), 0.05);
    }

    @Test
    void oppositePolarityVanishes() {
        assertEquals(Double.NEGATIVE_INFINITY, change(-1.0, 0.0), 0.0);
    }

    /** Right = a·left + b·(independent noise), 20 s of noise, in blocks of 4800. */
    private static double change(double a, double b) {
        Random random = new Random(9);
        MonoFoldLoudness meter = new MonoFoldLoudness(RATE);
        float[][] block = new float[2][4_800];
        for (int n = 0; n < 200; n++) {
            for (int i = 0; i < 4_800; i++) {
                double left = 0.1 * random.nextGaussian();
                block[0][i] = (float) left;
                block[1][i] = (float) (a * left + b * 0.1 * random.nextGaussian());
            }
            meter.add(block, 4_800);
        }
        return meter.changeLu();
    }
}
