package dev.earshot.listen;

import java.time.Instant;
import java.util.Objects;

/**
 * The last line of a finished session log.
 *
 * @param seedHex the revealed session seed, lower-case hex (64 characters)
 * @param result  the result as computed by the caller
 * @param endTime when the session finished (UTC)
 */
public record SessionFooter(String seedHex, LoggedResult result, Instant endTime) {
    public SessionFooter {
        Objects.requireNonNull(seedHex, "seedHex");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(endTime, "endTime");
    }
}
