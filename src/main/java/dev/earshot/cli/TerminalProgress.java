package dev.earshot.cli;

import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress bar on stderr for work that takes more than about a second. Draws nothing when stderr is not a
 * terminal (redirected to a file or a pipe) and nothing for work that finishes within the first second.
 */
final class TerminalProgress implements ProgressListener, AutoCloseable {
    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 100_000_000L;
    private static final int BAR_WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private final boolean enabled;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private boolean drawn;

    private TerminalProgress(PrintStream out, String label, boolean enabled) {
        this.out = out;
        this.label = label;
        this.enabled = enabled;
    }

    /** A progress bar labelled {@code label} that shows only if stderr is a terminal. */
    static TerminalProgress onStderr(String label) {
        return new TerminalProgress(System.err, label, stderrIsTerminal());
    }

    @Override
    public synchronized void progress(double fraction) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - startNanos < SHOW_AFTER_NANOS || (drawn && now - lastDrawNanos < REDRAW_NANOS && fraction < 1)) {
            return;
        }
        double clamped = Math.max(0, Math.min(1, fraction));
        int filled = (int) Math.round(clamped * BAR_WIDTH);
        double elapsedSeconds = (now - startNanos) / 1e9;
        String eta = clamped > 0.02 && clamped < 1
                ? String.format(" %4.0f s left", elapsedSeconds * (1 - clamped) / clamped) : "";
        out.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
                + String.format("%3.0f%%", clamped * 100) + eta + "   ");
        out.flush();
        lastDrawNanos = now;
        drawn = true;
    }

    /** Ends the line if a bar was drawn. */
    @Override
    public synchronized void close() {
        if (drawn) {
            out.print("\r" + " ".repeat(label.length() + BAR_WIDTH + 24) + "\r");
            out.flush();
        }
    }

    private static boolean stderrIsTerminal() {
        Path fd2 = Path.of("/proc/self/fd/2");
        if (Files.exists(fd2)) {
            try {
                String target = Files.readSymbolicLink(fd2).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
