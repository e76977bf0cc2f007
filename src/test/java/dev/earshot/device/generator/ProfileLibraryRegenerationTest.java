package dev.earshot.device.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.WavSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed library is exactly the generators' output: nothing in impulse-responses/ is an opaque blob. If this
 * fails after a deliberate model change, regenerate with ProfileLibraryGenerator.main and commit the files.
 */
class ProfileLibraryRegenerationTest {
    private static final Path PROFILES_DIR = Path.of("playback-profiles");
    private static final Path IR_DIR = Path.of("impulse-responses");
    /** Float32 files store the generator's floats exactly; 1e-6 leaves room only for a different FFT rounding. */
    private static final double SAMPLE_TOLERANCE = 1e-6;

    @Test
    void committedImpulseResponsesMatchTheGeneratorSampleForSample() throws IOException {
        for (GeneratedProfile profile : ShippedLibrary.profiles()) {
            float[][] committed = readWav(IR_DIR.resolve(profile.id() + ".wav"));
            float[][] generated = profile.impulseResponse();
            assertEquals(generated.length, committed.length, profile.id() + " channels");
            for (int c = 0; c < generated.length; c++) {
                assertEquals(generated[c].length, committed[c].length, profile.id() + " frames");
                for (int i = 0; i < generated[c].length; i++) {
                    if (Math.abs(generated[c][i] - committed[c][i]) > SAMPLE_TOLERANCE) {
                        throw new AssertionError(profile.id() + ".wav channel " + c + " frame " + i + ": committed "
                                + committed[c][i] + ", generated " + generated[c][i]);
                    }
                }
            }
        }
    }

    @Test
    void committedJsonFilesMatchTheGeneratorText() throws IOException {
        for (GeneratedProfile profile : ShippedLibrary.profiles()) {
            String committed = Files.readString(PROFILES_DIR.resolve(profile.id() + ".json"), StandardCharsets.UTF_8);
            assertEquals(profile.json(), committed, profile.id() + ".json");
        }
    }

    @Test
    void everyCommittedModeledProfileComesFromTheGenerator() throws IOException {
        Set<String> generated = ShippedLibrary.profiles().stream().map(GeneratedProfile::id)
                .collect(Collectors.toSet());
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.list(PROFILES_DIR)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".json", "");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.contains("\"kind\": \"modeled\"") && !generated.contains(name)) {
                    orphans.add(name);
                }
            }
        }
        assertTrue(orphans.isEmpty(), "modeled profiles no generator writes: " + orphans);
    }

    @Test
    void writeAllWritesWhatGenerateAllReturns(@TempDir Path folder) throws IOException {
        ProfileLibraryGenerator.writeAll(folder.resolve("p"), folder.resolve("i"));
        GeneratedProfile phone = ShippedLibrary.profile("phone-portrait-mono");
        assertEquals(phone.json(), Files.readString(folder.resolve("p/phone-portrait-mono.json")));
        float[][] written = readWav(folder.resolve("i/phone-portrait-mono.wav"));
        assertEquals(phone.impulseResponse()[0].length, written[0].length);
        for (int i = 0; i < written[0].length; i++) {
            assertEquals(phone.impulseResponse()[0][i], written[0][i], 0.0f, "frame " + i);
        }
        try (Stream<Path> files = Files.list(folder.resolve("i"))) {
            assertEquals(ShippedLibrary.profiles().size(), files.count(), "one WAV per profile, no leftovers");
        }
    }

    @Test
    void generationIsRepeatable() {
        ModeledDevice sedan = ProfileLibraryGenerator.devices().stream()
                .filter(d -> d.spec().id().equals("family-sedan-highway")).findFirst().orElseThrow();
        float[][] again = ProfileLibraryGenerator.generate(sedan).impulseResponse();
        float[][] first = ShippedLibrary.profile("family-sedan-highway").impulseResponse();
        for (int c = 0; c < first.length; c++) {
            for (int i = 0; i < first[c].length; i++) {
                assertEquals(first[c][i], again[c][i], 0.0f);
            }
        }
    }

    static float[][] readWav(Path file) throws IOException {
        try (WavSource source = WavSource.open(file)) {
            int channels = source.format().channels();
            int frames = (int) source.lengthFrames();
            float[][] samples = new float[channels][frames];
            float[][] block = new float[channels][4096];
            int position = 0;
            int read;
            while ((read = source.read(block, 4096)) > 0) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, samples[c], position, read);
                }
                position += read;
            }
            assertEquals(frames, position, file + " frames read");
            assertEquals(ProfileLibraryGenerator.SAMPLE_RATE, source.format().sampleRate(), file + " rate");
            assertEquals(32, source.format().bitsPerSample(), file + " is 32-bit float");
            return samples;
        }
    }
}
