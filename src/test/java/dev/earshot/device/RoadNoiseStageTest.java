package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.AWeighting;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RoadNoiseStageTest {
    private static final int RATE = 48_000;

    @Test
    void noiseLoudnessIsCalibratedToTheCabinLevel() {
        // 68 dB(A) at 100 km/h heard with programme at 80 dB SPL: -26 dB on the -14 LUFS programme scale.
        RoadNoiseStage stage = new RoadNoiseStage(100, 68, 80, 1234);
        assertEquals(-26.0, stage.noiseLoudnessDb(), 1e-12);
        float[][] noise = render(stage, 20 * RATE);
        double leftMeanSquare = Math.pow(AWeighting.weightedRms(noise[0], noise[0].length, RATE), 2);
        double rightMeanSquare = Math.pow(AWeighting.weightedRms(noise[1], noise[1].length, RATE), 2);
        double loudness = -0.691 + 10 * Math.log10(leftMeanSquare + rightMeanSquare);
        // 20 s of low-frequency noise: the statistical spread of the measured level is well below 0.1 dB.
        assertEquals(-26.0, loudness, 0.2);
    }

    @Test
    void calibrationHoldsAtCitySpeed() {
        RoadNoiseStage stage = new RoadNoiseStage(50, 62, 75, 99);
        float[][] noise = render(stage, 20 * RATE);
        double meanSquares = Math.pow(AWeighting.weightedRms(noise[0], noise[0].length, RATE), 2)
                + Math.pow(AWeighting.weightedRms(noise[1], noise[1].length, RATE), 2);
        assertEquals(62 - 75 - 14, -0.691 + 10 * Math.log10(meanSquares), 0.2);
    }

    @Test
    void sameSeedGivesTheSameNoiseAndAnotherSeedDiffers() {
        float[][] first = render(new RoadNoiseStage(100, 70, 80, 7), RATE);
        float[][] second = render(new RoadNoiseStage(100, 70, 80, 7), RATE);
        float[][] other = render(new RoadNoiseStage(100, 70, 80, 8), RATE);
        assertTrue(Arrays.deepEquals(first, second));
        assertFalse(Arrays.equals(first[0], other[0]));
    }

    @Test
    void resetRestartsTheSameNoise() {
        RoadNoiseStage stage = new RoadNoiseStage(120, 70, 80, 5);
        float[][] first = render(stage, 10_000);
        stage.reset();
        float[][] block = new float[2][10_000];
        stage.process(block, 10_000);
        assertTrue(Arrays.deepEquals(first, block));
    }

    @Test
    void channelsArePartlyCorrelatedAndBassHeavy() {
        float[][] noise = render(new RoadNoiseStage(100, 70, 80, 3), 10 * RATE);
        double lr = 0;
        double ll = 0;
        double rr = 0;
        for (int i = 0; i < noise[0].length; i++) {
            lr += noise[0][i] * noise[1][i];
            ll += noise[0][i] * noise[0][i];
            rr += noise[1][i] * noise[1][i];
        }
        assertEquals(0.5, lr / Math.sqrt(ll * rr), 0.05);
        // Unweighted level far above the A-weighted one: the energy sits where A-weighting cuts hardest.
        double unweighted = Signals.rms(noise[0], 0, noise[0].length);
        double weighted = AWeighting.weightedRms(noise[0], noise[0].length, RATE);
        assertTrue(Signals.db(unweighted / weighted) > 10, "A-weighting removes "
                + Signals.db(unweighted / weighted) + " dB");
    }

    @Test
    void noiseIsAddedToTheProgramme() {
        RoadNoiseStage noiseOnly = new RoadNoiseStage(100, 70, 80, 11);
        float[][] noise = render(noiseOnly, 4_800);
        RoadNoiseStage stage = new RoadNoiseStage(100, 70, 80, 11);
        stage.prepare(RATE, 4_800, 2);
        float[] tone = Signals.sine(1000, 0.5, RATE, 4_800);
        float[][] block = {tone.clone(), tone.clone()};
        stage.process(block, 4_800);
        for (int i = 0; i < tone.length; i++) {
            assertEquals(tone[i] + noise[0][i], block[0][i], 1e-6);
        }
    }

    private static float[][] render(RoadNoiseStage stage, int frames) {
        stage.prepare(RATE, 4_096, 2);
        float[][] output = new float[2][frames];
        Signals.run(stage, output, 4_096);
        return output;
    }
}
