package dev.earshot.audio;

import static dev.earshot.audio.TestWavBytes.FLOAT;
import static dev.earshot.audio.TestWavBytes.PCM;
import static dev.earshot.audio.TestWavBytes.chunk;
import static dev.earshot.audio.TestWavBytes.chunkClaiming;
import static dev.earshot.audio.TestWavBytes.concat;
import static dev.earshot.audio.TestWavBytes.fmt;
import static dev.earshot.audio.TestWavBytes.fmtExtensible;
import static dev.earshot.audio.TestWavBytes.riff;
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

class WavSourceTest {
    private static final int FRAMES = 3001;

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}-bit, {1} channels, {2} Hz")
    @CsvSource({"8, 1, 8000", "8, 2, 44100", "16, 1, 44100", "16, 2, 48000", "16, 8, 96000", "24, 2, 96000",
        "24, 6, 48000", "32, 2, 192000", "32, 3, 384000"})
    void readsIntegerPcmSampleExact(int bits, int channels, int sampleRate) throws IOException {
        int[][] samples = TestAudio.randomInts(channels, FRAMES, bits, bits * 31L + channels);
        int bytes = bits / 8;
        byte[] file = riff("RIFF", fmt(PCM, channels, sampleRate, channels * bytes, bits),
                chunk("data", TestWavBytes.ints(samples, bytes, false, true)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "pcm.wav", file))) {
            assertEquals(new AudioFormatInfo(sampleRate, channels, bits, SampleEncoding.PCM_INTEGER, "WAV"),
                    source.format());
            assertEquals(FRAMES, source.lengthFrames());
            TestAudio.assertIntSamples(samples, bits, TestAudio.readAll(source));
        }
    }

    @ParameterizedTest(name = "{0}-bit float")
    @CsvSource({"32", "64"})
    void readsIeeeFloatAsStoredRoundedToFloat(int bits) throws IOException {
        double[][] samples = TestAudio.randomDoubles(2, FRAMES, bits);
        byte[] file = riff("RIFF", fmt(FLOAT, 2, 48000, 2 * bits / 8, bits),
                chunk("fact", new byte[] {(byte) 0xB9, 0x0B, 0, 0}),
                chunk("data", TestWavBytes.floats(samples, bits / 8, false)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "float.wav", file))) {
            assertEquals(new AudioFormatInfo(48000, 2, bits, SampleEncoding.PCM_FLOAT, "WAV"), source.format());
            TestAudio.assertFloatSamples(samples, TestAudio.readAll(source));
        }
    }

    @Test
    void readsExtensiblePcmWithFewerValidBitsThanTheContainer() throws IOException {
        int[][] samples = TestAudio.randomInts(4, FRAMES, 20, 7);
        for (int[] row : samples) {
            for (int i = 0; i < row.length; i++) {
                row[i] <<= 4; // 20 valid bits, left-justified in a 24-bit container
            }
        }
        byte[] file = riff("RIFF", fmtExtensible(PCM, 4, 88200, 24, 20, 0x33),
                chunk("data", TestWavBytes.ints(samples, 3, false, false)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "ext.wav", file))) {
            assertEquals(new AudioFormatInfo(88200, 4, 20, SampleEncoding.PCM_INTEGER, "WAV (extensible)"),
                    source.format());
            TestAudio.assertIntSamples(samples, 24, TestAudio.readAll(source));
        }
    }

    @Test
    void readsExtensibleFloat() throws IOException {
        double[][] samples = TestAudio.randomDoubles(6, FRAMES, 3);
        byte[] file = riff("RIFF", fmtExtensible(FLOAT, 6, 48000, 32, 32, 0x3F),
                chunk("data", TestWavBytes.floats(samples, 4, false)));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "extf.wav", file))) {
            assertEquals(SampleEncoding.PCM_FLOAT, source.format().encoding());
            TestAudio.assertFloatSamples(samples, TestAudio.readAll(source));
        }
    }

    @ParameterizedTest
    @CsvSource({"RF64", "BW64"})
    void readsLargeFileFormatsWithTheDataSizeFromDs64(String riffId) throws IOException {
        int[][] samples = TestAudio.randomInts(2, FRAMES, 24, 5);
        byte[] data = TestWavBytes.ints(samples, 3, false, false);
        byte[] file = riff(riffId, TestWavBytes.ds64(0, data.length, FRAMES), fmt(PCM, 2, 48000, 6, 24),
                chunkClaiming("data", 0xFFFF_FFFFL, data));
        try (PcmFileSource source = WavSource.open(TestAudio.write(folder, "big.wav", file))) {
            assertEquals(riffId, source.format().container());
            assertEquals(FRAMES, source.lengthFrames());
            assertFalse(source.truncated());
            TestAudio.assertIntSamples(samples, 24, TestAudio.readAll(source));
        }
    }

    @Test
    void skipsUnknownAndOddSizedChunksWithTheirPadBytes() throws IOException {
        int[][] samples = TestAudio.randomInts(1, FRAMES, 8, 9); // 3001 bytes of data: odd, so padded too
        byte[] file = riff("RIFF",
                chunk("JUNK", new byte[27]),
                chunk("bext", new byte[601]),
                fmt(PCM, 1, 22050, 1, 8),
                chunk("LIST", "INFOISFT\u0005\u0000\u0000\u0000Test\u0000".getBytes()),
                chunk("iXML", "<x/>".getBytes()),
                chunk("data", TestWavBytes.ints(samples, 1, false, true)),
                chunk("cue ", new byte[5]));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "odd.wav", file))) {
            TestAudio.assertIntSamples(samples, 8, TestAudio.readAll(source));
        }
    }

    @Test
    void findsAFmtChunkThatFollowsTheDataChunk() throws IOException {
        int[][] samples = TestAudio.randomInts(2, FRAMES, 16, 11);
        byte[] file = riff("RIFF", chunk("data", TestWavBytes.ints(samples, 2, false, false)),
                fmt(PCM, 2, 44100, 4, 16));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "late.wav", file))) {
            TestAudio.assertIntSamples(samples, 16, TestAudio.readAll(source));
        }
    }

    @Test
    void detectsByContentNotByExtension() throws IOException {
        int[][] samples = TestAudio.randomInts(1, 100, 16, 1);
        byte[] file = riff("RIFF", fmt(PCM, 1, 44100, 2, 16), chunk("data", TestWavBytes.ints(samples, 2, false,
                false)));
        assertInstanceOf(WavSource.class, AudioFiles.open(TestAudio.write(folder, "song.mp3", file)));
        assertEquals("WAV", AudioFiles.probe(TestAudio.write(folder, "song.flac", file)).container());
    }

    @Test
    void readsAnEmptyDataChunkAsZeroFrames() throws IOException {
        byte[] file = riff("RIFF", fmt(PCM, 2, 44100, 4, 16), chunk("data", new byte[0]));
        try (AudioSource source = AudioFiles.open(TestAudio.write(folder, "empty.wav", file))) {
            assertEquals(0, source.lengthFrames());
            assertEquals(-1, source.read(new float[2][16], 16));
        }
    }

    @Test
    void ignoresAPartialFrameAtTheEndOfTheData() throws IOException {
        byte[] data = concat(TestWavBytes.ints(TestAudio.randomInts(2, 10, 16, 2), 2, false, false), new byte[3]);
        byte[] file = riff("RIFF", fmt(PCM, 2, 44100, 4, 16), chunk("data", data));
        try (PcmFileSource source = WavSource.open(TestAudio.write(folder, "partial.wav", file))) {
            assertEquals(10, source.lengthFrames());
            assertFalse(source.truncated());
        }
    }

    @Test
    void clampsDataCutShortAndReportsTruncation() throws IOException {
        int[][] samples = TestAudio.randomInts(2, FRAMES, 24, 13);
        byte[] data = TestWavBytes.ints(samples, 3, false, false);
        byte[] whole = riff("RIFF", fmt(PCM, 2, 48000, 6, 24), chunk("data", data));
        byte[] cut = Arrays.copyOf(whole, whole.length - 1000);
        try (PcmFileSource source = (PcmFileSource) AudioFiles.open(TestAudio.write(folder, "cut.wav", cut))) {
            assertTrue(source.truncated());
            assertEquals(FRAMES, source.declaredFrames());
            long present = (data.length - 1000) / 6;
            assertEquals(present, source.lengthFrames());
            float[][] read = TestAudio.readAll(source);
            int[][] expected = new int[2][];
            for (int c = 0; c < 2; c++) {
                expected[c] = Arrays.copyOf(samples[c], (int) present);
            }
            TestAudio.assertIntSamples(expected, 24, read);
        }
    }

    @Test
    void readsAStreamedWavWhoseDataSizeIsUnknownToTheEndOfTheFile() throws IOException {
        int[][] samples = TestAudio.randomInts(2, FRAMES, 16, 17);
        byte[] file = riff("RIFF", fmt(PCM, 2, 44100, 4, 16),
                chunkClaiming("data", 0xFFFF_FFFFL, TestWavBytes.ints(samples, 2, false, false)));
        try (PcmFileSource source = WavSource.open(TestAudio.write(folder, "stream.wav", file))) {
            assertFalse(source.truncated());
            assertEquals(FRAMES, source.lengthFrames());
            TestAudio.assertIntSamples(samples, 16, TestAudio.readAll(source));
        }
    }
}
