package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.ImpulseResponse;
import org.junit.jupiter.api.Test;

class SimpleStagesTest {
    private static final int RATE = 48_000;

    @Test
    void monoSumOfAnOutOfPhaseSignalIsSilent() {
        float[] left = Signals.noise(1, 0.5, 4_800);
        float[] right = new float[left.length];
        for (int i = 0; i < left.length; i++) {
            right[i] = -left[i];
        }
        MonoSumStage stage = new MonoSumStage(0.5, 0.5);
        stage.prepare(RATE, 512, 2);
        float[][] signal = {left.clone(), right};
        Signals.run(stage, signal, 512);
        for (int i = 0; i < left.length; i++) {
            assertEquals(0f, signal[0][i], 0f);
            assertEquals(0f, signal[1][i], 0f);
        }
    }

    @Test
    void monoSumWeightsEachChannel() {
        float[] left = Signals.noise(2, 0.5, 1_000);
        float[] right = Signals.noise(3, 0.5, 1_000);
        MonoSumStage stage = new MonoSumStage(0.7, 0.3);
        stage.prepare(RATE, 1_000, 2);
        float[][] signal = {left.clone(), right.clone()};
        stage.process(signal, 1_000);
        for (int i = 0; i < left.length; i++) {
            double expected = 0.7 * left[i] + 0.3 * right[i];
            assertEquals(expected, signal[0][i], 1e-6);
            assertEquals(expected, signal[1][i], 1e-6);
        }
    }

    @Test
    void fullWidthIsIdentityAndZeroWidthIsMono() {
        float[] left = Signals.noise(4, 0.5, 1_000);
        float[] right = Signals.noise(5, 0.5, 1_000);
        StereoWidthStage full = new StereoWidthStage(100);
        full.prepare(RATE, 1_000, 2);
        float[][] same = {left.clone(), right.clone()};
        full.process(same, 1_000);
        StereoWidthStage none = new StereoWidthStage(0);
        none.prepare(RATE, 1_000, 2);
        float[][] mono = {left.clone(), right.clone()};
        none.process(mono, 1_000);
        for (int i = 0; i < left.length; i++) {
            assertEquals(left[i], same[0][i], 0f);
            assertEquals(right[i], same[1][i], 0f);
            assertEquals(0.5 * (left[i] + right[i]), mono[0][i], 1e-6);
            assertEquals(mono[0][i], mono[1][i], 0f);
        }
    }

    @Test
    void widthScalesTheSideSignalOnly() {
        float[] left = Signals.noise(6, 0.5, 1_000);
        float[] right = Signals.noise(7, 0.5, 1_000);
        StereoWidthStage stage = new StereoWidthStage(60);
        stage.prepare(RATE, 1_000, 2);
        float[][] signal = {left.clone(), right.clone()};
        stage.process(signal, 1_000);
        for (int i = 0; i < left.length; i++) {
            assertEquals(0.5 * (left[i] + right[i]), 0.5 * (signal[0][i] + signal[1][i]), 1e-6);
            assertEquals(0.6 * 0.5 * (left[i] - right[i]), 0.5 * (signal[0][i] - signal[1][i]), 1e-6);
        }
    }

    @Test
    void impulseResponseStageConvolvesWithOnePartitionOfLatency() {
        float[] h = {0.5f, 0f, -0.25f, 0.125f};
        ImpulseResponseStage stage = new ImpulseResponseStage(ImpulseResponse.of(new float[][] {h}, RATE), 64);
        stage.prepare(RATE, 100, 2);
        assertEquals(64, stage.latencyFrames());
        float[] left = Signals.noise(8, 0.5, 2_000);
        float[] right = Signals.noise(9, 0.5, 2_000);
        float[][] signal = {left.clone(), right.clone()};
        Signals.run(stage, signal, 100);
        for (int i = 64; i < left.length; i++) {
            int n = i - 64;
            double expected = 0;
            for (int k = 0; k < h.length && k <= n; k++) {
                expected += h[k] * left[n - k];
            }
            // Float FFT rounding of 128-point transforms is near 1e-7 full scale.
            assertEquals(expected, signal[0][i], 1e-6, "frame " + i);
        }
    }

    @Test
    void impulseResponseStageRejectsAnotherSampleRate() {
        ImpulseResponseStage stage = new ImpulseResponseStage(ImpulseResponse.of(new float[][] {{1f}}, RATE), 64);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> stage.prepare(44_100, 256, 2));
        assertTrue(error.getMessage().contains("resample"));
    }
}
