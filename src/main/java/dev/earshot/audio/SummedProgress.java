package dev.earshot.audio;

/**
 * Sums the fractions of several parts of one job (parallel passes, renders) into one overall fraction: the mean of
 * each part's highest fraction so far, clamped to 1, handed on only when it has grown. Thread-safe: parts may
 * report from any thread; the listener is called under this object's lock.
 */
public final class SummedProgress {
    private final double[] fractions;
    private final ProgressListener listener;
    private double reported;

    /**
     * @param parts    how many parts (fewer than 1 counts as 1)
     * @param listener told the overall fraction, 0..1
     */
    public SummedProgress(int parts, ProgressListener listener) {
        this.fractions = new double[Math.max(1, parts)];
        this.listener = listener;
    }

    /** Part {@code index} (0-based) has come to {@code fraction} (0..1). */
    public synchronized void update(int index, double fraction) {
        fractions[index] = Math.max(fractions[index], Math.min(1.0, fraction));
        double sum = 0;
        for (double f : fractions) {
            sum += f;
        }
        double overall = sum / fractions.length;
        if (overall > reported) {
            reported = overall;
            listener.progress(overall);
        }
    }
}
