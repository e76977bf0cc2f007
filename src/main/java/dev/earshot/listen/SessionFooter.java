package dev.earshot.listen;

import java.time.Instant;
import java.util.Objects;

/**
 * The last line of a finished session log.
 *
 * @param seedHex the revealed session seed, lower-case hex (64 characters)
 * @param result  the result as computed by the caller
 * @param endTime when the session finished (UTC)
 * @param signature base64 Ed25519 signature of the footer line ({@link LogSigning}), or null when unsigned; the
 *                  writer ignores this field and signs when its session is signed
 */
public record SessionFooter(String seedHex, LoggedResult result, Instant endTime, String signature) {
    public SessionFooter {
        Objects.requireNonNull(seedHex, "seedHex");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(endTime, "endTime");
    }

    /** An unsigned footer. */
    public SessionFooter(String seedHex, LoggedResult result, Instant endTime) {
        this(seedHex, result, endTime, null);
    }
}
