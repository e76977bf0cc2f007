package dev.earshot.device;

/**
 * A playback profile file cannot be used. The message is one line that names the file, the line when known and the
 * field path, e.g. {@code "car.json: line 12: field 'stages[2].widthPercent': must be between 0 and 200, got 250"}
 * or {@code "car.json: line 4: malformed JSON (Unexpected character ...)"}.
 */
public class ProfileException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
