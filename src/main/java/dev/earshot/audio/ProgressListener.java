package dev.earshot.audio;

/**
 * Receives the progress of long work. Called on the worker thread; implementations must be quick and thread-safe.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = fraction -> { };

    /** @param fraction done so far, 0 to 1, non-decreasing */
    void progress(double fraction);
}
