package dev.earshot.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Positional reads of small header structures from an open file. Every read is bounded by the caller (at most a few
 * hundred bytes), never by a value taken from the file, so a hostile header cannot make it allocate much.
 */
final class HeaderReader {
    /** The largest single header structure read; fmt and COMM chunks are far smaller. */
    static final int MAX_READ_BYTES = 256;

    private final Path file;
    private final FileChannel channel;
    private final long sizeBytes;

    HeaderReader(Path file, FileChannel channel) throws IOException {
        this.file = file;
        this.channel = channel;
        this.sizeBytes = channel.size();
    }

    Path file() {
        return file;
    }

    FileChannel channel() {
        return channel;
    }

    long sizeBytes() {
        return sizeBytes;
    }

    /**
     * Reads exactly {@code length} bytes at {@code position}.
     *
     * @param what names the structure for the error message, e.g. "the fmt chunk"
     * @throws AudioFileException if the file ends first ("header cut short")
     */
    byte[] read(long position, int length, String what) throws IOException {
        if (length < 0 || length > MAX_READ_BYTES) {
            throw new IllegalArgumentException("header read of " + length + " bytes");
        }
        if (position < 0 || position + length > sizeBytes) {
            throw error("header cut short: " + what + " needs " + length + " bytes at byte " + position
                    + " but the file holds only " + sizeBytes + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, position + buffer.position());
            if (n < 0) {
                throw error("header cut short: the file ended at byte " + (position + buffer.position())
                        + " while reading " + what);
            }
        }
        return buffer.array();
    }

    /**
     * The stream format, with the format's own range checks turned into an error naming this file.
     *
     * @param sampleRate as read from the header; may be absurd
     */
    AudioFormatInfo formatInfo(long sampleRate, int channels, int bitsPerSample, SampleEncoding encoding,
                               String container) throws AudioFileException {
        if (sampleRate < AudioFormatInfo.MIN_SAMPLE_RATE || sampleRate > AudioFormatInfo.MAX_SAMPLE_RATE) {
            throw error("sample rate " + sampleRate + " Hz is outside " + AudioFormatInfo.MIN_SAMPLE_RATE + ".."
                    + AudioFormatInfo.MAX_SAMPLE_RATE + " Hz");
        }
        try {
            return new AudioFormatInfo((int) sampleRate, channels, bitsPerSample, encoding, container);
        } catch (IllegalArgumentException e) {
            throw new AudioFileException(file, e.getMessage(), e);
        }
    }

    AudioFileException error(String problem) {
        return new AudioFileException(file, problem);
    }
}
