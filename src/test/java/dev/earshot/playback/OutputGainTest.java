package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The output gain scales the whole mix, whichever source plays, after a one-block ramp. */
class OutputGainTest {
    private static final int RATE = EngineHarness.RATE;

    @Test
    void outputGainScalesEverySampleAfterItsRamp() throws Exception {
        int frames = 3 * RATE;
        float[][] master = TestChains.programme(31, frames);
        int fade = PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS);
        float[][] plain = EngineHarness.run(master, TestChains.devices(), fade, frames - 256, engine -> {
            engine.select(1);
            engine.play();
        }, (engine, written) -> { });
        float[][] quieter = EngineHarness.run(master, TestChains.devices(), fade, frames - 256, engine -> {
            engine.setOutputGainDb(-7.0);
            engine.select(1);
            engine.play();
        }, (engine, written) -> { });
        float expected = (float) Math.pow(10, -7.0 / 20);
        // From the second block on, every sample is the plain one times the gain, within float rounding of the
        // product (relative 1e-6).
        for (int c = 0; c < 2; c++) {
            for (int i = 512; i < plain[c].length; i++) {
                assertEquals(plain[c][i] * expected, quieter[c][i], 1e-6f * Math.abs(plain[c][i]) + 1e-9f,
                        "channel " + c + " frame " + i);
            }
        }
    }

    @Test
    void outOfRangeGainsAreRefused() throws Exception {
        float[][] master = TestChains.programme(32, RATE);
        EngineHarness.run(master, TestChains.devices(), 256, 1024, engine -> {
            assertThrows(IllegalArgumentException.class, () -> engine.setOutputGainDb(-61));
            assertThrows(IllegalArgumentException.class, () -> engine.setOutputGainDb(Double.NaN));
        }, (engine, written) -> { });
    }
}
