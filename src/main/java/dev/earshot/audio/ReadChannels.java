package dev.earshot.audio;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Opens files for reading with errors a user can act on. */
final class ReadChannels {
    private ReadChannels() {
    }

    /** Opens {@code file} read-only; a missing, unreadable or folder path becomes an {@link AudioFileException}. */
    static FileChannel open(Path file) throws AudioFileException {
        if (Files.isDirectory(file)) {
            throw new AudioFileException(file, "is a folder, not an audio file");
        }
        try {
            return FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            throw new AudioFileException(file, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new AudioFileException(file, "permission denied", e);
        } catch (IOException e) {
            throw new AudioFileException(file, "cannot open: " + IoMessages.reason(e), e);
        }
    }

    /** Closes {@code channel} after a failed open, keeping {@code failure} as the error to report. */
    static void closeAfterFailure(FileChannel channel, Throwable failure) {
        try {
            channel.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
