package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.DeviceChain;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.dsp.ImpulseResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelMatchTest {
    private static final int RATE = EngineHarness.RATE;

    @Test
    void gainIsTheLoudnessDifferenceAndZeroForSilence() {
        assertEquals(3.5, LevelMatch.gainDb(-14.0, -17.5), 1e-12);
        assertEquals(0.0, LevelMatch.gainDb(-14.0, Double.NEGATIVE_INFINITY), 0.0);
    }

    @Test
    void halvingChainMeasuresSixDecibelsBelowTheMaster() {
        float[][] master = TestChains.programme(21, 5 * RATE);
        DeviceChain half = new DeviceChain(List.of(new ImpulseResponseStage(
                ImpulseResponse.of(new float[][] {{0.5f}}, RATE), ImpulseResponseStage.REALTIME_PARTITION_FRAMES)));

        double difference = LevelMatch.loudnessLufs(master, RATE) - LevelMatch.measureLufs(master, RATE, half);

        // 20 log10 2 = 6.0206 dB; the chain delays by one block, which moves the gating blocks by 256 of 19 200
        // frames of a steady programme: allow 0.02 dB.
        assertEquals(20 * Math.log10(2), difference, 0.02);
    }

    @Test
    void levelMatchedSourcesPlayWithinHalfALoudnessUnitOfTheMaster() throws Exception {
        int frames = 12 * RATE;
        float[][] master = TestChains.programme(22, frames);
        double masterLufs = LevelMatch.loudnessLufs(master, RATE);
        List<DeviceChain> measuring = TestChains.devices();
        int fade = PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS);
        double worst = 0;
        for (int source = 0; source <= measuring.size(); source++) {
            double sourceLufs = source == 0 ? masterLufs
                    : LevelMatch.measureLufs(master, RATE, measuring.get(source - 1));
            double gainDb = LevelMatch.gainDb(masterLufs, sourceLufs);
            int index = source;
            float[][] out = EngineHarness.run(master, TestChains.devices(), fade, frames - 256, engine -> {
                engine.setGainDb(index, gainDb);
                engine.select(index);
                engine.play();
            }, (engine, written) -> { });

            double playedLufs = LevelMatch.loudnessLufs(out, RATE);
            worst = Math.max(worst, Math.abs(playedLufs - masterLufs));
        }
        // The played output starts with a fade and the chains' latency, and the first crossfade from source 0;
        // over 12 s these move the integrated loudness by about 0.01 LU (measured), against gains of -3 to +2.8 dB.
        assertTrue(worst <= 0.5, "largest deviation from the master " + worst + " LU");
    }
}
