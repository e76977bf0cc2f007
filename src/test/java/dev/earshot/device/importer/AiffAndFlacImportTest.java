package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.earshot.audio.TestAudioFileBytes;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.ProfileCategory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AIFF and FLAC impulse responses import exactly like a WAV holding the same samples: the reference is the same
 * integer samples written as a 32-bit float WAV (every 16- and 24-bit value is exact in float), imported by the WAV
 * path that {@link ImpulseResponseImportTest} checks in detail.
 */
class AiffAndFlacImportTest {
    @TempDir
    Path root;

    /** A decaying, alternating impulse after 600 frames of silence, per channel a different gain and arrival. */
    private static int[][] impulseResponse(int channels, int frames, int fullScale) {
        int[][] samples = new int[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < 300; i++) {
                samples[c][600 + 20 * c + i] = (int) Math.round(fullScale * 0.6 / (c + 1) * Math.pow(-0.8, i));
            }
        }
        return samples;
    }

    private static float[][] asFloats(int[][] samples, int fullScale) {
        float[][] floats = new float[samples.length][samples[0].length];
        for (int c = 0; c < samples.length; c++) {
            for (int i = 0; i < samples[c].length; i++) {
                floats[c][i] = samples[c][i] / (float) fullScale;
            }
        }
        return floats;
    }

    private void assertImportsLikeTheWav(ImportFolders folders, Path source, ImportFormat expected, int[][] samples,
                                         int fullScale, int sampleRate) throws Exception {
        assertEquals(expected, ImportFormat.detect(source));
        ImportResult imported = folders.importer.importFile(source, "Imported", ProfileCategory.CAR, null,
                folders.profiles, folders.irs);
        Path wav = folders.wav("reference.wav", sampleRate, WavSampleFormat.FLOAT32, asFloats(samples, fullScale));
        ImportResult reference = folders.importer.importFile(wav, "Reference", ProfileCategory.CAR, null,
                folders.profiles, folders.irs);
        float[][] ir = ImportFolders.readAll(imported.irFile());
        float[][] referenceIr = ImportFolders.readAll(reference.irFile());
        assertEquals(referenceIr.length, ir.length);
        for (int c = 0; c < ir.length; c++) {
            assertArrayEquals(referenceIr[c], ir[c], 1e-6f, "channel " + c);
        }
        assertEquals("imported from " + source.getFileName() + " (" + expected.label() + ")",
                imported.profile().provenance().source());
    }

    @Test
    void stereoAiffImpulseResponseImportsLikeTheSameWav() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        int[][] samples = impulseResponse(2, 3000, 32768);
        Path aiff = Files.write(folders.inputs.resolve("car-ir.aiff"), TestAudioFileBytes.aiff16(samples, 48_000));
        assertImportsLikeTheWav(folders, aiff, ImportFormat.AIFF_IMPULSE_RESPONSE, samples, 32768, 48_000);
    }

    @Test
    void trueStereoFlacImpulseResponseAtAnotherRateImportsLikeTheSameWav() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        int[][] samples = impulseResponse(4, 4000, 1 << 23);
        Path flac = Files.write(folders.inputs.resolve("room-ir.flac"),
                TestAudioFileBytes.flac(samples, 44_100, 24));
        assertImportsLikeTheWav(folders, flac, ImportFormat.FLAC_IMPULSE_RESPONSE, samples, 1 << 23, 44_100);
    }

    @Test
    void mp3IsRefusedAsLossyAndCreatesNothing() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path mp3 = folders.inputs.resolve("ir.mp3");
        try (InputStream in = AiffAndFlacImportTest.class.getResourceAsStream(
                "/dev/earshot/audio/sine-1khz-6dbfs-stereo-44k1.mp3")) {
            assertNotNull(in, "MP3 fixture");
            Files.write(mp3, in.readAllBytes());
        }
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(mp3, "Lossy",
                ProfileCategory.CAR, null, folders.profiles, folders.irs));
        assertEquals("ir.mp3: is a lossy MP3 file; an impulse response must be lossless: WAV, AIFF or FLAC",
                error.getMessage());
        folders.assertLibraryEmpty();
    }

    @Test
    void aiffWithThreeChannelsIsRefusedLikeAWav() throws IOException {
        ImportFolders folders = new ImportFolders(root);
        Path aiff = Files.write(folders.inputs.resolve("three.aiff"),
                TestAudioFileBytes.aiff16(impulseResponse(3, 1000, 32768), 48_000));
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(aiff, "Three",
                ProfileCategory.CAR, null, folders.profiles, folders.irs));
        assertEquals(true, error.getMessage().startsWith("three.aiff: has 3 channels"), error.getMessage());
        folders.assertLibraryEmpty();
    }
}
