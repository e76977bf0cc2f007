package dev.earshot.audio;

import static dev.earshot.audio.TestAiffBytes.comm;
import static dev.earshot.audio.TestAiffBytes.form;
import static dev.earshot.audio.TestAiffBytes.ssnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AiffSourceTest {
    private static final int FRAMES = 2999;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}-bit, {1} channels, {2} Hz")
    @CsvSource({"8, 1, 8000", "16, 2, 44100", "24, 2, 96000", "24, 6, 48000", "32, 2, 384000"})
    void readsBigEndianIntegerAiffSampleExact(int bits, int channels, int sampleRate) throws IOException {
        int[][] samples = TestAudio.randomInts(channels, FRAMES, bits, bits + channels);
        byte[] file = form("AIFF", comm(channels, FRAMES, bits, sampleRate, null),
                ssnd(0, TestWavBytes.ints(samples, bits / 8, true, false)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "a.aiff", file))) {
            assertInstanceOf(AiffSource.class, source);
            assertEquals(new AudioFormatInfo(sampleRate, channels, bits, SampleEncoding.PCM_INTEGER, "AIFF"),
                    source.format());
            assertEquals(FRAMES, source.lengthFrames());
            TestAudio.assertIntSamples(samples, bits, TestAudio.readAll(source));
        }
    }

    @ParameterizedTest
    @CsvSource({"NONE, true", "twos, true", "sowt, false"})
    void readsAiffCIntegerCompressionTypes(String compression, boolean bigEndian) throws IOException {
        int[][] samples = TestAudio.randomInts(2, FRAMES, 16, 3);
        byte[] file = form("AIFC", comm(2, FRAMES, 16, 48000, compression),
                ssnd(0, TestWavBytes.ints(samples, 2, bigEndian, false)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "c.aifc", file))) {
            assertEquals("AIFF-C", source.format().container());
            TestAudio.assertIntSamples(samples, 16, TestAudio.readAll(source));
        }
    }

    @ParameterizedTest
    @CsvSource({"fl32, 4", "FL32, 4", "fl64, 8", "FL64, 8"})
    void readsAiffCFloatCompressionTypes(String compression, int bytes) throws IOException {
        double[][] samples = TestAudio.randomDoubles(2, FRAMES, bytes);
        byte[] file = form("AIFC", comm(2, FRAMES, bytes * 8, 44100, compression),
                ssnd(0, TestWavBytes.floats(samples, bytes, true)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "f.aifc", file))) {
            assertEquals(new AudioFormatInfo(44100, 2, bytes * 8, SampleEncoding.PCM_FLOAT, "AIFF-C"),
                    source.format());
            TestAudio.assertFloatSamples(samples, TestAudio.readAll(source));
        }
    }

    @Test
    void honoursTheSsndDataOffsetAndSkipsOtherChunks() throws IOException {
        int[][] samples = TestAudio.randomInts(1, FRAMES, 24, 8);
        byte[] file = form("AIFF", TestAiffBytes.chunk("NAME", "odd".getBytes()),
                comm(1, FRAMES, 24, 22050, null), TestAiffBytes.chunk("ANNO", new byte[7]),
                ssnd(13, TestWavBytes.ints(samples, 3, true, false)), TestAiffBytes.chunk("MARK", new byte[2]));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "o.aif", file))) {
            TestAudio.assertIntSamples(samples, 24, TestAudio.readAll(source));
        }
    }

    @Test
    void readsANonByteAlignedDepthFromItsContainer() throws IOException {
        int[][] samples = TestAudio.randomInts(2, FRAMES, 12, 4);
        for (int[] row : samples) {
            for (int i = 0; i < row.length; i++) {
                row[i] <<= 4; // 12 significant bits, left-justified in 16
            }
        }
        byte[] file = form("AIFF", comm(2, FRAMES, 12, 32000, null),
                ssnd(0, TestWavBytes.ints(samples, 2, true, false)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "12.aif", file))) {
            assertEquals(12, source.format().bitsPerSample());
            TestAudio.assertIntSamples(samples, 16, TestAudio.readAll(source));
        }
    }

    @Test
    void clampsSoundDataCutShortAndReportsTruncation() throws IOException {
        int[][] samples = TestAudio.randomInts(2, FRAMES, 16, 6);
        byte[] whole = form("AIFF", comm(2, FRAMES, 16, 44100, null),
                ssnd(0, TestWavBytes.ints(samples, 2, true, false)));
        byte[] cut = Arrays.copyOf(whole, whole.length - 402);
        try (PcmFileSource source = AiffSource.open(TestAudio.write(folder, "cut.aif", cut))) {
            assertTrue(source.truncated());
            assertEquals(FRAMES, source.declaredFrames());
            assertEquals(FRAMES - 100 - 1, source.lengthFrames()); // 402 bytes = 100.5 frames
            int[][] expected = {Arrays.copyOf(samples[0], FRAMES - 101), Arrays.copyOf(samples[1], FRAMES - 101)};
            TestAudio.assertIntSamples(expected, 16, TestAudio.readAll(source));
        }
    }

    @Test
    void commFrameCountLimitsAnOversizedSoundChunk() throws IOException {
        int[][] samples = TestAudio.randomInts(1, 100, 16, 2);
        byte[] file = form("AIFF", comm(1, 60, 16, 44100, null), ssnd(0, TestWavBytes.ints(samples, 2, true,
                false)));
        try (PcmFileSource source = AiffSource.open(TestAudio.write(folder, "long.aif", file))) {
            assertEquals(60, source.lengthFrames());
            assertFalse(source.truncated());
        }
    }
}
