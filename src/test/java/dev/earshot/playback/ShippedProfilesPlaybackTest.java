package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.DeviceChain;
import dev.earshot.device.ProfileLibrary;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine over every shipped profile, as the player will run it. */
class ShippedProfilesPlaybackTest {
    private static final int RATE = EngineHarness.RATE;

    /**
     * Every 50 ms (rather than 100 ms, so that 3 s of audio visits all 26 sources: running every shipped chain costs
     * about as much CPU as real time on this machine, so the test stays short).
     */
    @Test
    void switchingAcrossEveryShippedProfileAddsNoJumpBeyondTheProfilesOwn() throws Exception {
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        assertEquals(List.of(), library.problems());
        int frames = 3 * RATE;
        int settled = RATE / 2;
        float[][] master = TestChains.programme(31, frames + RATE);
        int fade = PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS);
        double own = 0;
        double peak = 0;
        List<DeviceChain> alone = ProfileSources.chains(library, library.profiles(), RATE, 5);
        SourceBank bank = new SourceBank(alone, RATE, 256);
        float[][] in = new float[2][256];
        float[][] previous = new float[bank.count()][2];
        for (int start = 0; start < frames; start += 256) {
            for (int c = 0; c < 2; c++) {
                System.arraycopy(master[c], start, in[c], 0, 256);
            }
            bank.process(in, 256);
            for (int s = 0; s < bank.count(); s++) {
                for (int c = 0; c < 2; c++) {
                    float[] x = bank.output(s)[c];
                    for (int i = 0; i < 256; i++) {
                        if (start + i > settled) {
                            own = Math.max(own, Math.abs(x[i] - previous[s][c]));
                            peak = Math.max(peak, Math.abs(x[i]));
                        }
                        previous[s][c] = x[i];
                    }
                }
            }
        }

        float[][] out = EngineHarness.run(master, ProfileSources.chains(library, library.profiles(), RATE, 5), fade,
                frames, PlaybackEngine::play, (engine, written) -> {
                    if (written / 2400 != (written - 256) / 2400) {
                        engine.select((int) ((written / 2400) % engine.sourceCount()));
                    }
                });

        double jump = 0;
        for (float[] channel : out) {
            for (int t = settled + 1; t < channel.length; t++) {
                jump = Math.max(jump, Math.abs(channel[t] - channel[t - 1]));
            }
        }
        // As in PlaybackEngineRealTimeTest: 5 % for coinciding jumps, plus the fade law's own slope times the peak.
        double bound = 1.05 * own + Math.PI / fade * peak;
        assertTrue(jump <= bound, "largest jump " + jump + " vs profiles' own " + own);
    }
}
