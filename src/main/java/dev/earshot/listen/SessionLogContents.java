package dev.earshot.listen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a session log holds, read without changing the file (unlike {@link SessionLogReader#resumeState}) and
 * without judging it: pair it with {@link SessionLogVerifier#verify(Path)}.
 *
 * @param header the header, or null when line 1 is not a readable header
 * @param trials every readable trial line, training included, in file order
 * @param footer the footer, or null for an unfinished session
 */
public record SessionLogContents(SessionHeader header, List<TrialRecord> trials, SessionFooter footer) {
    public SessionLogContents {
        trials = List.copyOf(trials);
    }

    /**
     * Reads {@code log}.
     *
     * @throws IOException if the file cannot be read
     */
    public static SessionLogContents read(Path log) throws IOException {
        LogScanner.Scan scan = new LogScanner().scan(Files.readAllBytes(log));
        return new SessionLogContents(scan.header(), scan.trials().stream().map(LogScanner.ScannedTrial::record)
                .toList(), scan.footer());
    }
}
