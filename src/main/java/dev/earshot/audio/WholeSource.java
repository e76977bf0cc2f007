package dev.earshot.audio;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads an {@link AudioSource} to its end into memory, for the things that need all of a file at once (impulse
 * responses, reference tracks, blind-test stimuli). Runs on the caller's thread; allocates the rows, growing them by
 * doubling, and a block of {@value #BLOCK_FRAMES} frames.
 */
public final class WholeSource {
    /** Frames asked of the source per read. */
    public static final int BLOCK_FRAMES = 8192;
    /** The most frames a row can hold here (a Java array's limit less a block). */
    public static final int MAX_FRAMES = Integer.MAX_VALUE - 8 - BLOCK_FRAMES;

    private WholeSource() {
    }

    /**
     * Reads from where {@code source} is to its end, or until more than {@code maxFrames} frames have been read.
     *
     * @param maxFrames the most frames the caller accepts, 1 to {@link #MAX_FRAMES}
     * @return one row per channel of the source, as many frames as were read: more than {@code maxFrames} (by at most
     *         one block) when the source is longer and was not read to its end, which the caller reports as it likes
     * @throws IOException if the source fails
     */
    public static float[][] read(AudioSource source, int maxFrames) throws IOException {
        if (maxFrames < 1 || maxFrames > MAX_FRAMES) {
            throw new IllegalArgumentException("maxFrames must be 1 to " + MAX_FRAMES + ", was " + maxFrames);
        }
        int channels = source.format().channels();
        long declared = source.lengthFrames();
        int capacity = (int) Math.min(maxFrames, Math.max(BLOCK_FRAMES, declared));
        float[][] rows = new float[channels][capacity];
        float[][] block = new float[channels][BLOCK_FRAMES];
        int length = 0;
        int n;
        while (length <= maxFrames && (n = source.read(block, BLOCK_FRAMES)) > 0) {
            if (length + n > rows[0].length) {
                int grown = (int) Math.min((long) maxFrames + BLOCK_FRAMES, Math.max(length + n,
                        2L * rows[0].length));
                for (int c = 0; c < channels; c++) {
                    rows[c] = Arrays.copyOf(rows[c], grown);
                }
            }
            for (int c = 0; c < channels; c++) {
                System.arraycopy(block[c], 0, rows[c], length, n);
            }
            length += n;
        }
        for (int c = 0; c < channels; c++) {
            rows[c] = Arrays.copyOf(rows[c], length);
        }
        return rows;
    }
}
