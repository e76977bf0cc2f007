package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reference added at a fixed offset and gain plays exactly there, with no alignment or level match. */
class PlaybackEngineFixedReferenceTest {
    private static final int RATE = EngineHarness.RATE;
    private static final int FADE = 64;
    private static final int OFFSET = 1_000;

    @Test
    void aFixedReferencePlaysAtItsOffsetAndGainWithoutLevelMatching() throws Exception {
        float[][] master = EngineHarness.counter(RATE);
        // The same audio as the master: cross-correlation would align it at 0 and level matching would give 0 dB.
        ReferenceTrack track = ReferenceTrack.fixed("copy", master, RATE, OFFSET);
        assertEquals(OFFSET, track.alignmentFrames());
        assertTrue(Double.isNaN(track.correlationPeak()));
        ReferenceLevel[] level = new ReferenceLevel[1];
        float[][] out = EngineHarness.run(master, List.of(), FADE, RATE / 2, engine -> {
            int slot = engine.addReference(track, -6.0);
            level[0] = engine.referenceLevelMeasured(slot).join();
            engine.selectReference(slot);
            engine.play();
        }, (engine, written) -> { });

        assertEquals(new ReferenceLevel(-6.0, 0.0, true), level[0]);
        double gain = Math.pow(10, -6.0 / 20);
        // Past the fade-in, output frame t plays master frame t + OFFSET at -6 dB (float rounding: 1e-6 relative).
        for (int t = 4 * FADE; t < RATE / 2; t++) {
            double expected = gain * master[0][t + OFFSET];
            assertEquals(expected, out[0][t], 1e-6 * Math.abs(expected) + 1e-9, "frame " + t);
        }
    }
}
