package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.dsp.BiquadFilter;
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

    /**
     * The algorithm of the class documentation, sample by sample with the per-sample filter method (the cut computed
     * at the end of every update period): the reference
     * the block-wise stage must reproduce exactly.
     */
    private static float[][] directReference(float[][] input, int channels, double cornerHz, double thresholdDbfs,
                                             double maxCutDb, double attackMs, double releaseMs) {
        double q = 1.0 / Math.sqrt(2.0);
        BiquadFilter first = BiquadFilter.lowPass(RATE, cornerHz, q, channels);
        BiquadFilter second = BiquadFilter.lowPass(RATE, cornerHz, q, channels);
        BiquadFilter shelf = new BiquadFilter(channels);
        shelf.setLowShelf(RATE, cornerHz, q, 0.0);
        double detector = Math.exp(-1000.0 / (BassProtectionStage.DETECTOR_MS * RATE));
        double attack = Math.pow(Math.exp(-1000.0 / (attackMs * RATE)), BassProtectionStage.UPDATE_FRAMES);
        double release = Math.pow(Math.exp(-1000.0 / (releaseMs * RATE)), BassProtectionStage.UPDATE_FRAMES);
        double threshold = Math.pow(10.0, thresholdDbfs / 10.0);
        double ms1 = 0;
        double ms = 0;
        double cut = 0;
        double shelfCut = 0;
        float[][] out = new float[channels][input[0].length];
        for (int i = 0; i < input[0].length; i++) {
            if (i % BassProtectionStage.UPDATE_FRAMES == 0) {
                double target = cut < 1e-4 ? 0.0 : cut;
                if (target != shelfCut) {
                    shelfCut = target;
                    shelf.setLowShelf(RATE, cornerHz, q, -target);
                }
            }
            double power = 0;
            for (int c = 0; c < channels; c++) {
                double low = second.process(first.process(input[c][i], c), c);
                power += low * low;
            }
            power /= channels;
            ms1 += (1 - detector) * (power - ms1);
            ms += (1 - detector) * (ms1 - ms);
            if ((i + 1) % BassProtectionStage.UPDATE_FRAMES == 0) {
                double wanted = 0;
                if (2.0 * ms > threshold) {
                    wanted = Math.max(0.0, Math.min(maxCutDb, 10.0 * Math.log10(2.0 * ms) - thresholdDbfs));
                }
                cut = wanted + (wanted > cut ? attack : release) * (cut - wanted);
            }
            for (int c = 0; c < channels; c++) {
                out[c][i] = (float) shelf.process(input[c][i], c);
            }
        }
        return out;
    }

    @Test
    void blockwiseStageEqualsTheSampleBySampleAlgorithmExactlyInMonoAndStereo() {
        for (int channels = 1; channels <= 2; channels++) {
            float[][] input = new float[channels][RATE / 2];
            for (int c = 0; c < channels; c++) {
                float[] bass = Signals.sine(45 + 10 * c, 0.8, RATE, RATE / 2);
                float[] hiss = Signals.noise(c + 1, 0.05, RATE / 2);
                for (int i = 0; i < input[c].length; i++) {
                    // The bass swells in and out so the cut both engages and releases.
                    input[c][i] = (float) (bass[i] * Math.abs(Math.sin(Math.PI * 3 * i / RATE))) + hiss[i];
                }
            }
            float[][] expected = directReference(input, channels, 150, -24, 15, 3, 80);
            float[][] actual = new float[channels][];
            for (int c = 0; c < channels; c++) {
                actual[c] = input[c].clone();
            }
            BassProtectionStage stage = new BassProtectionStage(150, -24, 15, 3, 80);
            stage.prepare(RATE, 700, channels);
            Signals.run(stage, actual, 700);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < expected[c].length; i++) {
                    assertEquals(expected[c][i], actual[c][i], 0.0f, channels + " channels, channel " + c
                            + " frame " + i);
                }
            }
        }
    }
}
