package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * FLAC decoding checked sample-exact against files written by {@link FlacTestEncoder} from known integers: FLAC is
 * lossless and {@code n / 2^(bits-1)} is exact in float for up to 24 bits, so any difference is a bug.
 */
class FlacSourceTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}-bit, {1} channels, blocks of {2}")
    @CsvSource({"16, 1, 4096", "16, 2, 4096", "16, 6, 1152", "24, 1, 4096", "24, 2, 576", "24, 6, 4096",
        "16, 2, 16", "24, 8, 300"})
    void decodesEverySampleExactly(int bits, int channels, int blockFrames) throws IOException {
        int[][] samples = signal(channels, 9_000, bits, 42L * bits + channels);
        Path file = write("exact.flac", FlacTestEncoder.encode(samples, 44_100, bits, blockFrames, true));
        try (FlacSource source = FlacSource.open(file)) {
            AudioFormatInfo format = source.format();
            assertEquals(new AudioFormatInfo(44_100, channels, bits, SampleEncoding.LOSSLESS, "FLAC"), format);
            assertEquals(9_000, source.lengthFrames());
            float[][] decoded = readAll(source, 1000);
            float scale = (float) Math.scalb(1.0, 1 - bits);
            for (int c = 0; c < channels; c++) {
                assertEquals(samples[c].length, decoded[c].length);
                for (int i = 0; i < samples[c].length; i++) {
                    if (samples[c][i] * scale != decoded[c][i]) {
                        throw new AssertionError("channel " + c + " frame " + i + ": " + decoded[c][i] + " != "
                                + samples[c][i] * scale);
                    }
                }
            }
        }
    }

    @Test
    void anUnstatedLengthIsUnknownUntilTheStreamEnds() throws IOException {
        int[][] samples = signal(2, 5_000, 16, 9);
        Path file = write("unstated.flac", FlacTestEncoder.encode(samples, 48_000, 16, 4096, false, false));
        try (FlacSource source = FlacSource.open(file)) {
            assertEquals(-1, source.lengthFrames());
            assertEquals(5_000, readAll(source, 777)[1].length);
            assertEquals(5_000, source.lengthFrames());
        }
    }

    @Test
    void truncatedFilesAreReportedAsTruncated() throws IOException {
        byte[] flac = FlacTestEncoder.encode(signal(2, 10_000, 16, 1), 48_000, 16, 4096, false);
        for (int length : new int[] {3, 20, 41, flac.length / 2, flac.length - 1}) {
            Path file = write("cut.flac", Arrays.copyOf(flac, length));
            AudioFileException error = assertThrows(AudioFileException.class, () -> readFile(file), "cut at " + length);
            assertTrue(error.getMessage().startsWith("cut.flac: "), error.getMessage());
            assertTrue(error.getMessage().contains("truncated") || length == 3, error.getMessage());
        }
    }

    @Test
    void aDamagedAudioByteIsReportedAsCorrupt() throws IOException {
        byte[] flac = FlacTestEncoder.encode(signal(2, 10_000, 16, 2), 48_000, 16, 4096, false);
        flac[flac.length / 2] ^= 0x10;
        Path file = write("flipped.flac", flac);
        AudioFileException error = assertThrows(AudioFileException.class, () -> readFile(file));
        assertTrue(error.getMessage().startsWith("flipped.flac: corrupt audio data after 4096 samples: frame checksum"),
                error.getMessage());
    }

    @Test
    void aFileWithoutSignatureIsNotFlac() throws IOException {
        byte[] noise = new byte[1000];
        new SplittableRandom(3).nextBytes(noise);
        Path file = write("noise.flac", noise);
        AudioFileException error = assertThrows(AudioFileException.class, () -> FlacSource.open(file));
        assertEquals("noise.flac: not a FLAC file (no \"fLaC\" signature)", error.getMessage());
    }

    @Test
    void aFileWhoseFirstBlockIsNotStreamInfoIsRejected() throws IOException {
        byte[] flac = FlacTestEncoder.encode(signal(1, 100, 16, 4), 48_000, 16, 4096, false);
        flac[4] = (byte) 0x81;
        Path file = write("nostreaminfo.flac", flac);
        AudioFileException error = assertThrows(AudioFileException.class, () -> FlacSource.open(file));
        assertTrue(error.getMessage().contains("no STREAMINFO"), error.getMessage());
    }

    @Test
    void aMissingFileIsNamed() {
        AudioFileException error = assertThrows(AudioFileException.class,
                () -> FlacSource.open(folder.resolve("absent.flac")));
        assertEquals("absent.flac: file not found", error.getMessage());
    }

    @Test
    void randomDamageNeverEscapesAsAnotherExceptionType() throws IOException {
        byte[] flac = FlacTestEncoder.encode(signal(2, 3_000, 24, 5), 48_000, 24, 1024, true);
        SplittableRandom random = new SplittableRandom(6);
        for (int trial = 0; trial < 300; trial++) {
            byte[] damaged = flac.clone();
            for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            }
            if (random.nextBoolean()) {
                damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            }
            Path file = write("fuzz.flac", damaged);
            try {
                readFile(file);
            } catch (AudioFileException expected) {
                assertTrue(expected.getMessage().startsWith("fuzz.flac: "), expected.getMessage());
            }
        }
    }

    private static void readFile(Path file) throws IOException {
        try (FlacSource source = FlacSource.open(file)) {
            readAll(source, 4096);
        }
    }

    static float[][] readAll(AudioSource source, int blockFrames) throws IOException {
        int channels = source.format().channels();
        float[][] all = new float[channels][0];
        float[][] block = new float[channels][blockFrames];
        int total = 0;
        for (int n; (n = source.read(block, blockFrames)) > 0; total += n) {
            for (int c = 0; c < channels; c++) {
                all[c] = Arrays.copyOf(all[c], total + n);
                System.arraycopy(block[c], 0, all[c], total, n);
            }
        }
        return all;
    }

    /** Seeded noise over the full integer range, with both extremes present in every channel. */
    private static int[][] signal(int channels, int frames, int bits, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int max = (1 << (bits - 1)) - 1;
        int[][] samples = new int[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                samples[c][i] = random.nextInt(-max - 1, max + 1);
            }
            samples[c][c + 1] = max;
            samples[c][c + 2] = -max - 1;
        }
        return samples;
    }

    private Path write(String name, byte[] data) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, data);
        return file;
    }
}
