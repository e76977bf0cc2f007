package dev.earshot.playback;

import java.util.Arrays;

/**
 * A caller-owned buffer for the engine's live spectra ({@link PlaybackEngine#readSpectrum}): the played output's and
 * the master's band levels, in the bands of {@link PlaybackEngine#spectrumBandsHz()}. Levels are in dB relative to a
 * full-scale sine (a sine of amplitude A inside a band reads 20·log10(A) there), smoothed over about 250 ms. The
 * master's spectrum is the unprocessed master at the same moment of the programme (aligned to the chains' latency),
 * before level matching, mono check and transport fades, so {@link #differenceDb} shows what the selected source
 * changes. Reading into the same object again allocates nothing. Not thread-safe: one reader per object.
 */
public final class SpectrumReading {
    private final float[] playedDb;
    private final float[] masterDb;
    private long updateCount;

    /** @param bands the engine's band count ({@code spectrumBandsHz().length}) */
    public SpectrumReading(int bands) {
        playedDb = new float[bands];
        masterDb = new float[bands];
    }

    /** Band count. */
    public int bands() {
        return playedDb.length;
    }

    /** Band {@code band}'s level in the played output, dB re full-scale sine. */
    public float playedDb(int band) {
        return playedDb[band];
    }

    /** Band {@code band}'s level in the master, dB re full-scale sine. */
    public float masterDb(int band) {
        return masterDb[band];
    }

    /** Played minus master in band {@code band}, dB. */
    public float differenceDb(int band) {
        return playedDb[band] - masterDb[band];
    }

    /** A copy of the played levels, one per band. */
    public float[] playedDb() {
        return playedDb.clone();
    }

    /** A copy of the master's levels, one per band. */
    public float[] masterDb() {
        return masterDb.clone();
    }

    /** Spectrum updates the engine had made when this was read (about 23 a second at 48 kHz); 0 before the first. */
    public long updateCount() {
        return updateCount;
    }

    /** Filled by the engine's meter board; {@code played} and {@code master} have {@link #bands()} values. */
    void fill(float[] played, float[] master, long updates) {
        System.arraycopy(played, 0, playedDb, 0, playedDb.length);
        System.arraycopy(master, 0, masterDb, 0, masterDb.length);
        updateCount = updates;
    }

    @Override
    public String toString() {
        return "SpectrumReading[" + updateCount + " updates, played " + Arrays.toString(playedDb) + "]";
    }
}
