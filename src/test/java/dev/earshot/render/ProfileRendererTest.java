package dev.earshot.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The level-matched render does not depend on where the first pass is kept. */
class ProfileRendererTest {
    /** Bass protection, limiter and road noise, true stereo, a plain mono response. */
    private static final List<String> IDS = List.of("laptop-thin-down-firing", "family-sedan-highway",
            "earbuds-stock-wired");

    @TempDir
    Path dir;

    private List<ProfileRenderer.Job> jobs() {
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        List<ProfileRenderer.Job> jobs = new ArrayList<>();
        for (String id : IDS) {
            PlaybackProfile profile = library.profiles().stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow();
            jobs.add(new ProfileRenderer.Job(profile, library.irPath(profile)));
        }
        return jobs;
    }

    private Path master() throws IOException {
        Path master = dir.resolve("master.wav");
        Random random = new Random(3);
        float[][] x = new float[2][3 * 48_000 + 17];
        for (int i = 0; i < x[0].length; i++) {
            double bass = 0.6 * Math.sin(2 * Math.PI * 60 * i / 48_000.0);
            x[0][i] = (float) (bass + 0.1 * random.nextGaussian());
            x[1][i] = (float) (bass + 0.1 * random.nextGaussian());
        }
        try (WavWriter writer = WavWriter.create(master, 48_000, 2, WavSampleFormat.FLOAT32, 0)) {
            writer.write(x, x[0].length);
            writer.commit();
        }
        return master;
    }

    private ProfileRenderer.Result render(Path master, Path out, long budgetBytes) throws IOException {
        ProfileRenderer.Settings settings = new ProfileRenderer.Settings(WavSampleFormat.PCM24, true, Double.NaN, 2);
        return ProfileRenderer.renderAll(master, jobs(), out, settings, ProgressListener.NONE,
                new ProfileRenderer.Cancellation(), budgetBytes);
    }

    @Test
    void firstPassInMemoryGivesByteIdenticalFilesToTheTemporaryFilePath() throws IOException {
        Path master = master();
        ProfileRenderer.Result inMemory = render(master, dir.resolve("memory"), ProfileRenderer.MEMORY_BUDGET_BYTES);
        ProfileRenderer.Result inFiles = render(master, dir.resolve("files"), 0);
        for (int i = 0; i < IDS.size(); i++) {
            RenderOutcome a = inMemory.outcomes().get(i);
            RenderOutcome b = inFiles.outcomes().get(i);
            assertNull(a.problem(), a.problem());
            assertNull(b.problem(), b.problem());
            assertEquals(3 * 48_000 + 17, a.frames());
            assertEquals(b.matchGainDb(), a.matchGainDb(), 0.0);
            assertArrayEquals(Files.readAllBytes(b.output()), Files.readAllBytes(a.output()), IDS.get(i));
        }
        try (Stream<Path> left = Files.list(dir.resolve("files"))) {
            assertEquals(IDS.size(), left.count(), "only the renders remain, no temporary files");
        }
    }

    @Test
    void longestResponsesStartFirstAndEqualSizesKeepTheirOrder() throws IOException {
        Path a = Files.write(dir.resolve("a.wav"), new byte[10]);
        Path b = Files.write(dir.resolve("b.wav"), new byte[30]);
        Path c = Files.write(dir.resolve("c.wav"), new byte[10]);
        PlaybackProfile profile = jobs().get(0).profile();
        List<ProfileRenderer.Job> jobs = List.of(new ProfileRenderer.Job(profile, a),
                new ProfileRenderer.Job(profile, b), new ProfileRenderer.Job(profile, c),
                new ProfileRenderer.Job(profile, dir.resolve("missing.wav")));
        assertEquals(List.of(1, 0, 2, 3), ProfileRenderer.costliestFirst(jobs));
    }
}
