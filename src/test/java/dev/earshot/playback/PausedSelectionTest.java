package dev.earshot.playback;

import static dev.earshot.playback.EngineHarness.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.device.DeviceChain;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.dsp.ImpulseResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A source chosen while playback is paused and silent is the only one heard when playing resumes: nothing of the
 * previous source fades out into the new start (a blind-test trial would otherwise begin with a trace of the last
 * stimulus).
 */
class PausedSelectionTest {
    private static final int FADE = 1440;

    @Test
    void selectionWhilePausedAndSilentTakesEffectAtOnce() throws Exception {
        float[][] master = counter(200_000);
        // Source 1 is the master with its polarity inverted: any trace of source 0 after resuming shows as a
        // positive sample on the left, where the counter is positive and its inversion negative.
        ImpulseResponse invert = ImpulseResponse.of(new float[][] {{-1f}, {-1f}}, EngineHarness.RATE);
        List<DeviceChain> chains = List.of(new DeviceChain(List.of(
                new ImpulseResponseStage(invert, ImpulseResponseStage.REALTIME_PARTITION_FRAMES))));
        int pauseAt = 20 * 256;
        int selectAt = 40 * 256;
        int playAt = 50 * 256;
        float[][] out = EngineHarness.run(master, chains, FADE, 80 * 256, PlaybackEngine::play, (engine, written) -> {
            if (written == pauseAt) {
                engine.pause();
            } else if (written == selectAt) {
                engine.select(1);
            } else if (written == playAt) {
                engine.play();
            }
        });

        for (int t = selectAt; t < playAt; t++) {
            assertEquals(0f, out[0][t], 0f, "silent while paused, frame " + t);
        }
        int heard = 0;
        for (int t = playAt; t < out[0].length; t++) {
            // Exactly zero is allowed (the first frame of the fade-in); anything positive is source 0 leaking in.
            if (out[0][t] > 0f) {
                throw new AssertionError("source 0 heard after resuming at frame " + t + ": " + out[0][t]);
            }
            heard += out[0][t] < 0f ? 1 : 0;
        }
        assertEquals(out[0].length - playAt - 1, heard, 1, "source 1 plays from the first frames after resuming");
    }
}
