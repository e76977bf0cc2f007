package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.management.ThreadMXBean;
import dev.earshot.AllocationProbe;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A 44.1 kHz master on a 48 kHz-only output: converted on the audio thread, the playhead in master frames. */
class PlaybackEngineResamplingTest {
    private static final int MASTER_RATE = 44_100;
    private static final int DEVICE_RATE = 48_000;
    private static final int BLOCK = 256;

    @Test
    void theAudioThreadAllocatesNothingWhileConvertingTheRate() throws Exception {
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        float[][] master = TestChains.programme(31, 20 * MASTER_RATE);
        long warmUpEnd = 10L * DEVICE_RATE;
        long measureEnd = 16L * DEVICE_RATE;
        long[] bytes = {-1, -1};
        CountDownLatch done = new CountDownLatch(1);
        PlaybackEngine[] engine = new PlaybackEngine[1];
        NullOutput output = new NullOutput(null, written -> {
            if (written / 4800 != (written - BLOCK) / 4800) {
                engine[0].select((int) ((written / 4800) % engine[0].sourceCount()));
            }
            if (written > warmUpEnd && bytes[0] < 0) {
                bytes[0] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            } else if (written > measureEnd && bytes[1] < 0) {
                bytes[1] = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
                engine[0].requestStop();
                done.countDown();
            }
        }, DEVICE_RATE);
        // TestChains' impulse responses are at 48 kHz; its third chain (width and bass protection) has none.
        engine[0] = new PlaybackEngine(master, MASTER_RATE, List.of(TestChains.devices().get(2)), output, BLOCK,
                1323);
        engine[0].play();
        engine[0].start();
        assertTrue(done.await(120, TimeUnit.SECONDS), "the engine played");
        engine[0].close();

        // As in PlaybackEngineRealTimeTest: a one-off JVM event may show a few dozen bytes once.
        assertTrue(bytes[1] - bytes[0] <= AllocationProbe.MAX_STRAY_BYTES,
                "bytes allocated by the audio thread over 6 s of audio: " + (bytes[1] - bytes[0]));
    }

    @Test
    void a44100HzMasterPlaysA1kHzToneAt1kHzOnA48kHzOutputAndThePlayheadCountsMasterFrames() throws Exception {
        double amplitude = 0.5;
        float[][] master = new float[2][5 * MASTER_RATE];
        for (int i = 0; i < master[0].length; i++) {
            master[0][i] = (float) (amplitude * Math.sin(2 * Math.PI * 1000 * i / MASTER_RATE));
            master[1][i] = -master[0][i];
        }
        int deviceFrames = 3 * DEVICE_RATE;
        float[][] capture = new float[2][deviceFrames];
        CountDownLatch done = new CountDownLatch(1);
        PlaybackEngine[] engine = new PlaybackEngine[1];
        NullOutput output = new NullOutput(capture, written -> {
            if (written >= deviceFrames) {
                engine[0].requestStop();
                done.countDown();
            }
        }, DEVICE_RATE);
        engine[0] = new PlaybackEngine(master, MASTER_RATE, List.of(), output, BLOCK, 1);
        engine[0].play();
        engine[0].start();
        assertTrue(done.await(60, TimeUnit.SECONDS), "the engine played");
        engine[0].close();

        assertEquals(DEVICE_RATE, engine[0].outputRate());
        // From 0.5 s on, well past the start: count rising zero crossings over exactly 2 s of device time.
        int from = DEVICE_RATE / 2;
        int to = from + 2 * DEVICE_RATE;
        int rising = 0;
        double squares = 0;
        for (int t = from; t < to; t++) {
            if (capture[0][t - 1] < 0 && capture[0][t] >= 0) {
                rising++;
            }
            squares += capture[0][t] * (double) capture[0][t];
        }
        // 2 s of a 1 kHz tone hold 2000 periods; the window's ends can add or lose one crossing.
        assertEquals(2000, rising, 1);
        // The converter's pass band is flat within 0.0001 dB: RMS A / sqrt 2 within float rounding and window ends.
        assertEquals(amplitude / Math.sqrt(2), Math.sqrt(squares / (to - from)), 1e-4);
        assertEquals(-capture[0][from], capture[1][from], 1e-6);

        // The playhead is in master frames: 3 s of device time consumed 3 s of master, plus what the converter reads
        // ahead (its filter's half-width, 76 frames, and at most one unread block).
        long playhead = engine[0].meters().playheadFrame();
        long expected = (long) deviceFrames * MASTER_RATE / DEVICE_RATE;
        assertTrue(playhead >= expected && playhead <= expected + 76 + 2 * BLOCK,
                "playhead " + playhead + " vs " + expected);
    }
}
