package dev.earshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnmatchedTakeTest {
    private static final long CHUNK_BYTES = RenderMemory.CHUNK_FRAMES * 4L;
    private static final int FRAMES = RenderMemory.CHUNK_FRAMES * 2 + 12_345;

    @TempDir
    Path dir;

    private static float[][] noise(int frames) {
        Random random = new Random(11);
        float[][] x = new float[2][frames];
        for (float[] row : x) {
            for (int i = 0; i < frames; i++) {
                row[i] = (float) random.nextGaussian();
            }
        }
        x[0][5] = Float.NaN;
        x[1][6] = -0f;
        return x;
    }

    /** Writes {@code x} in blocks of 1000 frames, replays it in blocks of 777 and returns what came back. */
    private static float[][] roundTrip(UnmatchedTake take, float[][] x) throws IOException {
        float[][] block = new float[2][1000];
        for (int done = 0; done < x[0].length; done += 1000) {
            int n = Math.min(1000, x[0].length - done);
            for (int c = 0; c < 2; c++) {
                System.arraycopy(x[c], done, block[c], 0, n);
                Arrays.fill(block[c], n, 1000, 99f);
            }
            take.write(block, n);
        }
        float[][] back = new float[2][x[0].length];
        float[][] read = new float[2][777];
        try (AudioSource source = take.replay()) {
            assertEquals(x[0].length, source.lengthFrames());
            assertEquals(48_000, source.format().sampleRate());
            int pos = 0;
            int n;
            while ((n = source.read(read, 777)) > 0) {
                for (int c = 0; c < 2; c++) {
                    System.arraycopy(read[c], 0, back[c], pos, n);
                }
                pos += n;
            }
            assertEquals(x[0].length, pos);
        }
        return back;
    }

    private static void assertBitIdentical(float[][] expected, float[][] actual) {
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < expected[c].length; i++) {
                assertEquals(Float.floatToRawIntBits(expected[c][i]), Float.floatToRawIntBits(actual[c][i]),
                        "channel " + c + " frame " + i);
            }
        }
    }

    @Test
    void takeWithinTheBudgetStaysInMemoryAndReplaysEveryBitWithoutAFile() throws IOException {
        RenderMemory memory = new RenderMemory(6 * CHUNK_BYTES);
        float[][] x = noise(FRAMES);
        Path spill = dir.resolve("spill.wav");
        try (UnmatchedTake take = new UnmatchedTake(memory, spill, 48_000, FRAMES)) {
            assertTrue(take.inMemory());
            assertBitIdentical(x, roundTrip(take, x));
            assertFalse(Files.exists(spill));
        }
        assertTrue(memory.tryReserve(6), "all six chunks are free again after close");
    }

    @Test
    void takeWithoutRoomGoesToAFileThatReplaysEveryBitAndIsDeleted() throws IOException {
        RenderMemory memory = new RenderMemory(5 * CHUNK_BYTES);
        float[][] x = noise(FRAMES);
        Path spill = dir.resolve("spill.wav");
        try (UnmatchedTake take = new UnmatchedTake(memory, spill, 48_000, FRAMES)) {
            assertFalse(take.inMemory(), "6 chunks needed, 5 allowed");
            assertBitIdentical(x, roundTrip(take, x));
        }
        assertFalse(Files.exists(spill));
        try (UnmatchedTake take = new UnmatchedTake(memory, spill, 48_000, -1)) {
            assertFalse(take.inMemory(), "unknown length goes to the file");
        }
    }

    @Test
    void takeLongerThanExpectedMovesToTheFileWhenMemoryRunsOutAndLosesNothing() throws IOException {
        RenderMemory memory = new RenderMemory(4 * CHUNK_BYTES);
        float[][] x = noise(FRAMES);
        Path spill = dir.resolve("spill.wav");
        try (UnmatchedTake take = new UnmatchedTake(memory, spill, 48_000, 1000)) {
            assertTrue(take.inMemory());
            float[][] back = roundTrip(take, x);
            assertFalse(take.inMemory(), "the third chunk per channel did not fit");
            assertBitIdentical(x, back);
        }
        assertFalse(Files.exists(spill));
        assertTrue(memory.tryReserve(4), "the memory was given back when the take moved to the file");
    }
}
