package dev.earshot.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepFilesTest {
    @TempDir
    Path dir;

    @Test
    void sidecarRegeneratesTheSameSettings() throws IOException {
        SweepSettings settings = SweepSettings.of(44_100, 25, 18_000, 1.5, -12).withRepeats(3);
        Path sweep = dir.resolve("sweep.wav");
        SweepFiles.write(sweep, settings);
        assertEquals(settings, SweepFiles.read(sweep));
        assertTrue(Files.isRegularFile(dir.resolve("sweep.inverse.wav")));
        try (AudioSource source = AudioFiles.open(sweep)) {
            assertEquals(settings.totalFrames(), source.lengthFrames());
            assertEquals(44_100, source.format().sampleRate());
        }
        try (AudioSource inverse = AudioFiles.open(SweepFiles.inverseOf(sweep))) {
            assertEquals(settings.sweepFrames(), inverse.lengthFrames());
        }
    }

    @Test
    void rightOnlySweepIsStereoWithASilentLeftChannel() throws IOException {
        SweepSettings settings = SweepSettings.of(48_000, 20, 20_000, 0.5, -6);
        Path sweep = dir.resolve("right.wav");
        SweepFiles.write(sweep, settings, 1);
        try (AudioSource source = AudioFiles.open(sweep)) {
            assertEquals(2, source.format().channels());
            int read = 0;
            int n;
            while ((n = source.read(new float[][] {new float[4096], new float[4096]},
                    4096)) > 0) {
                read += n;
            }
            assertEquals(settings.totalFrames(), read);
        }
        float[][] all = Recordings.read(sweep, 48_000);
        double left = 0;
        double right = 0;
        for (int i = 0; i < all[0].length; i++) {
            left = Math.max(left, Math.abs(all[0][i]));
            right = Math.max(right, Math.abs(all[1][i]));
        }
        assertEquals(0, left);
        assertEquals(settings.amplitude(), right, 1e-3);
    }

    @Test
    void missingSidecarIsAnErrorNamingIt() throws IOException {
        Path sweep = dir.resolve("other.wav");
        Files.write(sweep, new byte[0]);
        AudioFileException e = assertThrows(AudioFileException.class, () -> SweepFiles.read(sweep));
        assertTrue(e.getMessage().contains("other.sweep.json"), e.getMessage());
    }

    @Test
    void sidecarWithAnOutOfRangeFieldIsRejectedNamingTheSetting() {
        String json = SweepFiles.toJson(SweepSettings.of(48_000, 20, 20_000, 3, -6)).replace("\"repeats\" : 1",
                "\"repeats\" : 0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SweepFiles.fromJson(json));
        assertTrue(e.getMessage().contains("repeats"), e.getMessage());
    }

    @Test
    void harmonicAdvanceFollowsFarinasFormula() {
        SweepSettings settings = SweepSettings.of(48_000, 20, 20_000, 10, -6);
        // Δt_k = T · ln(k) / ln(f2 / f1)
        assertEquals(10 * Math.log(3) / Math.log(1000), settings.harmonicAdvanceSeconds(3), 1e-12);
    }
}
