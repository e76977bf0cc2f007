package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LimiterStageTest {
    private static final int RATE = 48_000;

    @Test
    void outputNeverExceedsTheCeiling() {
        // Noise with bursts reaching +6 dBFS, far above a -3 dBFS ceiling.
        float[] left = Signals.noise(21, 0.6, RATE);
        float[] right = Signals.noise(22, 0.6, RATE);
        for (int i = 0; i < left.length; i += 997) {
            left[i] = 2.0f;
            right[Math.min(right.length - 1, i + 5)] = -1.8f;
        }
        float[][] signal = {left, right};
        LimiterStage stage = new LimiterStage(-3.0, 2.0, 50.0);
        stage.prepare(RATE, 333, 2);
        Signals.run(stage, signal, 333);
        float ceiling = (float) Math.pow(10, -3.0 / 20);
        for (float[] channel : signal) {
            for (float sample : channel) {
                assertTrue(Math.abs(sample) <= ceiling, "sample " + sample);
            }
        }
    }

    @Test
    void quietSignalPassesDelayedByTheLookAhead() {
        float[] tone = Signals.sine(440, 0.5, RATE, 9_600);
        float[][] signal = {tone.clone(), tone.clone()};
        LimiterStage stage = new LimiterStage(-1.0, 2.0, 50.0);
        stage.prepare(RATE, 256, 2);
        assertEquals(96, stage.latencyFrames());
        Signals.run(stage, signal, 256);
        for (int i = 96; i < tone.length; i++) {
            assertEquals(tone[i - 96], signal[0][i], 0f);
        }
    }
}
