package dev.earshot.render;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayDeque;

/**
 * A bounded supply of sample chunks shared by the renders of one {@link ProfileRenderer#renderAll} call: a render
 * that can reserve enough chunks keeps its unmatched first pass in memory instead of a temporary file. Chunks are
 * reused from render to render; at most {@code budgetBytes} of them ever exist. They live outside the Java heap
 * (direct buffers), so holding them does not make the collector grow the heap by a multiple of their size; they are
 * freed when the last reference to this supply is gone. Thread-safe.
 */
final class RenderMemory {
    /** Frames per chunk: 1 MiB of floats. */
    static final int CHUNK_FRAMES = 1 << 18;
    private static final long CHUNK_BYTES = CHUNK_FRAMES * (long) Float.BYTES;

    private final long budgetChunks;
    private final ArrayDeque<FloatBuffer> free = new ArrayDeque<>();
    private long reservedChunks;

    /** @param budgetBytes most bytes of chunks held at once, 0 or more (0 sends every render to a file) */
    RenderMemory(long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("memory budget " + budgetBytes + " bytes is negative");
        }
        this.budgetChunks = budgetBytes / CHUNK_BYTES;
    }

    /** Chunks (of one channel) that hold {@code frames} frames. */
    static long chunksFor(long frames) {
        return (frames + CHUNK_FRAMES - 1) / CHUNK_FRAMES;
    }

    /** Reserves {@code chunks} chunks if the budget has room for them; returns whether it did. */
    synchronized boolean tryReserve(long chunks) {
        if (chunks < 0 || reservedChunks + chunks > budgetChunks) {
            return false;
        }
        reservedChunks += chunks;
        return true;
    }

    /** A chunk of {@link #CHUNK_FRAMES} floats, of unspecified content, within an earlier reservation. */
    synchronized FloatBuffer take() {
        FloatBuffer chunk = free.poll();
        return chunk != null ? chunk : ByteBuffer.allocateDirect((int) CHUNK_BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
    }

    /** Returns {@code chunk} (taken from this supply) for reuse; the caller no longer touches it. */
    synchronized void giveBack(FloatBuffer chunk) {
        free.push(chunk);
    }

    /** Ends a reservation of {@code chunks} chunks, all of them given back. */
    synchronized void release(long chunks) {
        reservedChunks -= chunks;
    }
}
