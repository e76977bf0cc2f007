package dev.earshot.audio;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens audio files for buffered sequential reading, turning "cannot open" into an {@link AudioFileException}. */
final class FileInput {
    private static final int BUFFER_BYTES = 1 << 16;

    private FileInput() {
    }

    /** A buffered stream over {@code file}; the caller closes it. */
    static InputStream open(Path file) throws AudioFileException {
        try {
            return new BufferedInputStream(Files.newInputStream(file), BUFFER_BYTES);
        } catch (NoSuchFileException e) {
            throw new AudioFileException(file, "file not found", e);
        } catch (IOException e) {
            throw new AudioFileException(file, "cannot be opened: " + e.getMessage(), e);
        }
    }
}
