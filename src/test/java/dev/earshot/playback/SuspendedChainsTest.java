package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.earshot.AllocationProbe;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.ImpulseResponseStage;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Engines that run only the chains heard: a chain brought up to date sounds as if it had run all along. */
class SuspendedChainsTest {
    private static final int RATE = EngineHarness.RATE;
    private static final int FADE = PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS);

    /** Filters, polarity, width, bass protection and limiting: TestChains without the road noise. */
    private static List<DeviceChain> quietDevices() {
        return TestChains.devices().subList(0, 3);
    }

    @Test
    void aChainBroughtUpToDatePlaysExactlyWhatItWouldHaveHadItRunAllAlong() throws Exception {
        int frames = 3 * RATE / 256 * 256;
        float[][] master = TestChains.programme(81, frames + RATE);
        int selectAt = RATE / 256 * 256;
        float[][] out = EngineHarness.run(master, quietDevices(), FADE, frames, engine -> {
            engine.suspendIdleChains();
            engine.play();
        }, (engine, written) -> {
            if (written == selectAt) {
                engine.select(1);
            }
        });

        // The same chain run continuously from frame 0, through an identically built bank.
        SourceBank bank = new SourceBank(quietDevices(), RATE, 256);
        float[][] continuous = new float[2][frames];
        float[][] in = new float[2][256];
        for (int start = 0; start < frames; start += 256) {
            for (int c = 0; c < 2; c++) {
                System.arraycopy(master[c], start, in[c], 0, 256);
            }
            bank.process(in, 256);
            for (int c = 0; c < 2; c++) {
                System.arraycopy(bank.output(1)[c], 0, continuous[c], start, 256);
            }
        }
        // Catch-up takes a few callbacks, then the fade; from 0.5 s after the selection on, chain 1 alone is heard.
        // The limiter's gain settles within the history's margin; 1e-5 allows for its float rounding.
        for (int t = selectAt + RATE / 2; t < frames; t++) {
            assertEquals(continuous[0][t], out[0][t], 1e-5, "frame " + t);
            assertEquals(continuous[1][t], out[1][t], 1e-5, "frame " + t);
        }
    }

    @Test
    void theFirstBlockAfterCatchingUpEqualsTheContinuouslyRunChainsOutput() {
        int partition = ImpulseResponseStage.REALTIME_PARTITION_FRAMES;
        SourceBank continuous = new SourceBank(List.of(new DeviceChain(List.of(
                new ImpulseResponseStage(TestChains.decaying(90, 4_000, 0.6), partition)))), RATE, 256);
        SourceBank suspended = new SourceBank(List.of(new DeviceChain(List.of(
                new ImpulseResponseStage(TestChains.decaying(90, 4_000, 0.6), partition)))), RATE, 256);
        SourceMixer mixer = new SourceMixer(2, FADE);
        ChainWarmUp warmUp = new ChainWarmUp(RATE, suspended.memoryFrames(), 256);
        suspended.setSuspended(1, true);
        float[][] master = TestChains.programme(83, 2 * RATE);
        float[][] in = new float[2][256];
        boolean compared = false;
        for (int block = 0; block < 2 * RATE / 256; block++) {
            for (int c = 0; c < 2; c++) {
                System.arraycopy(master[c], block * 256, in[c], 0, 256);
            }
            if (block == 100) {
                warmUp.request(suspended, 1);
            }
            warmUp.beforeBlock(suspended, mixer);
            boolean running = !suspended.isSuspended(1);
            continuous.process(in, 256);
            suspended.process(in, 256);
            warmUp.afterBlock(in);
            if (running && !compared) {
                // Reset at block 100, it has been fed the 4000-frame response's whole past again: bit for bit equal
                // from its first live block (a chain merely reset here would miss the ringing of the last 4000).
                for (int c = 0; c < 2; c++) {
                    for (int i = 0; i < 256; i++) {
                        assertEquals(continuous.output(1)[c][i], suspended.output(1)[c][i], 1e-6, "frame " + i);
                    }
                }
                assertEquals(1, mixer.selected(), "the mixer fades to the chain once it has caught up");
                compared = true;
            }
        }
        assertTrue(compared, "the chain caught up");
    }

    @Test
    void switchingEvery100msWithSuspendedChainsNeverClicksAndAllocatesNothing() throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        int frames = 12 * RATE;
        float[][] master = TestChains.programme(82, frames + RATE);
        long[] bytes = {-1, -1};
        float[][] out = EngineHarness.run(master, TestChains.devices(), FADE, frames, engine -> {
            engine.suspendIdleChains();
            engine.play();
        }, (engine, written) -> {
            if (written / 4800 != (written - 256) / 4800) {
                engine.select((int) ((written / 4800) % engine.sourceCount()));
            }
            if (written > 6L * RATE && bytes[0] < 0) {
                bytes[0] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            } else if (written > 11L * RATE && bytes[1] < 0) {
                bytes[1] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            }
        });

        assertTrue(bytes[1] - bytes[0] <= AllocationProbe.MAX_STRAY_BYTES,
                "bytes allocated by the audio thread over 5 s of audio: " + (bytes[1] - bytes[0]));
        // The bound of PlaybackEngineRealTimeTest: the sources' own largest jump, plus what an equal-power fade adds.
        SourceBank bank = new SourceBank(TestChains.devices(), RATE, 256);
        float[][] in = new float[2][256];
        double[] previous = new double[2 * bank.count()];
        double own = 0;
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
                        if (start + i > 8_192) {
                            own = Math.max(own, Math.abs(x[i] - previous[2 * s + c]));
                        }
                        peak = Math.max(peak, Math.abs(x[i]));
                        previous[2 * s + c] = x[i];
                    }
                }
            }
        }
        double jump = 0;
        for (float[] channel : out) {
            for (int t = 8_193; t < channel.length; t++) {
                jump = Math.max(jump, Math.abs(channel[t] - channel[t - 1]));
            }
        }
        double bound = 1.05 * own + Math.PI / FADE * peak;
        assertTrue(jump <= bound, "largest jump " + jump + " vs bound " + bound);
    }
}
