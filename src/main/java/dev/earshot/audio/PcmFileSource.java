package dev.earshot.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * A streaming reader of an uncompressed (PCM or float) audio file. It keeps one 64 KiB buffer, so memory use is
 * independent of the file's length. Not thread-safe: one thread reads.
 *
 * <p>A file whose audio data was cut short (the header promises more than the file holds) is still readable: the
 * source delivers the frames present, {@link #lengthFrames()} counts those, and {@link #truncated()} says so.
 */
public abstract sealed class PcmFileSource implements AudioSource permits WavSource, AiffSource {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final Path file;
    private final FileChannel channel;
    private final PcmLayout layout;
    private final ByteBuffer buffer;
    private final int bufferFrames;
    private long framesRead;
    private boolean closed;

    /** Reads a file's header into its layout. */
    interface HeaderParser {
        PcmLayout parse(HeaderReader reader) throws IOException;
    }

    /** Builds a source of one format over an open channel and its layout. */
    interface Constructor<S extends PcmFileSource> {
        S create(Path file, FileChannel channel, PcmLayout layout);
    }

    /**
     * Reads the header from {@code channel} with {@code parser} and builds the source, which then owns the channel;
     * closes the channel if either fails, so that a caller who gets an exception owns nothing.
     */
    static <S extends PcmFileSource> S openWith(Path file, FileChannel channel, HeaderParser parser,
                                                Constructor<S> constructor) throws IOException {
        try {
            return constructor.create(file, channel, parser.parse(new HeaderReader(file, channel)));
        } catch (IOException | RuntimeException e) {
            ReadChannels.closeAfterFailure(channel, e);
            throw e;
        }
    }

    PcmFileSource(Path file, FileChannel channel, PcmLayout layout) {
        this.file = file;
        this.channel = channel;
        this.layout = layout;
        this.bufferFrames = BUFFER_BYTES / layout.frameBytes();
        this.buffer = ByteBuffer.allocate(bufferFrames * layout.frameBytes());
    }

    @Override
    public AudioFormatInfo format() {
        return layout.format();
    }

    /** Frames present in the file; fewer than the header declares if the file is {@link #truncated()}. */
    @Override
    public long lengthFrames() {
        return layout.frames();
    }

    /** Frames the header declares; equal to {@link #lengthFrames()} unless the file is truncated. */
    public long declaredFrames() {
        return layout.declaredFrames();
    }

    /** True if the audio data ends before the header says it should (e.g. a copy cut short). */
    public boolean truncated() {
        return layout.frames() < layout.declaredFrames();
    }

    /** The file this source reads. */
    public Path file() {
        return file;
    }

    @Override
    public int read(float[][] block, int maxFrames) throws IOException {
        if (closed) {
            throw new AudioFileException(file, "read after close");
        }
        if (maxFrames < 1) {
            throw new IllegalArgumentException("maxFrames " + maxFrames + " < 1");
        }
        long remaining = layout.frames() - framesRead;
        if (remaining <= 0) {
            return -1;
        }
        int frames = (int) Math.min(Math.min(maxFrames, remaining), bufferFrames);
        int frameBytes = layout.frameBytes();
        long position = layout.dataOffset() + framesRead * frameBytes;
        buffer.clear().limit(frames * frameBytes);
        try {
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new AudioFileException(file, "the file ended at byte " + (position + buffer.position())
                            + " while reading audio; was it shortened while open?");
                }
            }
        } catch (AudioFileException e) {
            throw e;
        } catch (IOException e) {
            throw new AudioFileException(file, "could not read audio data: " + IoMessages.reason(e), e);
        }
        SampleDecoder.decode(layout.coding(), buffer.array(), frames, layout.format().channels(), block);
        framesRead += frames;
        return frames;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        channel.close();
    }
}
