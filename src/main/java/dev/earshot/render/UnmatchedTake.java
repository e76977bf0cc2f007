package dev.earshot.render;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.SampleEncoding;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The first pass of a level-matched render: the chain's stereo output before the matching gain, written once and
 * replayed once. Kept in chunks from a {@link RenderMemory} when it reserved room for the expected length (or can
 * still reserve more), otherwise in a temporary 32-bit float WAV file; both replay exactly the floats written, so
 * the final file does not depend on where they were kept. When memory runs out part-way, what is held moves to the
 * file. Not thread-safe: one render writes, then replays.
 */
final class UnmatchedTake implements Closeable {
    private static final int CHANNELS = 2;

    private final RenderMemory memory;
    private final Path spillFile;
    private final int sampleRate;
    private final List<FloatBuffer>[] chunks;
    private long reservedChunks;
    private long frames;
    private WavWriter spill;
    private boolean spilled;

    /**
     * @param memory         the shared chunk supply
     * @param spillFile      where the floats go if memory does not suffice; created only then, deleted by close
     * @param sampleRate     of the audio, in Hz
     * @param expectedFrames the length the render will have, or -1 if unknown (then the file is used)
     */
    @SuppressWarnings("unchecked")
    UnmatchedTake(RenderMemory memory, Path spillFile, int sampleRate, long expectedFrames) throws IOException {
        this.memory = memory;
        this.spillFile = spillFile;
        this.sampleRate = sampleRate;
        this.chunks = new List[] {new ArrayList<FloatBuffer>(), new ArrayList<FloatBuffer>()};
        long wanted = CHANNELS * RenderMemory.chunksFor(Math.max(0, expectedFrames));
        if (expectedFrames >= 0 && memory.tryReserve(wanted)) {
            reservedChunks = wanted;
        } else {
            startSpill();
        }
    }

    /** True while the floats are held in memory (for tests and diagnostics). */
    boolean inMemory() {
        return !spilled;
    }

    /** Appends {@code count} frames of {@code block[0..1][0..count)}; the block stays the caller's. */
    void write(float[][] block, int count) throws IOException {
        if (spilled) {
            spill.write(block, count);
            frames += count;
            return;
        }
        long needed = CHANNELS * RenderMemory.chunksFor(frames + count);
        if (needed > reservedChunks) {
            if (memory.tryReserve(needed - reservedChunks)) {
                reservedChunks = needed;
            } else {
                moveToFile();
                write(block, count);
                return;
            }
        }
        int done = 0;
        while (done < count) {
            int offset = (int) (frames % RenderMemory.CHUNK_FRAMES);
            int n = Math.min(count - done, RenderMemory.CHUNK_FRAMES - offset);
            for (int c = 0; c < CHANNELS; c++) {
                if (offset == 0) {
                    chunks[c].add(memory.take());
                }
                chunks[c].get(chunks[c].size() - 1).put(offset, block[c], done, n);
            }
            done += n;
            frames += n;
        }
    }

    /**
     * Ends writing and returns a source that reads the frames back in order as 32-bit float stereo at the sample
     * rate; the caller closes it before closing this take.
     */
    AudioSource replay() throws IOException {
        if (spilled) {
            spill.commit();
            spill.close();
            return AudioFiles.open(spillFile);
        }
        return new ChunkSource();
    }

    /** Gives the memory back and deletes the file, if any. */
    @Override
    public void close() throws IOException {
        for (List<FloatBuffer> channel : chunks) {
            for (FloatBuffer chunk : channel) {
                memory.giveBack(chunk);
            }
            channel.clear();
        }
        memory.release(reservedChunks);
        reservedChunks = 0;
        try {
            if (spill != null) {
                spill.close();
            }
        } finally {
            Files.deleteIfExists(spillFile);
        }
    }

    private void startSpill() throws IOException {
        spill = WavWriter.create(spillFile, sampleRate, CHANNELS, WavSampleFormat.FLOAT32, 0);
        spilled = true;
    }

    /** Writes what memory holds to the file, gives the memory back and continues in the file. */
    private void moveToFile() throws IOException {
        startSpill();
        float[][] block = new float[CHANNELS][RenderMemory.CHUNK_FRAMES];
        for (int k = 0; k < chunks[0].size(); k++) {
            int n = (int) Math.min(RenderMemory.CHUNK_FRAMES, frames - (long) k * RenderMemory.CHUNK_FRAMES);
            for (int c = 0; c < CHANNELS; c++) {
                chunks[c].get(k).get(0, block[c], 0, n);
            }
            spill.write(block, n);
        }
        for (List<FloatBuffer> channel : chunks) {
            for (FloatBuffer chunk : channel) {
                memory.giveBack(chunk);
            }
            channel.clear();
        }
        memory.release(reservedChunks);
        reservedChunks = 0;
    }

    /** Reads the chunks back; allocates nothing per read. */
    private final class ChunkSource implements AudioSource {
        private final AudioFormatInfo format = new AudioFormatInfo(sampleRate, CHANNELS, 32,
                SampleEncoding.PCM_FLOAT, "memory");
        private long position;

        @Override
        public AudioFormatInfo format() {
            return format;
        }

        @Override
        public long lengthFrames() {
            return frames;
        }

        @Override
        public int read(float[][] block, int maxFrames) {
            if (position >= frames) {
                return -1;
            }
            int chunk = (int) (position / RenderMemory.CHUNK_FRAMES);
            int offset = (int) (position % RenderMemory.CHUNK_FRAMES);
            int n = (int) Math.min(Math.min(maxFrames, RenderMemory.CHUNK_FRAMES - offset), frames - position);
            for (int c = 0; c < CHANNELS; c++) {
                chunks[c].get(chunk).get(offset, block[c], 0, n);
            }
            position += n;
            return n;
        }

        @Override
        public void close() {
            // The chunks belong to the take, which gives them back.
        }
    }
}
