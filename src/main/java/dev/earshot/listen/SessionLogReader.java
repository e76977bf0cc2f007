package dev.earshot.listen;

import dev.earshot.listen.LogScanner.Scan;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/** Reads a session log to resume it after a crash. Stateless and thread-safe; one caller per log at a time. */
public final class SessionLogReader {
    private SessionLogReader() {
    }

    /**
     * Reads {@code log}, repairs a partial last line (a crash during a write) by truncating exactly those bytes
     * (earlier lines are never rewritten), checks what remains and tells where the session stands.
     *
     * @throws IOException if the log cannot be read or truncated, has no readable header, or fails verification
     *                     (the message lists each problem as "line N: ...")
     */
    public static ResumeState resumeState(Path log) throws IOException {
        byte[] content;
        Scan scan;
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException(log.getFileName() + ": too large for a session log (" + size + " bytes)");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) size);
            while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
                // read everything
            }
            content = Arrays.copyOf(buffer.array(), buffer.position());
            scan = new LogScanner().scan(content);
            if (scan.partialBytes() > 0) {
                channel.truncate(scan.completeBytes());
                channel.force(true);
                content = Arrays.copyOf(content, (int) scan.completeBytes());
            }
        }
        VerificationReport report = SessionLogVerifier.verify(content, SeedSidecar.readIfPresent(log), null, false);
        if (scan.header() == null || !report.ok()) {
            String problems = report.ok() ? "line 1: no readable header" : String.join("; ", report.problems());
            throw new IOException(log.getFileName() + ": cannot resume: " + problems);
        }
        Scan clean = new LogScanner().scan(content);
        int training = (int) clean.trials().stream().filter(t -> t.record().training()).count();
        int nextIndex = clean.trials().isEmpty() ? 1 : clean.trials().get(clean.trials().size() - 1).record().index()
                + 1;
        return new ResumeState(clean.header(), clean.trials().size() - training, training, nextIndex,
                clean.footer() != null, scan.partialBytes(), clean.lastLineSha256());
    }
}
