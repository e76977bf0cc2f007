package dev.earshot.audio;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The one error type of the {@code audio} layer: a file could not be read or written. The message always names the
 * file and says what is wrong with it in words a user can act on, e.g.
 * {@code "master.wav: data chunk claims 4294967040 bytes but the file holds 12582912"}.
 */
public class AudioFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public AudioFileException(Path file, String problem) {
        super(name(file) + ": " + problem);
    }

    public AudioFileException(Path file, String problem, Throwable cause) {
        super(name(file) + ": " + problem, cause);
    }

    private static String name(Path file) {
        if (file == null) {
            return "<stream>";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
