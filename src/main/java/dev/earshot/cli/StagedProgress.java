package dev.earshot.cli;

import dev.earshot.audio.ProgressListener;

/**
 * One terminal progress bar per stage of a long job ("Analysing 12 profiles", "Codec preview", "Writing"): opening a
 * stage ends the previous stage's bar, and a stage's listener goes quiet once a later stage has opened. Thread-safe.
 */
final class StagedProgress implements AutoCloseable {
    private TerminalProgress current;

    /** Ends the current bar and opens one labelled {@code label}; returns its listener. */
    synchronized ProgressListener stage(String label) {
        if (current != null) {
            current.close();
        }
        TerminalProgress bar = TerminalProgress.onStderr(label);
        current = bar;
        return fraction -> {
            synchronized (this) {
                if (current == bar) {
                    bar.progress(fraction);
                }
            }
        };
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
