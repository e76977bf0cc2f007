package dev.earshot.measure;

import java.io.IOException;

/** An audio device a live measurement needs is missing or cannot be opened; the message names it. */
public final class DeviceUnavailableException extends IOException {
    private static final long serialVersionUID = 1L;

    public DeviceUnavailableException(String message) {
        super(message);
    }

    public DeviceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
