package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.playback.LevelMatch;
import dev.earshot.playback.ProfileSources;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class LevelMatcherTest {
    private static final int RATE = 48_000;

    @Test
    void aChosenProfileGetsAnEstimateThenTheGainMeasuredOverTheWholeMaster() throws Exception {
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        List<PlaybackProfile> profiles = library.profiles().subList(0, 2);
        SplittableRandom random = new SplittableRandom(17);
        float[][] samples = new float[2][12 * RATE];
        for (int i = 0; i < samples[0].length; i++) {
            samples[0][i] = (float) (0.2 * (random.nextDouble() * 2 - 1));
            samples[1][i] = (float) (0.2 * (random.nextDouble() * 2 - 1));
        }
        LoadedMaster master = new LoadedMaster("noise.wav", null, samples, RATE, "");
        CountDownLatch done = new CountDownLatch(2);
        AtomicReference<Double> exact = new AtomicReference<>();
        AtomicReference<Boolean> estimateSeen = new AtomicReference<>(false);
        try (LevelMatcher matcher = new LevelMatcher(master, library, profiles, (source, gainDb, isExact) -> {
            assertEquals(2, source);
            if (isExact) {
                exact.set(gainDb);
            } else {
                estimateSeen.set(true);
            }
            done.countDown();
        })) {
            matcher.request(2);
            matcher.request(2);
            assertTrue(done.await(60, TimeUnit.SECONDS), "no gains arrived");
        }
        assertTrue(estimateSeen.get());
        // Direct computation with the same seeded noise bed: the figures must agree exactly.
        double profileLufs = LevelMatch.measureLufs(samples, RATE,
                ProfileSources.chains(library, List.of(profiles.get(1)), RATE, 5).get(0));
        double expected = LevelMatch.gainDb(LevelMatch.loudnessLufs(samples, RATE), profileLufs);
        assertEquals(expected, exact.get(), 1e-9);
        assertFalse(Double.isNaN(exact.get()));
    }
}
