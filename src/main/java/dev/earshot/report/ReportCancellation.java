package dev.earshot.report;

/** Stops a running report: every pass ends at its next block and the report folder is not written. */
public final class ReportCancellation {
    private volatile boolean cancelled;

    /** Asks the report to stop; safe from any thread, e.g. a shutdown hook. */
    public void cancel() {
        cancelled = true;
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }
}
