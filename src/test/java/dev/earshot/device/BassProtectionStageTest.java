package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BassProtectionStageTest {
    private static final int RATE = 48_000;

    @Test
    void signalBelowTheThresholdPassesUnchanged() {
        // Bass at -30 dBFS peak plus treble; threshold -20 dBFS.
        float[] left = Signals.sine(60, 0.03, RATE, RATE);
        float[] right = Signals.noise(1, 0.01, RATE);
        for (int i = 0; i < left.length; i++) {
            right[i] += left[i];
        }
        float[][] signal = {left.clone(), right.clone()};
        BassProtectionStage stage = new BassProtectionStage(200, -20, 12, 5, 200);
        stage.prepare(RATE, 512, 2);
        Signals.run(stage, signal, 512);
        for (int i = 0; i < left.length; i++) {
            assertEquals(left[i], signal[0][i], 1e-6);
            assertEquals(right[i], signal[1][i], 1e-6);
        }
    }

    @Test
    void loudLowToneIsCutByItsExcessOverTheThreshold() {
        // 50 Hz at -6.02 dBFS peak, threshold -18: the cut settles at the excess, about 12 dB (the 4th-order
        // detector low-pass loses only 0.007 dB at a sixth of its corner).
        double cutDb = measureCutDb(50, 0.5, new BassProtectionStage(300, -18, 24, 5, 200));
        double expected = Signals.db(0.5) - Signals.db(1 + Math.pow(50.0 / 300, 4)) + 18;
        assertEquals(expected, cutDb, 0.5);
    }

    @Test
    void cutIsLimitedToTheMaximum() {
        double cutDb = measureCutDb(50, 0.7, new BassProtectionStage(300, -30, 10, 5, 200));
        assertEquals(10.0, cutDb, 0.5);
    }

    @Test
    void highToneIsUntouched() {
        float[] tone = Signals.sine(1000, 0.9, RATE, RATE);
        float[][] signal = {tone.clone(), tone.clone()};
        BassProtectionStage stage = new BassProtectionStage(300, -18, 24, 5, 200);
        stage.prepare(RATE, 256, 2);
        Signals.run(stage, signal, 256);
        assertEquals(0.0, stage.currentCutDb(), 0.0);
        for (int i = 0; i < tone.length; i++) {
            assertEquals(tone[i], signal[0][i], 1e-6);
        }
    }

    /** Cut of a stereo tone's amplitude over the last half second of two seconds, in dB. */
    private static double measureCutDb(double frequencyHz, double amplitude, BassProtectionStage stage) {
        float[] tone = Signals.sine(frequencyHz, amplitude, RATE, 2 * RATE);
        float[][] signal = {tone.clone(), tone.clone()};
        stage.prepare(RATE, 480, 2);
        Signals.run(stage, signal, 480);
        double out = Signals.amplitudeAt(signal[0], RATE * 3 / 2, 2 * RATE, frequencyHz, RATE);
        return Signals.db(amplitude) - Signals.db(out);
    }
}
