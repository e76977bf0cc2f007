package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.earshot.AllocationProbe;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reference tracks: aligned by cross-correlation, level matched, toggled like a profile without clicks. */
class PlaybackEngineReferenceTest {
    private static final int RATE = EngineHarness.RATE;
    private static final int FADE = PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS);
    private static final int LEAD_IN = 1_234;
    private static final int MASTER_FRAMES = 8 * RATE;
    /** The reference stops 6 s into the master. */
    private static final int REFERENCE_END = 6 * RATE;

    @Test
    void aReferenceIsAlignedLevelMatchedAndTogglesWithoutClicksAndPlaysSilencePastItsEnd() throws Exception {
        float[][] master = TestChains.programme(21, MASTER_FRAMES);
        // Another "version": 6 dB quieter, starting LEAD_IN frames late, ending early.
        float[][] version = new float[2][LEAD_IN + REFERENCE_END];
        for (int c = 0; c < 2; c++) {
            for (int t = 0; t < REFERENCE_END; t++) {
                version[c][LEAD_IN + t] = 0.5f * master[c][t];
            }
        }
        ReferenceTrack track = ReferenceTrack.of("version.wav", version, master, RATE);
        assertEquals(LEAD_IN, track.alignmentFrames());
        // Normalised by both whole excerpts: the master's 8 s against the reference's 6 s of the same audio gives
        // sqrt(6 / 8) = 0.866 for a perfect match.
        assertEquals(Math.sqrt(6.0 / 8.0), track.correlationPeak(), 0.01);

        int[] toggles = {2 * RATE, 4 * RATE, 5 * RATE};
        PlaybackEngine[] seen = new PlaybackEngine[1];
        ReferenceLevel[] level = new ReferenceLevel[1];
        float[][] out = EngineHarness.run(master, TestChains.devices(), FADE, 15 * RATE / 2, engine -> {
            seen[0] = engine;
            int slot = engine.addReference(track);
            level[0] = engine.referenceLevelMeasured(slot).join();
            engine.play();
        }, (engine, written) -> {
            for (int at : toggles) {
                if (written == at / 256 * 256) {
                    engine.toggleReference();
                }
            }
        });

        // Halving is -6.02 dB; the reference lacks the master's last 2 s, which moves its gated mean by < 0.05 dB.
        assertTrue(level[0].measured());
        assertEquals(20 * Math.log10(2), level[0].appliedGainDb(), 0.05);
        int latency = seen[0].latencyFrames();
        // On the reference (after the fade) the output is the master itself, delayed like every source.
        int onReference = 2 * RATE / 256 * 256 + FADE + 256;
        for (int t = onReference; t < 4 * RATE / 256 * 256; t++) {
            assertEquals(master[0][t - latency], out[0][t], 0.01 * Math.abs(master[0][t - latency]) + 1e-6,
                    "frame " + t);
        }
        // Loudness over the same stretch of the programme (its tremolo makes different stretches differ).
        double masterLufs = LevelMatch.loudnessLufs(slice(master, onReference - latency, 4 * RATE - latency), RATE);
        double referenceLufs = LevelMatch.loudnessLufs(slice(out, onReference, 4 * RATE), RATE);
        assertEquals(masterLufs, referenceLufs, 0.5, "the reference plays at the master's loudness");

        // Click-free: every jump is within what the master's own jumps and an equal-power fade allow.
        double ownJump = largestJump(master, 1, REFERENCE_END);
        double peak = 0;
        for (float[] row : master) {
            for (float x : row) {
                peak = Math.max(peak, Math.abs(x));
            }
        }
        // The chains are not heard (bypass and reference only), so the master's own jumps bound the programme's.
        double bound = 1.05 * 1.02 * ownJump + Math.PI / FADE * peak;
        double jump = largestJump(out, 8_192, REFERENCE_END + latency);
        assertTrue(jump <= bound, "largest jump " + jump + " vs bound " + bound);

        // Past its end the reference is silence (here it is selected from 5 s on).
        int silentFrom = REFERENCE_END + latency + 2 * 256;
        for (int t = silentFrom; t < out[0].length; t++) {
            assertEquals(0f, out[0][t], 0f, "frame " + t);
        }
    }

    @Test
    void theQuickEstimateIsAppliedAtOnceAndTheTrimAddsToTheMatch() {
        float[][] master = TestChains.programme(22, 4 * RATE);
        float[][] quieter = new float[2][4 * RATE];
        for (int c = 0; c < 2; c++) {
            for (int t = 0; t < quieter[c].length; t++) {
                quieter[c][t] = 0.25f * master[c][t];
            }
        }
        try (PlaybackEngine engine = new PlaybackEngine(master, RATE, List.of(), new NullOutput(), 256,
                FADE)) {
            int slot = engine.addReference(ReferenceTrack.of("quiet", quieter, master, RATE));
            // The first 20 s hold the whole 4 s here, so the quick estimate is already the exact -12.04 dB.
            assertEquals(20 * Math.log10(4), engine.referenceLevel(slot).matchGainDb(), 0.01);
            engine.setReferenceTrimDb(slot, -1.5);
            assertEquals(20 * Math.log10(4) - 1.5, engine.referenceLevel(slot).appliedGainDb(), 0.01);
            assertEquals(1, engine.referenceCount());
            assertEquals(engine.sourceCount(), engine.referenceSourceIndex(slot));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void audioThreadAllocatesNothingWhileTogglingReferencesMovingThemAndResettingThePeak() throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        float[][] master = TestChains.programme(23, 20 * RATE);
        float[][] version = new float[2][15 * RATE];
        for (int c = 0; c < 2; c++) {
            for (int t = 0; t < version[c].length; t++) {
                version[c][t] = 0.7f * master[c][t];
            }
        }
        ReferenceTrack track = ReferenceTrack.of("version", version, master, RATE);
        long warmUpEnd = 10L * RATE;
        long measureEnd = 16L * RATE;
        long[] bytes = {-1, -1};
        EngineHarness.run(master, TestChains.devices(), FADE, (int) measureEnd + 256, engine -> {
            engine.addReference(track);
            engine.play();
        }, (engine, written) -> {
            long block = written / 256;
            if (block % 19 == 0) {
                engine.toggleReference();
            }
            if (block % 37 == 0) {
                engine.select((int) (block % engine.sourceCount()));
            }
            if (block % 53 == 0) {
                engine.setReferenceOffsetMs(0, block % 2 == 0 ? 12.5 : -3.0);
                engine.resetTruePeak();
            }
            if (written > warmUpEnd && bytes[0] < 0) {
                bytes[0] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            } else if (written > measureEnd && bytes[1] < 0) {
                bytes[1] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            }
        });

        assertTrue(bytes[0] >= 0 && bytes[1] >= 0, "both measurements were taken");
        // As in PlaybackEngineRealTimeTest: 6 s is 1125 callbacks; a one-off JVM event may show a few dozen bytes.
        assertTrue(bytes[1] - bytes[0] <= AllocationProbe.MAX_STRAY_BYTES,
                "bytes allocated by the audio thread over 6 s of audio: " + (bytes[1] - bytes[0]));
    }

    private static float[][] slice(float[][] audio, int from, int to) {
        return new float[][] {Arrays.copyOfRange(audio[0], from, to), Arrays.copyOfRange(audio[1], from, to)};
    }

    private static double largestJump(float[][] audio, int from, int to) {
        double jump = 0;
        for (float[] channel : audio) {
            for (int t = from; t < Math.min(to, channel.length); t++) {
                jump = Math.max(jump, Math.abs(channel[t] - channel[t - 1]));
            }
        }
        return jump;
    }
}
