package dev.earshot.audio;

import java.io.Closeable;
import java.io.IOException;

/**
 * A streaming audio reader: it delivers the stream block by block as deinterleaved floats in [-1, 1] (full scale;
 * float files may exceed it). Memory use is independent of the stream's length. Not thread-safe: one thread reads.
 */
public interface AudioSource extends Closeable {

    /** The stream's format; never changes. */
    AudioFormatInfo format();

    /**
     * Length in frames. Exact for PCM files and for FLAC files whose STREAMINFO states it; for MP3 exact when the
     * file has an encoder's Info/Xing tag, otherwise an estimate from the bit rate until the file has been read
     * through. {@code -1} when unknown (a FLAC stream that does not state its length); callers that show progress
     * must allow for that.
     */
    long lengthFrames();

    /**
     * Reads up to {@code maxFrames} frames into {@code block[channel][0..n)}. Blocks until at least one frame is
     * available or the stream has ended. {@code block} must have at least {@code format().channels()} rows, each
     * at least {@code maxFrames} long; the caller owns it.
     *
     * @return the number of frames read, {@code >= 1}, or {@code -1} at the end of the stream
     * @throws AudioFileException if the file turns out to be damaged while reading (the message names the file)
     */
    int read(float[][] block, int maxFrames) throws IOException;

    @Override
    void close() throws IOException;
}
