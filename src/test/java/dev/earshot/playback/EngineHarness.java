package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.DeviceChain;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs a PlaybackEngine on a capturing NullOutput for an exact number of frames. */
final class EngineHarness {
    static final int RATE = 48_000;
    static final int BLOCK = 256;

    /** Called on the audio thread after every block; must not allocate in allocation tests. */
    interface Script {
        void afterBlock(PlaybackEngine engine, long framesWritten);
    }

    private EngineHarness() {
    }

    /**
     * @param before commands queued before the audio thread starts (applied at the first block)
     * @return the captured output, {@code frames} long (a multiple of the block)
     */
    static float[][] run(float[][] master, List<DeviceChain> chains, int fadeFrames, int frames,
                         Consumer<PlaybackEngine> before, Script script) throws IOException, InterruptedException {
        float[][] capture = new float[2][frames];
        PlaybackEngine[] engine = new PlaybackEngine[1];
        CountDownLatch done = new CountDownLatch(1);
        NullOutput output = new NullOutput(capture, written -> {
            script.afterBlock(engine[0], written);
            if (written >= frames) {
                engine[0].requestStop();
                done.countDown();
            }
        });
        engine[0] = new PlaybackEngine(master, RATE, chains, output, BLOCK, fadeFrames);
        before.accept(engine[0]);
        engine[0].start();
        assertTrue(done.await(120, TimeUnit.SECONDS), "engine did not play " + frames + " frames");
        engine[0].close();
        return capture;
    }

    /** A counter: frame i holds i / 2^20 on the left and -i / 2^20 on the right (exact in float below 2^24). */
    static float[][] counter(int frames) {
        float[][] master = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            master[0][i] = i * 0x1p-20f;
            master[1][i] = -i * 0x1p-20f;
        }
        return master;
    }
}
