package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WholeSourceTest {

    private static float[] noise(long seed, int frames) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] row = new float[frames];
        for (int i = 0; i < frames; i++) {
            row[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return row;
    }

    @Test
    void readsEverySampleOfEveryChannelAcrossManyBlocks() throws IOException {
        int frames = 3 * WholeSource.BLOCK_FRAMES + 123;
        float[] left = noise(1, frames);
        float[] right = noise(2, frames);
        float[][] rows = WholeSource.read(ArraySource.of(48_000, left, right), WholeSource.MAX_FRAMES);
        assertArrayEquals(left, rows[0]);
        assertArrayEquals(right, rows[1]);
    }

    @Test
    void stopsSoonAfterTheLimitAndSaysSoByReturningMoreThanIt() throws IOException {
        int limit = WholeSource.BLOCK_FRAMES + 10;
        float[][] rows = WholeSource.read(ArraySource.of(48_000, noise(3, 10 * WholeSource.BLOCK_FRAMES)), limit);
        assertTrue(rows[0].length > limit && rows[0].length <= limit + WholeSource.BLOCK_FRAMES,
                "read " + rows[0].length + " frames");
        float[][] exact = WholeSource.read(ArraySource.of(48_000, noise(4, limit)), limit);
        assertTrue(exact[0].length == limit, "a source of exactly the limit is read whole");
    }
}
