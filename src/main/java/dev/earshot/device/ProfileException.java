package dev.earshot.device;

/**
 * A playback profile file cannot be used. The message is one line that names the file, the line when known and the
 * field path, e.g. {@code "car.json: line 12: field 'stages[2].widthPercent': must be between 0 and 200, got 250"}
 * or {@code "car.json: line 4: malformed JSON (Unexpected character ...)"}. The device layer's one checked exception:
 * a failed import is its subclass {@link dev.earshot.device.importer.ImportException}.
 */
public class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A problem at line {@code line} of {@code fileName} (lines count from 1; 0 or less: line unknown). */
    static ProfileException atLine(String fileName, int line, String problem) {
        return new ProfileException(located(fileName, line, problem));
    }

    /** The message {@code "file: line N: problem"}, without the line part when {@code line} is 0 or less. */
    protected static String located(String fileName, int line, String problem) {
        return fileName + ": " + (line > 0 ? "line " + line + ": " : "") + problem;
    }
}
