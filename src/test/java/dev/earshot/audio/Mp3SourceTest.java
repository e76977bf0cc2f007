package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MP3 decoding of the fixture described in {@code src/test/resources/dev/earshot/audio/README.md}: 1 s of a 1 kHz
 * sine at amplitude 0.5 encoded by LAME at 128 kbit/s. MP3 is lossy, so the level tolerance is 0.5 dB and the sine
 * is compared by a least-squares fit ({@link SineFit}), not sample by sample.
 */
class Mp3SourceTest {
    private static final int RATE = 44_100;
    private static final double AMPLITUDE = 0.5;
    /** Bytes of the fixture's first frame (128 kbit/s, 44.1 kHz, no padding), which holds the LAME Info tag. */
    private static final int INFO_FRAME_BYTES = 417;
    /** Level of the fixture's sine as decoded by {@code lame --decode} (16-bit output), least-squares fit. */
    private static final double LAME_DECODER_LEVEL_DB = -6.4645;
    private static final int LAME_DELAY_FRAMES = 576 + Mp3Source.DECODER_DELAY;

    private static byte[] fixture;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadFixture() throws IOException {
        try (InputStream in = Mp3SourceTest.class.getResourceAsStream("sine-1khz-6dbfs-stereo-44k1.mp3")) {
            fixture = in.readAllBytes();
        }
    }

    @Test
    void fixtureWithLameTagDecodesGaplessToTheEncodedSine() throws IOException {
        try (Mp3Source source = Mp3Source.open(write("sine.mp3", fixture))) {
            assertEquals(new AudioFormatInfo(RATE, 2, 0, SampleEncoding.LOSSY, "MP3"), source.format());
            assertEquals(RATE, source.lengthFrames());
            float[][] decoded = FlacSourceTest.readAll(source, 1000);
            assertEquals(RATE, decoded[0].length);
            assertEquals(RATE, source.lengthFrames());
            for (float[] channel : decoded) {
                SineFit fit = SineFit.of(channel, 2048, channel.length - 2048, 1000, RATE);
                // Lossy coding at 128 kbit/s moves the level of a pure tone by less than 0.5 dB ...
                assertEquals(-6.02, 20 * Math.log10(fit.amplitude()), 0.5);
                // ... and LAME's own decoder (lame --decode, README) finds -6.4645 dB; float rounding aside the two
                // decoders must agree, so 0.01 dB also catches a wrong full-scale factor (jlayer's 32700 vs 32768).
                assertEquals(LAME_DECODER_LEVEL_DB, 20 * Math.log10(fit.amplitude()), 0.01);
                // Trimmed by delay + 529 the sine starts at phase 0 again: 0.1 rad is 0.7 samples at 1 kHz.
                assertEquals(0, fit.phaseRadians(), 0.1);
                assertTrue(fit.residualDb() < -40, "coding noise " + fit.residualDb() + " dB");
            }
        }
    }

    @Test
    void withoutInfoTagTheOutputKeepsTheCodecDelayAndTheLengthIsEstimated() throws IOException {
        byte[] untagged = Arrays.copyOfRange(fixture, INFO_FRAME_BYTES, fixture.length);
        try (Mp3Source source = Mp3Source.open(write("untagged.mp3", untagged))) {
            long estimate = source.lengthFrames();
            assertEquals(40 * 1152, estimate, 1152);
            float[][] decoded = FlacSourceTest.readAll(source, 4096);
            assertEquals(40 * 1152, decoded[0].length);
            assertEquals(decoded[0].length, source.lengthFrames());
            float[] delayed = Arrays.copyOfRange(decoded[0], LAME_DELAY_FRAMES, LAME_DELAY_FRAMES + RATE);
            SineFit fit = SineFit.of(delayed, 2048, RATE - 2048, 1000, RATE);
            assertEquals(-6.02, 20 * Math.log10(fit.amplitude()), 0.5);
            assertEquals(0, fit.phaseRadians(), 0.1);
        }
    }

    @Test
    void anId3v2TagIsSkipped() throws IOException {
        byte[] tag = new byte[10 + 300];
        tag[0] = 'I';
        tag[1] = 'D';
        tag[2] = '3';
        tag[3] = 3;
        tag[8] = 300 >>> 7;
        tag[9] = 300 & 0x7F;
        byte[] tagged = Arrays.copyOf(tag, tag.length + fixture.length);
        System.arraycopy(fixture, 0, tagged, tag.length, fixture.length);
        float[][] expected;
        try (Mp3Source source = Mp3Source.open(write("plain.mp3", fixture))) {
            expected = FlacSourceTest.readAll(source, 4096);
        }
        try (Mp3Source source = Mp3Source.open(write("tagged.mp3", tagged))) {
            assertEquals(RATE, source.lengthFrames());
            float[][] decoded = FlacSourceTest.readAll(source, 4096);
            assertArrayEquals(expected[0], decoded[0]);
            assertArrayEquals(expected[1], decoded[1]);
        }
    }

    @Test
    void randomBytesAreNotAnMp3() throws IOException {
        byte[] noise = new byte[5000];
        new SplittableRandom(11).nextBytes(noise);
        AudioFileException error = assertThrows(AudioFileException.class,
                () -> Mp3Source.open(write("noise.mp3", noise)));
        assertEquals("noise.mp3: not an MP3 file (no MPEG audio frame found)", error.getMessage());
    }

    @Test
    void anEmptyFileIsNotAnMp3() {
        assertThrows(AudioFileException.class, () -> Mp3Source.open(write("empty.mp3", new byte[0])));
    }

    @Test
    void aTruncatedFileIsReportedWhenReadingReachesTheCut() throws IOException {
        Path file = write("cut.mp3", Arrays.copyOf(fixture, fixture.length / 2));
        AudioFileException error = assertThrows(AudioFileException.class, () -> {
            try (Mp3Source source = Mp3Source.open(file)) {
                FlacSourceTest.readAll(source, 4096);
            }
        });
        assertTrue(error.getMessage().startsWith("cut.mp3: truncated"), error.getMessage());
    }

    @Test
    void randomDamageNeverEscapesAsAnotherExceptionType() throws IOException {
        SplittableRandom random = new SplittableRandom(12);
        for (int trial = 0; trial < 50; trial++) {
            byte[] damaged = fixture.clone();
            for (int flips = 1 + random.nextInt(8); flips > 0; flips--) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            }
            if (random.nextBoolean()) {
                damaged = Arrays.copyOf(damaged, random.nextInt(damaged.length));
            }
            Path file = write("fuzz.mp3", damaged);
            try (Mp3Source source = Mp3Source.open(file)) {
                FlacSourceTest.readAll(source, 4096);
            } catch (AudioFileException expected) {
                assertTrue(expected.getMessage().startsWith("fuzz.mp3: "), expected.getMessage());
            }
        }
    }

    private Path write(String name, byte[] data) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, data);
        return file;
    }
}
