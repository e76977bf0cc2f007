package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.LoudnessAnalyzer;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.Provenance;
import dev.earshot.device.StageSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot render} and {@code earshot profiles} against a small library made in the test. */
class RenderCliTest {
    @TempDir
    Path dir;
    private Path library;
    private Path master;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @BeforeEach
    void makeLibraryAndMaster() throws IOException {
        library = dir.resolve("lib");
        Path profiles = Files.createDirectories(library.resolve("playback-profiles"));
        Path irs = Files.createDirectories(library.resolve("impulse-responses"));
        float[][] dirac = {{1f}};
        writeWav(irs.resolve("dirac.wav"), dirac, 48_000);
        float[][] halfGainDelay = new float[1][11];
        halfGainDelay[0][10] = 0.5f;
        writeWav(irs.resolve("half.wav"), halfGainDelay, 48_000);
        Provenance provenance = new Provenance(Provenance.Kind.MODELED, "test figures", "made in the test");
        ProfileCodec.writeFile(new PlaybackProfile("identity", "Identity", ProfileCategory.REFERENCE,
                "Passes the master unchanged.", "dirac.wav", 83, List.of(), null, provenance), profiles);
        ProfileCodec.writeFile(new PlaybackProfile("mono-half", "Mono half", ProfileCategory.SMART_SPEAKER,
                "Sums to mono and halves the level.", "half.wav", 83,
                List.of(new StageSpec.MonoSum(0.5, 0.5), new StageSpec.ImpulseResponse()), null, provenance),
                profiles);
        master = dir.resolve("master.wav");
        float[][] noise = new float[2][48_000];
        Random random = new Random(5);
        for (float[] channel : noise) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = (float) (0.2 * random.nextGaussian());
            }
        }
        writeWav(master, noise, 48_000);
    }

    @Test
    void identityProfileRendersTheMasterUnchangedAndMonoSumAveragesTheChannels() throws IOException {
        Path out = dir.resolve("renders");
        CliRun run = run("render", master.toString(), "--all", "--library", library.toString(), "-o", out.toString(),
                "--format", "float32", "--no-level-match");
        assertEquals(0, run.exitCode(), run.err());
        float[][] in = readAll(master);
        float[][] identity = readAll(out.resolve("identity.wav"));
        float[][] mono = readAll(out.resolve("mono-half.wav"));
        assertEquals(in[0].length, identity[0].length);
        assertEquals(in[0].length, mono[0].length);
        for (int i = 0; i < in[0].length; i++) {
            assertEquals(in[0][i], identity[0][i], 1e-6);
            assertEquals(in[1][i], identity[1][i], 1e-6);
            // mono sum (L + R) / 2, then 0.5 gain and 10 samples of delay
            float expected = i < 10 ? 0f : 0.25f * (in[0][i - 10] + in[1][i - 10]);
            assertEquals(expected, mono[0][i], 1e-5, "frame " + i);
            assertEquals(mono[0][i], mono[1][i], 0f);
        }
    }

    @Test
    void levelMatchedRendersShareOneIntegratedLoudnessAndLeaveNoTemporaryFiles() throws IOException {
        Path out = dir.resolve("matched");
        CliRun run = run("render", master.toString(), "--all", "--library", library.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        double masterLufs = integratedLufs(master);
        // mono-half halves the level (-6 dB) and sums partly uncorrelated noise to mono: it must be brought back.
        assertTrue(run.out().contains("level-matched to"), run.out());
        for (String id : List.of("identity", "mono-half")) {
            // 24-bit dither adds noise far below the programme: the match holds to a few hundredths of a LU.
            assertEquals(Math.min(masterLufs, -16.0), integratedLufs(out.resolve(id + ".wav")), 0.05, id);
        }
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(2, files.count(), "only the two renders remain");
        }
    }

    private static double integratedLufs(Path file) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            return LoudnessAnalyzer.analyze(source, null, false, ProgressListener.NONE).integratedLufs();
        }
    }

    @Test
    void generateWritesAValidLibraryOfAtLeast24Profiles() {
        Path generated = dir.resolve("generated");
        CliRun run = run("profiles", "generate", "--library", generated.toString());
        assertEquals(0, run.exitCode(), run.err());
        CliRun validate = run("profiles", "validate", generated.toString());
        assertEquals(0, validate.exitCode(), validate.err());
        Matcher checked = Pattern.compile("(\\d+) profiles checked, 0 problem").matcher(validate.out());
        assertTrue(checked.find(), validate.out());
        assertTrue(Integer.parseInt(checked.group(1)) >= 24, validate.out());
    }

    @Test
    void importedAutoEqCurveBecomesAValidProfileThatRenders() throws IOException {
        // A made-up earbud-like curve: 20 points from 20 Hz to 20 kHz, a bass lift and a 3 kHz peak.
        StringBuilder csv = new StringBuilder("frequency,raw\n");
        for (int i = 0; i < 20; i++) {
            double hz = 20 * Math.pow(1000, i / 19.0);
            double db = 6 * Math.exp(-Math.pow(Math.log(hz / 60), 2))
                    + 8 * Math.exp(-Math.pow(Math.log(hz / 3000), 2));
            csv.append(String.format(Locale.ROOT, "%.3f,%.3f%n", hz, db));
        }
        Path file = dir.resolve("my-buds.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        CliRun run = run("profiles", "import", file.toString(), "--name", "My Buds", "--category", "earbuds",
                "--library", library.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.isRegularFile(library.resolve("playback-profiles").resolve("my-buds.json")));
        assertEquals(0, run("profiles", "validate", library.toString()).exitCode());
        CliRun render = run("render", master.toString(), "--profile", "my-buds", "--library", library.toString(),
                "-o", dir.resolve("r").toString());
        assertEquals(0, render.exitCode(), render.err());
        CliRun again = run("profiles", "import", file.toString(), "--name", "My Buds", "--category", "earbuds",
                "--library", library.toString());
        assertEquals(2, again.exitCode());
        assertEquals(1, again.err().strip().split("\\R").length, again.err());
    }

    @Test
    void badImportIsOneLineAndCreatesNothing() throws IOException {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "frequency,raw\n100,1\n50,2\n", StandardCharsets.UTF_8);
        CliRun run = run("profiles", "import", file.toString(), "--name", "Broken", "--category", "car",
                "--library", library.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("earshot: broken.csv"), run.err());
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
        assertFalse(Files.exists(library.resolve("playback-profiles").resolve("broken.json")));
        assertFalse(Files.exists(library.resolve("impulse-responses").resolve("broken.wav")));
        CliRun badCategory = run("profiles", "import", file.toString(), "--name", "X", "--category", "boombox",
                "--library", library.toString());
        assertEquals(2, badCategory.exitCode());
    }

    @Test
    void unknownProfileIsOneLineBadUsage() {
        CliRun run = run("render", master.toString(), "--profile", "no-such-device", "--library", library.toString(),
                "-o", dir.resolve("r").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().contains("no-such-device"), run.err());
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
        assertFalse(Files.exists(dir.resolve("r").resolve("no-such-device.wav")));
    }

    @Test
    void invalidProfileIsSkippedWithAMessageAndTheOthersStillRender() throws IOException {
        Files.writeString(library.resolve("playback-profiles").resolve("broken.json"), "{\"id\": \"broken\",",
                StandardCharsets.UTF_8);
        Path out = dir.resolve("renders");
        CliRun run = run("render", master.toString(), "--all", "--library", library.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("broken.json"), run.err());
        assertTrue(Files.isRegularFile(out.resolve("identity.wav")));
        assertTrue(Files.isRegularFile(out.resolve("mono-half.wav")));
    }

    @Test
    void profilesListShowsTheLibrary() {
        CliRun run = run("profiles", "list", "--library", library.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("identity"), run.out());
        assertTrue(run.out().contains("smart-speaker"), run.out());
        assertTrue(run.out().contains("2 profiles"), run.out());
    }

    @Test
    void profilesShowPrintsTheResponse() {
        CliRun run = run("profiles", "show", "mono-half", "--library", library.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("\"mono-sum\""), run.out());
        assertTrue(run.out().contains("Gain re 1 kHz"), run.out());
    }

    @Test
    void profilesValidateFailsOnABrokenProfile() throws IOException {
        assertEquals(0, run("profiles", "validate", library.toString()).exitCode());
        Files.delete(library.resolve("impulse-responses").resolve("half.wav"));
        CliRun run = run("profiles", "validate", library.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("half.wav"), run.err());
    }

    private static void writeWav(Path file, float[][] samples, int sampleRate) throws IOException {
        try (WavWriter writer = WavWriter.create(file, sampleRate, samples.length, WavSampleFormat.FLOAT32, 1)) {
            writer.write(samples, samples[0].length);
            writer.commit();
        }
    }

    private static float[][] readAll(Path file) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            int channels = source.format().channels();
            float[][] all = new float[channels][(int) source.lengthFrames()];
            float[][] block = new float[channels][4096];
            int position = 0;
            int n;
            while ((n = source.read(block, 4096)) > 0) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, all[c], position, n);
                }
                position += n;
            }
            return all;
        }
    }
}
