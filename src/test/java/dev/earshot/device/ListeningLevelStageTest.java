package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.EqualLoudness;
import org.junit.jupiter.api.Test;

class ListeningLevelStageTest {
    private static final int RATE = 48_000;

    @Test
    void atTheReferenceLevelTheStageIsIdentity() {
        ListeningLevelStage stage = new ListeningLevelStage(83, 83);
        stage.prepare(RATE, 512, 2);
        assertEquals(0, stage.latencyFrames());
        float[] left = Signals.noise(31, 0.5, 4_800);
        float[] right = Signals.noise(32, 0.5, 4_800);
        float[][] signal = {left.clone(), right.clone()};
        Signals.run(stage, signal, 512);
        for (int i = 0; i < left.length; i++) {
            assertEquals(left[i], signal[0][i], 0f);
            assertEquals(right[i], signal[1][i], 0f);
        }
    }

    @Test
    void targetGainIsTheContourDifference() {
        double expected = (EqualLoudness.splForPhon(50, 83) - EqualLoudness.splForPhon(1000, 83))
                - (EqualLoudness.splForPhon(50, 60) - EqualLoudness.splForPhon(1000, 60));
        assertEquals(expected, ListeningLevelStage.gainDb(50, 60, 83), 1e-12);
        assertTrue(expected < -5, "quieter listening loses bass: " + expected);
        assertEquals(0.0, ListeningLevelStage.gainDb(1000, 60, 83), 1e-12);
    }

    @Test
    void targetGainHasNoStepWhereTheStandardStopsAt80Phon() {
        // ISO 226 covers 90 phon only up to 5 kHz; the target must still be continuous there.
        for (double listening : new double[] {40, 60}) {
            double below = ListeningLevelStage.gainDb(4999, listening, 90);
            double above = ListeningLevelStage.gainDb(5001, listening, 90);
            assertEquals(below, above, 0.5, "step at 5 kHz listening at " + listening);
        }
    }

    @Test
    void atSixtyDbSplTheFilterFollowsTheContourDifference() {
        ListeningLevelStage stage = new ListeningLevelStage(60, 83);
        stage.prepare(RATE, 480, 2);
        int latency = stage.latencyFrames();
        assertEquals(256, latency);
        assertGainDb(stage, 1000, ListeningLevelStage.gainDb(1000, 60, 83), 0.1);
        for (double frequencyHz : new double[] {50, 100, 400, 4000, 10_000}) {
            stage.reset();
            assertGainDb(stage, frequencyHz, ListeningLevelStage.gainDb(frequencyHz, 60, 83), 1.0);
        }
    }

    /** Sends a one-second stereo tone through the stage and compares its gain over the last half second. */
    private static void assertGainDb(ListeningLevelStage stage, double frequencyHz, double expectedDb,
                                     double toleranceDb) {
        float[] tone = Signals.sine(frequencyHz, 0.25, RATE, RATE);
        float[][] signal = {tone.clone(), tone.clone()};
        Signals.run(stage, signal, 480);
        double amplitude = Signals.amplitudeAt(signal[1], RATE / 2, RATE, frequencyHz, RATE);
        assertEquals(expectedDb, Signals.db(amplitude / 0.25), toleranceDb, frequencyHz + " Hz");
    }

    @Test
    void gainGridGivesExactlyTheContourDifferenceAtEveryGridFrequency() {
        // Reference: gainDb evaluated directly (four ISO 226 contour points per frequency). The grid remembers the
        // 1 kHz points and the constant region above the table; the values must be identical, not just close.
        double[][] levels = {{60, 83}, {40, 83}, {95, 83}, {83, 70}, {25, 100}};
        for (double[] pair : levels) {
            for (int sampleRate : new int[] {44_100, 48_000, 96_000}) {
                ListeningLevelStage.GainGrid grid = new ListeningLevelStage.GainGrid(pair[0], pair[1]);
                for (int k = 0; k <= 2048; k++) {
                    double frequencyHz = Math.max(1.0, (double) k * sampleRate / 4096);
                    assertEquals(ListeningLevelStage.gainDb(frequencyHz, pair[0], pair[1]), grid.gainDb(frequencyHz),
                            0.0, frequencyHz + " Hz at " + pair[0] + " vs " + pair[1] + " dB SPL");
                }
            }
        }
    }
}
