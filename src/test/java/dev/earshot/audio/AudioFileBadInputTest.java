package dev.earshot.audio;

import static dev.earshot.audio.TestWavBytes.FLOAT;
import static dev.earshot.audio.TestWavBytes.PCM;
import static dev.earshot.audio.TestWavBytes.chunk;
import static dev.earshot.audio.TestWavBytes.chunkClaiming;
import static dev.earshot.audio.TestWavBytes.fmt;
import static dev.earshot.audio.TestWavBytes.riff;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gives one AudioFileException that names the file and says what is wrong. */
class AudioFileBadInputTest {
    private static final byte[] DATA = new byte[400];

    @TempDir
    Path folder;

    private void assertRejected(byte[] bytes, String expectedProblem) throws IOException {
        Path file = TestAudio.write(folder, "master.wav", bytes);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.open(file));
        assertEquals("master.wav: " + expectedProblem, e.getMessage());
        assertThrows(AudioFileException.class, () -> AudioFiles.probe(file));
    }

    private void assertRejectedContaining(byte[] bytes, String expectedFragment) throws IOException {
        Path file = TestAudio.write(folder, "master.wav", bytes);
        AudioFileException e = assertThrows(AudioFileException.class, () -> AudioFiles.open(file));
        assertTrue(e.getMessage().startsWith("master.wav: "), e.getMessage());
        assertTrue(e.getMessage().contains(expectedFragment), e.getMessage());
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void emptyFile() throws IOException {
        assertRejected(new byte[0], "empty file (0 bytes)");
    }

    @Test
    void textRenamedToWav() throws IOException {
        assertRejected(ascii("Hello, this is the mix notes file.\nVocals +1 dB\n"),
                "not an audio file (starts with text)");
    }

    @Test
    void otherFormatsAreNamed() throws IOException {
        assertRejectedContaining(ascii("OggS\0\2\0\0\0\0\0\0\0\0"), "unsupported format (OggS");
        assertRejectedContaining(ascii("\0\0\0\u0020ftypM4A \0\0\0\0"), "MP4/M4A");
        assertRejected(ascii("RIFF\u0010\0\0\0AVI LIST"), "unsupported format (RIFF file of type 'AVI ')");
        assertRejected(new byte[] {1, 2, (byte) 0xFE, 4, 0, 0}, "unrecognised format (starts with bytes 0x01 0x02 "
                + "0xFE 0x04)");
    }

    @Test
    void damagedCompressedFilesAreHandedToTheirDecoderAndRejectedByIt() throws IOException {
        assertRejectedContaining(ascii("fLaC\0\0\0\u0010"), "metadata");
        assertRejectedContaining(ascii("ID3\4\0\0\0\0\0\0"), "MP3");
        assertRejectedContaining(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0, 0}, "MP3");
    }

    @Test
    void headerCutShort() throws IOException {
        assertRejected(ascii("RIFF\0\0\0"), "header cut short: the file holds only 7 bytes");
        byte[] whole = riff("RIFF", fmt(PCM, 2, 44100, 4, 16), chunk("data", DATA));
        assertRejectedContaining(Arrays.copyOf(whole, 30), "header cut short: the 'fmt ' chunk at byte 12 claims "
                + "16 bytes but only 10 remain");
        assertRejected(Arrays.copyOf(whole, 40), "no data chunk found in 40 bytes");
    }

    @Test
    void zeroChannels() throws IOException {
        assertRejected(riff("RIFF", fmt(PCM, 0, 44100, 4, 16), chunk("data", DATA)),
                "the fmt chunk declares 0 channels");
    }

    @Test
    void tooManyChannels() throws IOException {
        assertRejected(riff("RIFF", fmt(PCM, 12, 44100, 24, 16), chunk("data", DATA)),
                "12 channels; Earshot reads 1 to 8");
    }

    @Test
    void sampleRateZeroOrAbsurd() throws IOException {
        assertRejected(riff("RIFF", fmt(PCM, 2, 0, 4, 16), chunk("data", DATA)),
                "sample rate 0 Hz is outside 8000..384000 Hz");
        assertRejected(riff("RIFF", fmt(PCM, 2, -1, 4, 16), chunk("data", DATA)),
                "sample rate 4294967295 Hz is outside 8000..384000 Hz");
        assertRejected(riff("RIFF", fmt(PCM, 2, 4000, 4, 16), chunk("data", DATA)),
                "sample rate 4000 Hz is outside 8000..384000 Hz");
    }

    @Test
    void blockAlignInconsistentWithChannelsAndBits() throws IOException {
        assertRejected(riff("RIFF", fmt(PCM, 2, 44100, 5, 16), chunk("data", DATA)),
                "block align 5 does not match 2 channels × 16 bits (4 bytes per frame)");
        assertRejected(riff("RIFF", fmt(PCM, 2, 44100, 0, 24), chunk("data", DATA)),
                "block align 0 does not match 2 channels × 24 bits (6 bytes per frame)");
    }

    @Test
    void unsupportedCodecsAreNamed() throws IOException {
        assertRejected(riff("RIFF", fmt(0x55, 2, 44100, 1, 0), chunk("data", DATA)),
                "WAV format tag 0x0055 (MP3 in WAV) is not supported");
        assertRejected(riff("RIFF", fmt(0x11, 2, 44100, 2048, 4), chunk("data", DATA)),
                "WAV format tag 0x0011 (IMA ADPCM) is not supported");
        assertRejected(riff("RIFF", fmt(0x1234, 2, 44100, 4, 16), chunk("data", DATA)),
                "WAV format tag 0x1234 is not supported");
        assertRejected(riff("RIFF", fmt(FLOAT, 2, 44100, 4, 16), chunk("data", DATA)),
                "16-bit IEEE float is not supported (32 or 64 bits)");
        assertRejected(riff("RIFF", fmt(PCM, 2, 44100, 10, 40), chunk("data", DATA)),
                "40-bit PCM is not supported (8, 16, 24 or 32 bits)");
        byte[] extensible = TestWavBytes.fmtExtensible(PCM, 2, 48000, 24, 24, 3);
        extensible[8 + 24 + 15] = 0x72; // last GUID byte: not the KSDATAFORMAT base GUID
        assertRejected(riff("RIFF", extensible, chunk("data", DATA)),
                "the WAVE_FORMAT_EXTENSIBLE subformat is not PCM or IEEE float (unknown subformat GUID)");
        assertRejected(riff("RIFF", TestWavBytes.fmtExtensible(PCM, 2, 48000, 24, 32, 3), chunk("data", DATA)),
                "the fmt chunk declares 32 valid bits in a 24-bit sample");
    }

    @Test
    void missingFmtOrDataChunk() throws IOException {
        assertRejected(riff("RIFF", chunk("data", DATA)), "no fmt chunk found in 420 bytes");
        assertRejected(riff("RIFF", fmt(PCM, 2, 44100, 4, 16), chunk("LIST", new byte[4])),
                "no data chunk found in 48 bytes");
        assertRejected(riff("RIFF"), "no fmt and no data chunk found in 12 bytes");
    }

    @Test
    void chunkSizesBeyondTheFile() throws IOException {
        assertRejected(riff("RIFF", chunkClaiming("LIST", 1_000_000_000L, new byte[10]), fmt(PCM, 2, 44100, 4, 16),
                chunk("data", DATA)), "header cut short: no fmt and no data chunk found; the 'LIST' chunk at byte 12 "
                + "claims 1000000000 bytes but the file holds only 462 bytes");
        assertRejected(riff("RIFF", chunkClaiming("fmt ", 0xFFFF_FFF0L, new byte[16]), chunk("data", DATA)),
                "header cut short: the 'fmt ' chunk at byte 12 claims 4294967280 bytes but only 424 remain in the "
                        + "file");
        assertRejected(riff("RIFF", chunkClaiming("fmt ", 8, new byte[8]), chunk("data", DATA)),
                "the fmt chunk is 8 bytes; at least 16 are needed");
    }

    @Test
    void rf64WithoutDs64() throws IOException {
        assertRejected(riff("RF64", fmt(PCM, 2, 44100, 4, 16), chunkClaiming("data", 0xFFFF_FFFFL, DATA)),
                "RF64 file without a ds64 chunk: the size of its audio data is unknown");
    }

    @Test
    void dataChunkClaimingMoreThanTheFileIsClampedNotRejected() throws IOException {
        Path file = TestAudio.write(folder, "cut.wav", riff("RIFF", fmt(PCM, 2, 44100, 4, 16),
                chunkClaiming("data", 0xFFFF_FFF0L, DATA)));
        try (PcmFileSource source = (PcmFileSource) AudioFiles.open(file)) {
            assertTrue(source.truncated());
            assertEquals(100, source.lengthFrames());
            assertEquals(0xFFFF_FFF0L / 4, source.declaredFrames());
        }
    }

    @Test
    void aiffProblems() throws IOException {
        byte[] ssnd = TestAiffBytes.ssnd(0, DATA);
        assertRejected(TestAiffBytes.form("AIFC", TestAiffBytes.comm(2, 100, 16, 44100, "ulaw"), ssnd),
                "AIFF-C compression type 'ulaw' (µ-law) is not supported");
        assertRejected(TestAiffBytes.form("AIFC", TestAiffBytes.comm(2, 100, 16, 44100, "ima4"), ssnd),
                "AIFF-C compression type 'ima4' (IMA ADPCM) is not supported");
        assertRejected(TestAiffBytes.form("AIFF", TestAiffBytes.comm(0, 100, 16, 44100, null), ssnd),
                "the COMM chunk declares 0 channels");
        assertRejected(TestAiffBytes.form("AIFF", TestAiffBytes.comm(2, 100, 0, 44100, null), ssnd),
                "0-bit integer samples are not supported (1 to 32 bits)");
        assertRejected(TestAiffBytes.form("AIFF", TestAiffBytes.comm(2, 100, 16, 44100, null)),
                "no SSND chunk found in 38 bytes");
        assertRejected(TestAiffBytes.form("AIFF", ssnd), "no COMM chunk found in 428 bytes");
        assertRejected(ascii("FORM\0\0\0\u00048SVX"), "unsupported format (IFF file of type '8SVX')");
    }

    @Test
    void aiffSampleRateZeroInfiniteOrAbsurd() throws IOException {
        byte[] comm = TestAiffBytes.comm(2, 100, 16, 44100, null);
        byte[] ssnd = TestAiffBytes.ssnd(0, DATA);
        putExtended(comm, "7FFF8000000000000000");
        assertRejected(TestAiffBytes.form("AIFF", comm, ssnd),
                "sample rate Infinity Hz in the COMM chunk is outside 8000..384000 Hz");
        putExtended(comm, "00000000000000000000");
        assertRejected(TestAiffBytes.form("AIFF", comm, ssnd),
                "sample rate 0.0 Hz in the COMM chunk is outside 8000..384000 Hz");
        putExtended(comm, "7FFFC000000000000000");
        assertRejected(TestAiffBytes.form("AIFF", comm, ssnd),
                "sample rate NaN Hz in the COMM chunk is outside 8000..384000 Hz");
        putExtended(comm, "C00EAC44000000000000");
        assertRejected(TestAiffBytes.form("AIFF", comm, ssnd),
                "sample rate -44100.0 Hz in the COMM chunk is outside 8000..384000 Hz");
        putExtended(comm, "401EAC44000000000000");
        assertRejected(TestAiffBytes.form("AIFF", comm, ssnd),
                "sample rate 2.8901376E9 Hz in the COMM chunk is outside 8000..384000 Hz");
    }

    private static void putExtended(byte[] commChunk, String hex) {
        byte[] value = HexFormat.of().parseHex(hex);
        System.arraycopy(value, 0, commChunk, 8 + 8, 10);
    }

    @Test
    void missingFileAndFolder() throws IOException {
        AudioFileException missing = assertThrows(AudioFileException.class,
                () -> AudioFiles.open(folder.resolve("gone.wav")));
        assertEquals("gone.wav: no such file", missing.getMessage());
        Path sub = Files.createDirectory(folder.resolve("album.wav"));
        AudioFileException dir = assertThrows(AudioFileException.class, () -> AudioFiles.open(sub));
        assertEquals("album.wav: is a folder, not an audio file", dir.getMessage());
    }

    @Test
    void hugeSizesAllocateNothing() throws IOException {
        ByteBuffer ds64 = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
        ds64.putLong(Long.MAX_VALUE).putLong(Long.MAX_VALUE - 7).putLong(Long.MAX_VALUE / 4).putInt(Integer.MAX_VALUE);
        Path file = TestAudio.write(folder, "huge.wav", riff("RF64", chunk("ds64", ds64.array()),
                fmt(PCM, 2, 44100, 4, 16), chunkClaiming("data", 0xFFFF_FFFFL, DATA)));
        try (PcmFileSource source = WavSource.open(file)) {
            assertTrue(source.truncated());
            assertEquals(100, source.lengthFrames());
            assertEquals(100, TestAudio.readAll(source)[0].length);
        }
    }
}
