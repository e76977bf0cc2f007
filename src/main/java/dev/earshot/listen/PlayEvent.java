package dev.earshot.listen;

/**
 * One switch of playback during a trial.
 *
 * @param label    the neutral label the listener selected ({@code "A"}, {@code "B"}, {@code "X"}, {@code "1"} ..
 *                 {@code "3"}); never the hidden stimulus behind a slot
 * @param offsetMs time since the trial started, in milliseconds (&gt;= 0)
 */
public record PlayEvent(String label, long offsetMs) {
    public PlayEvent {
        if (label == null || label.isEmpty()) {
            throw new IllegalArgumentException("play event needs a label");
        }
        if (offsetMs < 0) {
            throw new IllegalArgumentException("play event offset must be >= 0 ms, was " + offsetMs);
        }
    }
}
