package dev.earshot.device.importer;

import dev.earshot.device.ProfileException;

/**
 * A file cannot be imported as a playback profile. The message is one line a user can act on that names the file,
 * the line when one applies, and the problem, e.g. {@code "car.txt: line 14: frequency 1000 Hz is not above the
 * previous 1200 Hz (line 13)"}. When an import fails with this exception it has created nothing on disk.
 */
public class ImportException extends ProfileException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }

    /** An exception for a problem at one line of {@code fileName} (lines count from 1). */
    static ImportException atLine(String fileName, int line, String problem) {
        return new ImportException(located(fileName, line, problem));
    }

    /** An exception for a problem with {@code fileName} as a whole. */
    static ImportException inFile(String fileName, String problem) {
        return new ImportException(located(fileName, 0, problem));
    }
}
