package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

/** An input folder and an empty library (profiles and IRs) under a test's temporary folder. */
final class ImportFolders {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:15:00Z"), ZoneOffset.UTC);

    final Path inputs;
    final Path profiles;
    final Path irs;
    final ProfileImporter importer = new ProfileImporter(CLOCK);

    ImportFolders(Path root) throws IOException {
        inputs = Files.createDirectories(root.resolve("inputs"));
        profiles = Files.createDirectories(root.resolve("playback-profiles"));
        irs = Files.createDirectories(root.resolve("impulse-responses"));
    }

    Path text(String fileName, String text) throws IOException {
        return Files.writeString(inputs.resolve(fileName), text, StandardCharsets.UTF_8);
    }

    Path wav(String fileName, int sampleRate, WavSampleFormat format, float[][] channels) throws IOException {
        Path file = inputs.resolve(fileName);
        try (WavWriter writer = WavWriter.create(file, sampleRate, channels.length, format, 1)) {
            writer.write(channels, channels[0].length);
            writer.commit();
        }
        return file;
    }

    /** Every file in the library folders, hidden temporaries included. */
    List<Path> libraryFiles() throws IOException {
        try (Stream<Path> a = Files.list(profiles); Stream<Path> b = Files.list(irs)) {
            return Stream.concat(a, b).toList();
        }
    }

    void assertLibraryEmpty() throws IOException {
        assertEquals(List.of(), libraryFiles(), "the failed import must leave nothing behind");
    }

    /** Every channel of an audio file. */
    static float[][] readAll(Path file) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            int channels = source.format().channels();
            int frames = (int) source.lengthFrames();
            float[][] all = new float[channels][frames];
            float[][] block = new float[channels][4096];
            int done = 0;
            int n;
            while ((n = source.read(block, 4096)) > 0) {
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, all[c], done, n);
                }
                done += n;
            }
            assertEquals(frames, done);
            return all;
        }
    }
}
