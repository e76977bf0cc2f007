package dev.earshot.ui;

import java.util.Arrays;

/**
 * The gain of each source: its measured level match (NaN until measured; source 0, the master, is 0 dB) and a
 * manual trim, and whether level matching is on. The gain applied is the match (when on and measured) plus the trim.
 * Not thread-safe: owned by a {@link PlayerController} on the EDT.
 */
public final class SourceGains {
    /** Largest manual trim either way, dB. */
    public static final double MAX_TRIM_DB = 12.0;

    private final double[] matchDb;
    private final boolean[] exact;
    private final double[] trimDb;
    private boolean matching = true;

    /** @param sources 1 or more; source 0 is the master */
    public SourceGains(int sources) {
        matchDb = new double[sources];
        exact = new boolean[sources];
        trimDb = new double[sources];
        Arrays.fill(matchDb, Double.NaN);
        matchDb[0] = 0.0;
        exact[0] = true;
    }

    public int count() {
        return matchDb.length;
    }

    /** Records a measured match; {@code isExact} once measured over the whole master. */
    public void setMatch(int source, double gainDb, boolean isExact) {
        matchDb[source] = gainDb;
        exact[source] = isExact;
    }

    /** The level-match gain of {@code source}, dB; NaN while not measured. */
    public double matchDb(int source) {
        return matchDb[source];
    }

    public boolean exact(int source) {
        return exact[source];
    }

    public void setMatching(boolean on) {
        matching = on;
    }

    public boolean matching() {
        return matching;
    }

    /** Adds {@code deltaDb} to the trim of {@code source}, kept within ±{@link #MAX_TRIM_DB}. */
    public void adjustTrim(int source, double deltaDb) {
        trimDb[source] = Math.max(-MAX_TRIM_DB, Math.min(MAX_TRIM_DB, trimDb[source] + deltaDb));
    }

    public double trimDb(int source) {
        return trimDb[source];
    }

    /** The gain the engine applies to {@code source}, dB. */
    public double appliedDb(int source) {
        double match = matching && !Double.isNaN(matchDb[source]) ? matchDb[source] : 0.0;
        return match + trimDb[source];
    }
}
