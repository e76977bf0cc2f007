package dev.earshot.playback;

import static dev.earshot.playback.EngineHarness.counter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mono check, seeking while paused and the meters. */
class PlaybackEngineControlsTest {
    private static final int RATE = EngineHarness.RATE;
    private static final int FADE = 1440;

    @Test
    void monoCheckPutsTheMidSignalOnBothChannels() throws Exception {
        float[][] master = TestChains.programme(41, 2 * RATE);
        int monoAt = 40 * 256;
        float[][] out = EngineHarness.run(master, List.of(), FADE, RATE, PlaybackEngine::play, (engine, written) -> {
            if (written == monoAt) {
                engine.setMono(true);
            }
        });

        for (int t = monoAt + FADE; t < out[0].length; t++) {
            float mid = 0.5f * (master[0][t] + master[1][t]);
            // l + (mid - l) rounds once or twice in float: 1e-7 at these levels (below 0.5 full scale).
            assertEquals(mid, out[0][t], 1e-7, "frame " + t);
            assertEquals(mid, out[1][t], 1e-7, "frame " + t);
        }
    }

    @Test
    void seekWhilePausedJumpsAtOnceAndPlayFadesInFromTheTarget() throws Exception {
        float[][] master = counter(200_000);
        int playAt = 20 * 256;
        int target = 100_000;
        float[][] out = EngineHarness.run(master, List.of(), FADE, 60 * 256, engine -> { }, (engine, written) -> {
            if (written == 10 * 256) {
                engine.seek(target);
            } else if (written == playAt) {
                engine.play();
            }
        });

        for (int t = 0; t < playAt; t++) {
            assertEquals(0f, out[0][t], 0f, "silent while paused, frame " + t);
        }
        // Input and output fades both rise over FADE frames from the target; then the counter plays unchanged.
        for (int k = 0; k < 30 * 256; k++) {
            double gain = Math.min(1.0, (k + 1.0) / FADE);
            assertEquals(master[0][target + k] * gain * gain, out[0][playAt + k], 1e-6, "k " + k);
            if (k >= FADE) {
                assertEquals(master[0][target + k], out[0][playAt + k], 0f, "k " + k);
            }
        }
    }

    @Test
    void metersReportPeakRmsAndSourceOfTheLastBlock() throws Exception {
        float[][] master = new float[2][RATE];
        for (int i = 0; i < RATE; i++) {
            master[0][i] = (float) (0.5 * Math.sin(2 * Math.PI * 750 * i / RATE));
            master[1][i] = 0.25f;
        }
        PlaybackEngine[] seen = new PlaybackEngine[1];
        EngineHarness.run(master, TestChains.devices(), FADE, 100 * 256, engine -> {
            seen[0] = engine;
            engine.select(0);
            engine.play();
        }, (engine, written) -> { });

        MeterReading reading = seen[0].meters();
        // 750 Hz has exactly 4 periods in a 256-frame block at 48 kHz: peak 0.5, RMS 0.5 / sqrt 2; the right channel
        // is a constant. Float rounding only.
        assertEquals(0.5, reading.peakLeft(), 1e-6);
        assertEquals(0.5 / Math.sqrt(2), reading.rmsLeft(), 1e-6);
        assertEquals(0.25, reading.peakRight(), 1e-7);
        assertEquals(0.25, reading.rmsRight(), 1e-6);
        assertEquals(0, reading.sourceIndex());
    }

    @Test
    void meterReadingsTakenWhileTheAudioThreadRunsAreNeverTorn() throws Exception {
        PlaybackEngine[] seen = new PlaybackEngine[1];
        int[] readings = {0};
        Thread reader = new Thread(() -> {
            while (seen[0] == null || seen[0].meters().blockCount() < 4_000) {
                if (seen[0] != null) {
                    MeterReading reading = seen[0].meters();
                    // Playing from frame 0 without a seek, every block advances the playhead by exactly 256.
                    if (reading.playheadFrame() != 256 * reading.blockCount()) {
                        throw new AssertionError("torn reading " + reading);
                    }
                    readings[0]++;
                }
                Thread.onSpinWait();
            }
        });
        Throwable[] failure = new Throwable[1];
        reader.setUncaughtExceptionHandler((thread, error) -> failure[0] = error);
        EngineHarness.run(counter(2_000_000), List.of(), FADE, 4_200 * 256, engine -> {
            engine.play();
            seen[0] = engine;
            reader.start();
        }, (engine, written) -> { });
        reader.join();

        assertEquals(null, failure[0]);
        assertTrue(readings[0] > 0);
    }
}
