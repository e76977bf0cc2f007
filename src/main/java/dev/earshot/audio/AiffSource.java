package dev.earshot.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Streams an AIFF or AIFF-C file: big-endian integer samples of 1 to 32 bits, and the AIFF-C compression types
 * {@code NONE}, {@code twos}, {@code sowt} (little-endian integers), {@code in24}, {@code in32}, {@code fl32} /
 * {@code FL32} and {@code fl64} / {@code FL64} (big-endian IEEE floats); 1 to 8 channels, 8 to 384 kHz. Chunks
 * other than COMM and SSND are skipped. Not thread-safe.
 */
public final class AiffSource extends PcmFileSource {

    private AiffSource(Path file, FileChannel channel, PcmLayout layout) {
        super(file, channel, layout);
    }

    /**
     * Opens {@code file} and reads its header; the samples are read on demand by {@link #read}.
     *
     * @throws AudioFileException if the file is missing, not an AIFF file, damaged or in an unsupported format; the
     *                            message names the file and the problem
     */
    public static AiffSource open(Path file) throws IOException {
        return open(file, ReadChannels.open(file));
    }

    /** Reads the header from {@code channel}, which the source then owns; closes it if the header is bad. */
    static AiffSource open(Path file, FileChannel channel) throws IOException {
        return openWith(file, channel, AiffHeaderParser::parse, AiffSource::new);
    }
}
