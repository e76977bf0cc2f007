package dev.earshot.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Opens audio files by what their bytes say they are, not by their names: WAV (RIFF, RF64, BW64), AIFF and AIFF-C
 * are read here, FLAC by {@link FlacSource} and MP3 by {@link Mp3Source}. Every failure is one
 * {@link AudioFileException} that names the file and says what it looks like instead ("empty file (0 bytes)",
 * "not an audio file (starts with text)", "unsupported format (OggS ...)"). Thread-safe: no shared state.
 */
public final class AudioFiles {
    private AudioFiles() {
    }

    /**
     * Opens {@code file} as a streaming source. The caller closes it. WAV and AIFF files open as a
     * {@link PcmFileSource}, whose {@link PcmFileSource#truncated()} says whether the audio data was cut short (such
     * a file still reads, up to the last whole frame present).
     *
     * @throws AudioFileException if the file is missing, unreadable, not audio, damaged or in an unsupported format
     */
    public static AudioSource open(Path file) throws IOException {
        FileChannel channel = ReadChannels.open(file);
        FileSniffer.Result kind;
        try {
            kind = sniff(file, channel);
        } catch (IOException | RuntimeException e) {
            ReadChannels.closeAfterFailure(channel, e);
            throw e;
        }
        if (kind.kind() == FileSniffer.Kind.WAV) {
            return WavSource.open(file, channel);
        }
        if (kind.kind() == FileSniffer.Kind.AIFF) {
            return AiffSource.open(file, channel);
        }
        channel.close();
        return switch (kind.kind()) {
            case FLAC -> FlacSource.open(file);
            case MP3 -> Mp3Source.open(file);
            default -> throw new AudioFileException(file, kind.problem());
        };
    }

    /**
     * Opens {@code file}, reads its format and closes it.
     *
     * @throws AudioFileException as {@link #open}
     */
    public static AudioFormatInfo probe(Path file) throws IOException {
        try (AudioSource source = open(file)) {
            return source.format();
        }
    }

    private static FileSniffer.Result sniff(Path file, FileChannel channel) throws IOException {
        try {
            ByteBuffer head = ByteBuffer.allocate(FileSniffer.HEAD_BYTES);
            while (head.hasRemaining() && channel.read(head, head.position()) >= 0) {
                // read until the buffer is full or the file ends
            }
            return FileSniffer.sniff(head.array(), head.position(), channel.size());
        } catch (IOException e) {
            throw new AudioFileException(file, "cannot read: " + IoMessages.reason(e), e);
        }
    }
}
