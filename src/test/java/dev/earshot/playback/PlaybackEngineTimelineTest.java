package dev.earshot.playback;

import static dev.earshot.playback.EngineHarness.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.DeviceChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the playhead goes: continuity through switches, seeks and loops, checked sample-exactly on a counter. */
class PlaybackEngineTimelineTest {
    private static final int FADE = 1440;

    private static List<DeviceChain> identityChains() {
        return List.of(new DeviceChain(List.of()), new DeviceChain(List.of(new DelayStage(100))),
                new DeviceChain(List.of(new DelayStage(300))));
    }

    @Test
    void switchingEvery100msNeitherDropsNorRepeatsAFrame() throws Exception {
        int frames = 10 * 48_000 + 64;
        float[][] master = counter(frames);
        long[] switchFrames = new long[200];
        int[] switches = {0};
        float[][] out = EngineHarness.run(master, identityChains(), FADE, 10 * 48_000 - 256,
                PlaybackEngine::play, (engine, written) -> {
                    if (written / 4800 != (written - 256) / 4800) {
                        engine.select((switches[0] + 1) % 4);
                        switchFrames[switches[0]++] = written;
                    }
                });

        int latency = 300;
        int exact = 0;
        for (int t = latency + FADE; t < out[0].length; t++) {
            float expected = master[0][t - latency];
            if (inFade(t, switchFrames, switches[0])) {
                // Equal-power crossfade of two identical signals: gain cos + sin, between 1 and sqrt 2.
                double ratio = out[0][t] / expected;
                assertTrue(ratio > 1 - 1e-6 && ratio < Math.sqrt(2) + 1e-6, "frame " + t + " ratio " + ratio);
            } else {
                assertEquals(expected, out[0][t], 0f, "frame " + t);
                assertEquals(master[1][t - latency], out[1][t], 0f, "frame " + t);
                exact++;
            }
        }
        assertTrue(switches[0] >= 99);
        assertTrue(exact > out[0].length / 2);
    }

    @Test
    void pauseStopsThePlayheadAtTheFirstBlockAfterItsFadeAndPlaysSilence() throws Exception {
        int pauseAt = 100 * 256;
        PlaybackEngine[] seen = new PlaybackEngine[1];
        float[][] out = EngineHarness.run(counter(200_000), identityChains(), FADE, 200 * 256, engine -> {
            engine.play();
            seen[0] = engine;
        }, (engine, written) -> {
            if (written == pauseAt) {
                engine.pause();
            }
        });

        // The fade (1440 frames) ends inside the sixth block after the pause; that block is still played.
        assertEquals(pauseAt + 6 * 256, seen[0].meters().playheadFrame());
        for (int t = pauseAt + FADE; t < out[0].length; t++) {
            assertEquals(0f, out[0][t], 0f, "frame " + t);
        }
        assertTrue(Math.abs(out[0][pauseAt + FADE / 2]) > 0f);
    }

    @Test
    void meterReportsThePlayheadAfterTheLastBlock() throws Exception {
        PlaybackEngine[] seen = new PlaybackEngine[1];
        EngineHarness.run(counter(200_000), identityChains(), FADE, 100 * 256, engine -> {
            engine.play();
            seen[0] = engine;
        }, (engine, written) -> { });
        MeterReading reading = seen[0].meters();
        assertEquals(100 * 256, reading.playheadFrame());
        assertEquals(100, reading.blockCount());
    }

    @Test
    void seekFadesOutAndLandsOnTheTargetFrame() throws Exception {
        int seekAt = 19 * 256;
        long target = 100_000;
        float[][] master = counter(200_000);
        float[][] out = EngineHarness.run(master, List.of(), FADE, 60_000, PlaybackEngine::play,
                (engine, written) -> {
                    if (written == seekAt) {
                        engine.seek(target);
                    }
                });

        // Output frame seekAt + FADE + k carries master frame target + k at gain (k + 1) / FADE, then 1.
        for (int k = 0; k < 20_000; k++) {
            float gain = k + 1 >= FADE ? 1f : (k + 1) * (1f / FADE);
            assertEquals(master[0][(int) target + k] * gain, out[0][seekAt + FADE + k], 0f, "k " + k);
        }
        // Just before the jump the input has faded to zero.
        assertEquals(0f, out[0][seekAt + FADE - 1], 0f);
    }

    @Test
    void loopRepeatsTheRegionWithAPeriodOfExactlyItsLength() throws Exception {
        int start = 48_000;
        int end = 96_000;
        float[][] master = counter(200_000);
        float[][] out = EngineHarness.run(master, List.of(), FADE, 3 * 48_000 + 20_000, engine -> {
            engine.setLoop(start, end);
            engine.play();
        }, (engine, written) -> { });

        int length = end - start;
        // After the first fade-in, frame FADE + k carries master frame start + k (full gain from k = FADE - 1).
        for (int k = FADE - 1; k < length - FADE; k++) {
            assertEquals(master[0][start + k], out[0][FADE + k], 0f, "k " + k);
        }
        // Every later pass, fades included, repeats the first one sample for sample.
        for (int t = FADE; t + 2 * length < out[0].length; t++) {
            assertEquals(out[0][t], out[0][t + length], 0f, "t " + t);
            assertEquals(out[0][t], out[0][t + 2 * length], 0f, "t " + t);
        }
    }

    private static boolean inFade(int t, long[] switchFrames, int count) {
        for (int i = 0; i < count; i++) {
            if (t >= switchFrames[i] && t < switchFrames[i] + FADE) {
                return true;
            }
        }
        return false;
    }
}
