package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavWriterTest {
    private static final double LSB = 1.0 / (1 << 23);

    @TempDir
    Path folder;

    private static float[][] noise(int channels, int frames, double amplitude, long seed) {
        Random random = new Random(seed);
        float[][] block = new float[channels][frames];
        for (float[] row : block) {
            for (int i = 0; i < frames; i++) {
                row[i] = (float) (amplitude * (2 * random.nextDouble() - 1));
            }
        }
        return block;
    }

    private Path write(String name, float[][] samples, WavSampleFormat format, long seed, long rf64Threshold)
            throws IOException {
        Path file = folder.resolve(name);
        try (WavWriter writer = new WavWriter(file, 48000, samples.length, format, seed, rf64Threshold)) {
            int frames = samples[0].length;
            float[][] block = new float[samples.length][777];
            for (int done = 0; done < frames; done += 777) {
                int n = Math.min(777, frames - done);
                for (int c = 0; c < samples.length; c++) {
                    System.arraycopy(samples[c], done, block[c], 0, n);
                }
                writer.write(block, n);
            }
            writer.commit();
        }
        return file;
    }

    @Test
    void float32RoundTripIsExactIncludingOverFullScale() throws IOException {
        float[][] samples = noise(2, 20_000, 1.5, 1);
        Path file = write("f.wav", samples, WavSampleFormat.FLOAT32, 0, WavWriter.RIFF_MAX_BYTES);
        try (AudioSource source = AudioFiles.open(file)) {
            assertEquals(new AudioFormatInfo(48000, 2, 32, SampleEncoding.PCM_FLOAT, "WAV"), source.format());
            assertArrayEquals(samples, TestAudio.readAll(source));
        }
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(20_000, factFrames(bytes), "fact chunk frame count");
        assertEquals(bytes.length - 8, ByteBuffer.wrap(bytes, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    @Test
    void moreThanTwoChannelsUseExtensibleWithAChannelMask() throws IOException {
        float[][] samples = noise(6, 1000, 1, 2);
        Path file = write("51.wav", samples, WavSampleFormat.FLOAT32, 0, WavWriter.RIFF_MAX_BYTES);
        try (AudioSource source = AudioFiles.open(file)) {
            assertEquals("WAV (extensible)", source.format().container());
            assertArrayEquals(samples, TestAudio.readAll(source));
        }
        ByteBuffer fmt = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xFFFE, fmt.getShort(56) & 0xFFFF, "format tag");
        assertEquals(0x3F, fmt.getInt(76), "5.1 channel mask");
    }

    @Test
    void pcm24IsWithinDitherAndRoundingOfTheInputAndUnbiased() throws IOException {
        float[][] samples = noise(2, 100_000, 0.99, 3);
        Path file = write("p.wav", samples, WavSampleFormat.PCM24, 42, WavWriter.RIFF_MAX_BYTES);
        float[][] read;
        try (AudioSource source = AudioFiles.open(file)) {
            assertEquals(new AudioFormatInfo(48000, 2, 24, SampleEncoding.PCM_INTEGER, "WAV"), source.format());
            read = TestAudio.readAll(source);
        }
        double sum = 0;
        double sumSquares = 0;
        int n = 0;
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < samples[c].length; i++) {
                double errorLsb = (read[c][i] - (double) samples[c][i]) / LSB;
                // TPDF dither peaks at ±1 LSB, rounding adds up to 0.5 LSB.
                assertTrue(Math.abs(errorLsb) <= 1.5, "error " + errorLsb + " LSB at " + i);
                sum += errorLsb;
                sumSquares += errorLsb * errorLsb;
                n++;
            }
        }
        // Error = TPDF (variance 1/6 LSB²) + rounding of a continuous input (1/12): mean 0, variance 1/4.
        // With 200 000 samples the mean's standard error is 0.0011 LSB; 0.01 LSB is ~9 sigma.
        assertEquals(0, sum / n, 0.01, "mean error (LSB)");
        assertEquals(0.25, sumSquares / n, 0.01, "error variance (LSB²)");
    }

    @Test
    void pcm24ClipsToTheTwentyFourBitRange() throws IOException {
        float[][] samples = {{1.5f, -2f, 1f, Float.NaN}};
        try (AudioSource source = AudioFiles.open(write("clip.wav", samples, WavSampleFormat.PCM24, 1,
                WavWriter.RIFF_MAX_BYTES))) {
            float[][] read = TestAudio.readAll(source);
            assertEquals((float) (1 - LSB), read[0][0]);
            assertEquals(-1f, read[0][1]);
            assertEquals((float) (1 - LSB), read[0][2]);
            assertTrue(Math.abs(read[0][3]) <= LSB, "NaN becomes silence within dither");
        }
    }

    @Test
    void pcm24SamplesEqualTheDirectlyComputedDitheredRoundingIncludingExtremes() throws IOException {
        // Reference: floor(x * 2^23 + d + 0.5) clamped as a double to the 24-bit range, NaN to 0, where d is the
        // TPDF value from the seeded SplitMix64 (two 16-bit quarters of a draw, the low pair first, then the high
        // pair for the next sample), drawn frame by frame, channel by channel. The writer must match it exactly (it
        // clamps after an int cast, which saturates the same way).
        float[][] samples = noise(2, 3000, 1.2, 9);
        float[] extremes = {Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE,
            -Float.MAX_VALUE, 1e12f, -1e12f, 1f, -1f, (float) (1 - LSB), (float) (-1 + LSB), 0f, -0f, 1e-9f};
        System.arraycopy(extremes, 0, samples[0], 10, extremes.length);
        System.arraycopy(extremes, 0, samples[1], 2000, extremes.length);
        byte[] bytes = Files.readAllBytes(write("exact.wav", samples, WavSampleFormat.PCM24, 77,
                WavWriter.RIFF_MAX_BYTES));
        SplitMix64 random = new SplitMix64(77);
        int p = bytes.length - 3000 * 2 * 3;
        long z = 0;
        int sample = 0;
        for (int i = 0; i < 3000; i++) {
            for (int c = 0; c < 2; c++) {
                if (sample++ % 2 == 0) {
                    z = random.nextLong();
                } else {
                    z >>>= 32;
                }
                double d = (((z >>> 16) & 0xFFFF) + (z & 0xFFFF)) * 0x1.0p-16 - 1.0;
                double scaled = Math.floor(samples[c][i] * (double) (1 << 23) + d + 0.5);
                int expected = (int) Math.max(-(1 << 23), Math.min((1 << 23) - 1, scaled));
                int actual = (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8 | bytes[p + 2] << 16;
                assertEquals(expected, actual, "frame " + i + " channel " + c + " from " + samples[c][i]);
                p += 3;
            }
        }
    }

    @Test
    void sameSeedGivesTheSameFileAndAnotherSeedAnotherDither() throws IOException {
        float[][] samples = noise(1, 5000, 0.5, 4);
        byte[] a = Files.readAllBytes(write("a.wav", samples, WavSampleFormat.PCM24, 7, WavWriter.RIFF_MAX_BYTES));
        byte[] b = Files.readAllBytes(write("b.wav", samples, WavSampleFormat.PCM24, 7, WavWriter.RIFF_MAX_BYTES));
        byte[] c = Files.readAllBytes(write("c.wav", samples, WavSampleFormat.PCM24, 8, WavWriter.RIFF_MAX_BYTES));
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
    }

    @Test
    void oddDataIsPaddedAndTheRiffSizeCountsThePad() throws IOException {
        float[][] samples = noise(1, 3, 0.5, 5);
        Path file = write("odd.wav", samples, WavSampleFormat.PCM24, 0, WavWriter.RIFF_MAX_BYTES);
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0, bytes.length % 2);
        assertEquals(bytes.length - 8, b.getInt(4));
        assertEquals(9, b.getInt(bytes.length - 1 - 9 - 4), "data chunk size excludes the pad byte");
        try (AudioSource source = AudioFiles.open(file)) {
            assertEquals(3, source.lengthFrames());
        }
    }

    @Test
    void writesRf64WhenTheRiffSizeExceedsTheThreshold() throws IOException {
        float[][] samples = noise(2, 5000, 0.9, 6);
        Path small = write("riff.wav", samples, WavSampleFormat.FLOAT32, 0, 40_086);
        Path large = write("rf64.wav", samples, WavSampleFormat.FLOAT32, 0, 40_085);
        byte[] riff = Files.readAllBytes(small);
        byte[] rf64 = Files.readAllBytes(large);
        assertEquals(riff.length, rf64.length, "same header size either way");
        assertEquals("RIFF", new String(riff, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("JUNK", new String(riff, 12, 4, StandardCharsets.US_ASCII));
        assertEquals("RF64", new String(rf64, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("ds64", new String(rf64, 12, 4, StandardCharsets.US_ASCII));
        ByteBuffer b = ByteBuffer.wrap(rf64).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(-1, b.getInt(4), "RIFF size placeholder");
        assertEquals(rf64.length - 8, b.getLong(20), "ds64 RIFF size");
        assertEquals(40_000, b.getLong(28), "ds64 data size");
        assertEquals(5000, b.getLong(36), "ds64 sample count");
        assertEquals(40_086, riff.length - 8, "the threshold sits exactly at this file's RIFF size");
        try (PcmFileSource source = WavSource.open(large)) {
            assertEquals("RF64", source.format().container());
            assertFalse(source.truncated());
            assertArrayEquals(samples, TestAudio.readAll(source));
        }
    }

    @Test
    void javaSoundReadsOurPcm24Header() throws IOException, UnsupportedAudioFileException {
        Path file = write("js.wav", noise(2, 1000, 0.5, 7), WavSampleFormat.PCM24, 0, WavWriter.RIFF_MAX_BYTES);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(file.toFile())) {
            assertEquals(24, in.getFormat().getSampleSizeInBits());
            assertEquals(2, in.getFormat().getChannels());
            assertEquals(1000, in.getFrameLength());
        }
    }

    @Test
    void closingWithoutCommitLeavesNothingOnDisk() throws IOException {
        Path target = folder.resolve("out.wav");
        try (WavWriter writer = WavWriter.create(target, 44100, 2, WavSampleFormat.PCM24, 1)) {
            writer.write(noise(2, 1000, 0.5, 8), 1000);
            assertEquals(List.of(), names().stream().filter(n -> n.equals("out.wav")).toList());
            assertTrue(names().stream().anyMatch(n -> n.startsWith(".out.wav.partial-")), names().toString());
        }
        assertEquals(List.of(), names());
    }

    @Test
    void aFailedRunKeepsTheOldFileAndACommitReplacesIt() throws IOException {
        Path target = Files.writeString(folder.resolve("out.wav"), "previous render");
        try (WavWriter writer = WavWriter.create(target, 44100, 1, WavSampleFormat.FLOAT32, 1)) {
            writer.write(new float[][] {{0.25f}}, 1);
        }
        assertEquals("previous render", Files.readString(target));
        try (WavWriter writer = WavWriter.create(target, 44100, 1, WavSampleFormat.FLOAT32, 1)) {
            writer.write(new float[][] {{0.25f}}, 1);
            writer.commit();
        }
        assertEquals(List.of("out.wav"), names());
        try (AudioSource source = AudioFiles.open(target)) {
            assertArrayEquals(new float[][] {{0.25f}}, TestAudio.readAll(source));
        }
    }

    @Test
    void aMissingFolderIsAnAudioFileException() {
        AudioFileException e = assertThrows(AudioFileException.class, () -> WavWriter.create(
                folder.resolve("no-such-folder").resolve("x.wav"), 44100, 2, WavSampleFormat.PCM24, 0));
        assertTrue(e.getMessage().startsWith("x.wav: cannot create a file in "), e.getMessage());
        assertTrue(e.getMessage().endsWith("no-such-folder: no such file or folder"), e.getMessage());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static long factFrames(byte[] file) {
        for (int i = 12; i + 12 <= file.length; i++) {
            if (file[i] == 'f' && file[i + 1] == 'a' && file[i + 2] == 'c' && file[i + 3] == 't') {
                return ByteBuffer.wrap(file, i + 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFF_FFFFL;
            }
        }
        throw new AssertionError("no fact chunk");
    }

    @Test
    void theFinishedFileGetsTheSamePermissionsAsAnyNewFile() throws IOException {
        assumeTrue(folder.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.write(folder.resolve("plain.bin"), new byte[1]);
        Path wav = write("perm.wav", noise(1, 10, 0.5, 9), WavSampleFormat.FLOAT32, 0, WavWriter.RIFF_MAX_BYTES);
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(wav));
    }

    @Test
    void aShortChannelRowIsRejectedBeforeAnythingIsWritten() throws IOException {
        Path target = folder.resolve("short.wav");
        try (WavWriter writer = WavWriter.create(target, 44100, 2, WavSampleFormat.FLOAT32, 1)) {
            assertThrows(IllegalArgumentException.class, () -> writer.write(new float[][] {{1, 2, 3}, {1, 2}}, 3));
            writer.write(new float[][] {{0.5f}, {-0.5f}}, 1);
            writer.commit();
        }
        try (AudioSource source = AudioFiles.open(target)) {
            assertArrayEquals(new float[][] {{0.5f}, {-0.5f}}, TestAudio.readAll(source));
        }
    }
}
