package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Damaged files: every outcome is either a complete read of {@code lengthFrames()} frames or one
 * {@link AudioFileException} whose message starts with the file's name. Any other exception, an OutOfMemoryError or
 * a hang fails the run. 10 000 seeded random mutations plus every truncation of every corpus file (~9 000) per run.
 */
class AudioReaderFuzzProperties {
    private static final String NAME = "fuzz.wav";
    private static final List<byte[]> CORPUS = FuzzCorpus.validFiles();
    private static final long[] INTERESTING_SIZES = {0, 1, 2, 3, 7, 8, 15, 16, 17, 18, 40, 0x7FFF_FFFFL,
        0x8000_0000L, 0xFFFF_FFFEL, 0xFFFF_FFFFL};

    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("earshot-fuzz");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        Files.deleteIfExists(folder.resolve(NAME));
        Files.deleteIfExists(folder);
    }

    enum Mutation { TRUNCATE, FLIP_HEADER_BYTES, SET_CHUNK_SIZE, SET_HEADER_WORD, MIXED }

    /** 2 000 tries × one case per mutation kind = 10 000 damaged files; the seed is fixed so a failure repeats. */
    @Property(tries = 2_000, seed = "20261125")
    void mutatedFilesReadCompletelyOrFailWithOneNamedError(@ForAll @IntRange(min = 0, max = 9) int corpusIndex,
                                                          @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        for (Mutation mutation : Mutation.values()) {
            readOrFail(mutate(CORPUS.get(corpusIndex).clone(), mutation, random));
        }
    }

    private static byte[] mutate(byte[] bytes, Mutation mutation, Random random) {
        return switch (mutation) {
            case TRUNCATE -> Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            case FLIP_HEADER_BYTES -> flipHeaderBytes(bytes, random);
            case SET_CHUNK_SIZE -> setChunkSize(bytes, random);
            case SET_HEADER_WORD -> setHeaderWord(bytes, random);
            case MIXED -> Arrays.copyOf(setChunkSize(flipHeaderBytes(bytes, random), random),
                    random.nextInt(bytes.length + 1));
        };
    }

    @Property(tries = 1)
    void everyTruncationOfEveryCorpusFileReadsAPrefixOrFailsWithOneNamedError() throws IOException {
        for (byte[] whole : CORPUS) {
            float[][] complete = readOrFail(whole);
            for (int length = 0; length < whole.length; length++) {
                float[][] prefix = readOrFail(Arrays.copyOf(whole, length));
                if (prefix != null) {
                    for (int c = 0; c < prefix.length; c++) {
                        assertArrayEquals(Arrays.copyOf(complete[c], prefix[c].length), prefix[c],
                                "a truncated file reads the first frames of the whole file");
                    }
                }
            }
        }
    }

    /** Reads the file through; returns its samples, or null if it was rejected with a proper error. */
    private static float[][] readOrFail(byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve(NAME), bytes);
        try (AudioSource source = AudioFiles.open(file)) {
            AudioFormatInfo format = source.format();
            assertTrue(format.channels() >= 1 && format.channels() <= 8);
            assertTrue(source.lengthFrames() >= 0 && source.lengthFrames() <= bytes.length);
            return TestAudio.readAll(source);
        } catch (AudioFileException e) {
            assertTrue(e.getMessage().startsWith(NAME + ": "), e.getMessage());
            return null;
        }
    }

    private static byte[] flipHeaderBytes(byte[] bytes, Random random) {
        int flips = 1 + random.nextInt(4);
        for (int i = 0; i < flips; i++) {
            int position = random.nextInt(Math.min(bytes.length, 96));
            bytes[position] ^= (byte) (1 + random.nextInt(255));
        }
        return bytes;
    }

    /** Overwrites the size field of a random chunk (found by walking the valid file) with an interesting value. */
    private static byte[] setChunkSize(byte[] bytes, Random random) {
        boolean bigEndian = bytes[0] == 'F';
        List<Integer> sizeFields = new ArrayList<>(List.of(4));
        int offset = 12;
        while (offset + 8 <= bytes.length && sizeFields.size() < 16) {
            sizeFields.add(offset + 4);
            long size = word(bytes, offset + 4, bigEndian);
            offset += 8 + (int) Math.min(size + (size & 1), bytes.length);
        }
        int field = sizeFields.get(random.nextInt(sizeFields.size()));
        long value = random.nextBoolean() ? INTERESTING_SIZES[random.nextInt(INTERESTING_SIZES.length)]
                : random.nextInt(bytes.length * 2 + 1);
        putWord(bytes, field, value, bigEndian);
        return bytes;
    }

    private static byte[] setHeaderWord(byte[] bytes, Random random) {
        int position = random.nextInt(Math.max(1, Math.min(bytes.length, 96) - 3));
        putWord(bytes, position, INTERESTING_SIZES[random.nextInt(INTERESTING_SIZES.length)], random.nextBoolean());
        return bytes;
    }

    private static long word(byte[] b, int offset, boolean bigEndian) {
        long value = 0;
        for (int k = 0; k < 4; k++) {
            value |= (long) (b[offset + (bigEndian ? 3 - k : k)] & 0xFF) << (8 * k);
        }
        return value;
    }

    private static void putWord(byte[] b, int offset, long value, boolean bigEndian) {
        for (int k = 0; k < 4 && offset + k < b.length; k++) {
            b[offset + (bigEndian ? 3 - k : k)] = (byte) (value >> (8 * k));
        }
    }
}
