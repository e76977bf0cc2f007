package dev.earshot.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Streams a WAV file: RIFF/WAVE, RF64/WAVE or BW64/WAVE with PCM 8 (unsigned), 16, 24 or 32-bit integer samples,
 * IEEE float 32 or 64-bit samples, plain or WAVE_FORMAT_EXTENSIBLE, 1 to 8 channels, 8 to 384 kHz. Chunks other
 * than fmt, data and ds64 are skipped. Not thread-safe.
 */
public final class WavSource extends PcmFileSource {

    private WavSource(Path file, FileChannel channel, PcmLayout layout) {
        super(file, channel, layout);
    }

    /**
     * Opens {@code file} and reads its header; the samples are read on demand by {@link #read}.
     *
     * @throws AudioFileException if the file is missing, not a WAV file, damaged or in an unsupported format; the
     *                            message names the file and the problem
     */
    public static WavSource open(Path file) throws IOException {
        return open(file, ReadChannels.open(file));
    }

    /** Reads the header from {@code channel}, which the source then owns; closes it if the header is bad. */
    static WavSource open(Path file, FileChannel channel) throws IOException {
        return openWith(file, channel, WavHeaderParser::parse, WavSource::new);
    }
}
