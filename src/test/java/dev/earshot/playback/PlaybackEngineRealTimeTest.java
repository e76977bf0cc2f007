package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.AllocationProbe;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The audio thread's real-time obligations: no allocation and no clicks while switching sources. */
class PlaybackEngineRealTimeTest {
    private static final int RATE = EngineHarness.RATE;
    private static final int FADE = PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS);
    /**
     * Jumps are compared from here on: the programme starts abruptly at frame 0, and that onset reaches each source
     * after its latency (up to a block plus the limiter's look-ahead) and rings through its response (up to 4000
     * frames); the engine fades it in instead.
     */
    private static final int SETTLED = 8_192;

    @Test
    void audioThreadAllocatesNothingAfterWarmUpWhileSwitchingSeekingAndToggling() throws Exception {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long warmUpEnd = 20L * RATE;
        long measureEnd = 30L * RATE;
        long[] bytes = {-1, -1};
        float[][] master = TestChains.programme(11, 40 * RATE);
        EngineHarness.run(master, TestChains.devices(), FADE, (int) measureEnd + 256, PlaybackEngine::play,
                (engine, written) -> {
                    long block = written / 256;
                    if (written / 4800 != (written - 256) / 4800) {
                        engine.select((int) ((written / 4800) % engine.sourceCount()));
                    }
                    if (block % 150 == 0) {
                        engine.setMono(block % 300 == 0);
                        engine.setGainDb((int) (block % engine.sourceCount()), -(block % 7));
                    }
                    if (block % 700 == 0) {
                        engine.seek((block * 977) % (30L * RATE));
                    }
                    if (block % 1100 == 0) {
                        engine.pause();
                    } else if (block % 1100 == 20) {
                        engine.play();
                    }
                    if (written > warmUpEnd && bytes[0] < 0) {
                        bytes[0] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                    } else if (written > measureEnd && bytes[1] < 0) {
                        bytes[1] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                    }
                });

        assertTrue(bytes[0] >= 0 && bytes[1] >= 0, "both measurements were taken");
        // 10 s of audio is 1875 callbacks: allocating anything per callback would show as kilobytes. A one-off
        // JVM event (a recompilation of the harness's own loop) can show a few dozen bytes once; allow that much.
        assertTrue(bytes[1] - bytes[0] <= AllocationProbe.MAX_STRAY_BYTES,
                "bytes allocated by the audio thread over 10 s of audio: " + (bytes[1] - bytes[0]));
    }

    @Test
    void switchingEvery100msForThirtySecondsAddsNoJumpBeyondTheSourcesOwn() throws Exception {
        int frames = 30 * RATE;
        float[][] master = TestChains.programme(12, frames + RATE);
        SourceJumps own = sourceJumps(master, frames);

        float[][] out = EngineHarness.run(master, TestChains.devices(), FADE, frames, PlaybackEngine::play,
                PlaybackEngineRealTimeTest::switchEvery100ms);

        double jump = largestJump(out, SETTLED);
        // |d(a x + b y)| <= (a + b) max(|dx|, |dy|) + (|da| + |db|) max(|x|, |y|); with the equal-power law
        // |da|, |db| <= (pi / 2) / FADE per frame, so the fade's own contribution is at most pi / FADE * peak.
        // The (a + b) <= sqrt 2 factor only matters if both sources jump their most at the same frame; allow 5 %.
        double bound = 1.05 * own.jump + Math.PI / FADE * own.peak;
        assertTrue(jump <= bound, "largest jump " + jump + " vs sources' own " + own.jump + " (bound " + bound + ")");
    }

    @Test
    void hardSwitchingWithoutAFadeIsCaughtAsAClick() throws Exception {
        int frames = 5 * RATE;
        float[][] master = TestChains.programme(12, frames + RATE);
        SourceJumps own = sourceJumps(master, frames);

        float[][] out = EngineHarness.run(master, TestChains.devices(), 1, frames, PlaybackEngine::play,
                PlaybackEngineRealTimeTest::switchEvery100ms);

        // The check of the previous test has teeth: without a fade the same switches jump far beyond its bound.
        assertTrue(largestJump(out, SETTLED) > 2 * own.jump, "hard switches should click");
    }

    private static void switchEvery100ms(PlaybackEngine engine, long written) {
        if (written / 4800 != (written - 256) / 4800) {
            engine.select((int) ((written / 4800) % engine.sourceCount()));
        }
    }

    /** Each source played alone (through an identically built bank): its largest jump and peak after SETTLED. */
    private static SourceJumps sourceJumps(float[][] master, int frames) {
        SourceBank bank = new SourceBank(TestChains.devices(), RATE, 256);
        float[][] in = new float[2][256];
        double[] previous = new double[2 * bank.count()];
        double jump = 0;
        double peak = 0;
        for (int start = 0; start < frames; start += 256) {
            for (int c = 0; c < 2; c++) {
                System.arraycopy(master[c], start, in[c], 0, 256);
            }
            bank.process(in, 256);
            for (int s = 0; s < bank.count(); s++) {
                for (int c = 0; c < 2; c++) {
                    float[] x = bank.output(s)[c];
                    for (int i = 0; i < 256; i++) {
                        if (start + i > SETTLED) {
                            jump = Math.max(jump, Math.abs(x[i] - previous[2 * s + c]));
                        }
                        peak = Math.max(peak, Math.abs(x[i]));
                        previous[2 * s + c] = x[i];
                    }
                }
            }
        }
        return new SourceJumps(jump, peak);
    }

    private static double largestJump(float[][] out, int from) {
        double jump = 0;
        for (float[] channel : out) {
            for (int t = from + 1; t < channel.length; t++) {
                jump = Math.max(jump, Math.abs(channel[t] - channel[t - 1]));
            }
        }
        return jump;
    }

    private record SourceJumps(double jump, double peak) {
    }
}
