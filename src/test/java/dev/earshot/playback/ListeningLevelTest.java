package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.AllocationProbe;
import dev.earshot.device.ListeningLevelStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The listening-level control: the ISO 226 correction on the output, engaged and changed without clicks. */
class ListeningLevelTest {
    private static final int RATE = EngineHarness.RATE;
    private static final int FADE = PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS);

    @Test
    void listeningAt60DbSplLowersTheBassByTheIso226DifferenceAndLeaves1kHzAlone() throws Exception {
        float[][] master = tones(3 * RATE);
        PlaybackEngine[] seen = new PlaybackEngine[1];
        float[][] out = EngineHarness.run(master, List.of(), FADE, 2 * RATE, engine -> {
            seen[0] = engine;
            engine.setListeningLevelDbSpl(60);
            engine.play();
        }, (engine, written) -> { });

        assertEquals(60.0, seen[0].listeningLevelDbSpl(), 0.0);
        // One second from 1 s on: whole periods of both tones, long after the filter settled and faded in.
        double expectedBassDb = ListeningLevelStage.gainDb(50, 60, 83);
        assertTrue(expectedBassDb < -6, "ISO 226 loses bass at 60 phon: " + expectedBassDb);
        // ListeningLevelStage meets its target within 1 dB at 50 Hz; at 1 kHz the target is 0 dB.
        assertEquals(expectedBassDb, amplitudeDb(out[0], 50, RATE, 2 * RATE) - 20 * Math.log10(0.2), 1.0);
        assertEquals(0.0, amplitudeDb(out[0], 1000, RATE, 2 * RATE) - 20 * Math.log10(0.2), 0.5);
    }

    @Test
    void engagingAndChangingTheLevelWhilePlayingAddsNoClick() throws Exception {
        int frames = 3 * RATE;
        float[][] master = TestChains.programme(51, frames + RATE);
        float[][] out = EngineHarness.run(master, List.of(), FADE, frames, PlaybackEngine::play,
                (engine, written) -> {
                    if (written == 40 * 256) {
                        engine.setListeningLevelDbSpl(60);
                    } else if (written == 200 * 256) {
                        engine.setListeningLevelDbSpl(75);
                    } else if (written == 400 * 256) {
                        engine.setListeningLevelDbSpl(83);
                    }
                });

        double own = 0;
        double peak = 0;
        for (double level : new double[] {83, 60, 75}) {
            float[][] filtered = {master[0].clone(), master[1].clone()};
            ListeningLevelStage stage = new ListeningLevelStage(level, 83, 256);
            stage.prepare(RATE, 256, 2);
            float[][] block = new float[2][256];
            for (int start = 0; start + 256 <= frames; start += 256) {
                System.arraycopy(filtered[0], start, block[0], 0, 256);
                System.arraycopy(filtered[1], start, block[1], 0, 256);
                stage.process(block, 256);
                System.arraycopy(block[0], 0, filtered[0], start, 256);
                System.arraycopy(block[1], 0, filtered[1], start, 256);
            }
            own = Math.max(own, largestJump(filtered, RATE / 4, frames));
            for (float x : filtered[0]) {
                peak = Math.max(peak, Math.abs(x));
            }
        }
        // A linear crossfade of a and b: |d(out)| <= max(|da|, |db|) + |a - b| / FADE <= own + 2 peak / FADE.
        double bound = 1.05 * own + 2 * peak / FADE;
        double jump = largestJump(out, RATE / 4, frames);
        assertTrue(jump <= bound, "largest jump " + jump + " vs bound " + bound);
    }

    @Test
    void processingAndHandingOverLevelsAllocatesNothing() {
        ListeningLevel control = new ListeningLevel(RATE, 256, FADE);
        ListeningLevel.Path[] paths = {control.design(60), control.design(70)};
        float[][] programme = TestChains.programme(52, 2 * RATE);
        float[][] block = new float[2][256];
        int blocks = programme[0].length / 256;
        AllocationProbe.assertSteadyStateAllocatesNothing(i -> {
            if (i % 150 == 0) {
                control.hand(paths[(i / 150) % 2]);
            }
            int start = (i % blocks) * 256;
            System.arraycopy(programme[0], start, block[0], 0, 256);
            System.arraycopy(programme[1], start, block[1], 0, 256);
            control.process(block, 256);
        }, 300);
    }

    private static float[][] tones(int frames) {
        float[][] master = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            master[0][i] = (float) (0.2 * Math.sin(2 * Math.PI * 50 * i / RATE)
                    + 0.2 * Math.sin(2 * Math.PI * 1000 * i / RATE));
            master[1][i] = master[0][i];
        }
        return master;
    }

    /** Amplitude of the frequencyHz component of x[from..to), dB, by projection on sine and cosine. */
    private static double amplitudeDb(float[] x, double frequencyHz, int from, int to) {
        double s = 0;
        double c = 0;
        for (int t = from; t < to; t++) {
            double phase = 2 * Math.PI * frequencyHz * t / RATE;
            s += x[t] * Math.sin(phase);
            c += x[t] * Math.cos(phase);
        }
        return 20 * Math.log10(2 * Math.hypot(s, c) / (to - from));
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
