package dev.earshot.report.codec;

import dev.earshot.analysis.OctaveSmoothing;
import dev.earshot.analysis.Spectrum;

/**
 * Compares a decoded file's long-term spectrum with the master's: the level lost above
 * {@value #HIGH_FREQUENCY_LOW_HZ} Hz and the frequency where the codec's low-pass cuts in. Both spectra must come
 * from the same analysis settings (rate and FFT size). Stateless and thread-safe.
 *
 * <p><b>Where the master has content.</b> Comparing a codec's output with silence means nothing, so a frequency
 * counts only where the master's smoothed density lies within {@value #CONTENT_RANGE_DB} dB of its highest smoothed
 * density between 20 Hz and 20 kHz. The high-frequency loss is NaN when the master's level above 16 kHz is more than
 * {@value #CONTENT_RANGE_DB} dB below its 20 Hz–20 kHz level (or the Nyquist frequency is not above 16 kHz), and
 * both figures are NaN for a silent master.
 */
final class CodecSpectra {
    /** Lower edge of the "high frequencies" whose loss is reported, in Hz. */
    static final double HIGH_FREQUENCY_LOW_HZ = 16_000.0;
    /** Upper edge of every comparison, in Hz (or the Nyquist frequency when lower). */
    static final double TOP_HZ = 20_000.0;
    /** The cutoff is where the decoded spectrum falls this far below the master's, in dB. */
    static final double CUTOFF_DROP_DB = 20.0;
    /** Lowest frequency searched for a cutoff, in Hz: codecs cut the top, never the midrange. */
    static final double CUTOFF_SEARCH_LOW_HZ = 1_000.0;
    /** How far below the master's strongest region a frequency still counts as content, in dB. */
    static final double CONTENT_RANGE_DB = 80.0;
    private static final int GRID_POINTS_PER_OCTAVE = 48;
    private static final double BOTTOM_HZ = 20.0;

    private CodecSpectra() {
    }

    /**
     * Level above {@value #HIGH_FREQUENCY_LOW_HZ} Hz (up to 20 kHz or Nyquist) of the decoded audio minus the
     * master's, in dB (negative: lost); NaN when the master has no content there (see the class comment).
     */
    static double highFrequencyLossDb(Spectrum master, Spectrum decoded) {
        double topHz = topHz(master);
        if (topHz <= HIGH_FREQUENCY_LOW_HZ) {
            return Double.NaN;
        }
        double[] masterDensity = master.averageDensity();
        double masterHighDb = master.levelDb(masterDensity, HIGH_FREQUENCY_LOW_HZ, topHz);
        double masterAllDb = master.levelDb(masterDensity, BOTTOM_HZ, topHz);
        if (masterAllDb <= Spectrum.FLOOR_DB || masterHighDb < masterAllDb - CONTENT_RANGE_DB) {
            return Double.NaN;
        }
        return decoded.levelDb(decoded.averageDensity(), HIGH_FREQUENCY_LOW_HZ, topHz) - masterHighDb;
    }

    /**
     * The frequency in Hz above which the decoded spectrum stays more than {@value #CUTOFF_DROP_DB} dB below the
     * master's (1/12-octave smoothed, on a 48-points-per-octave grid from 1 kHz, interpolated between grid points),
     * considering only frequencies where the master has content. Returns the top of the comparison (20 kHz or
     * Nyquist) when the decoded spectrum never falls that far, and NaN when the master has no content above 1 kHz.
     */
    static double cutoffHz(Spectrum master, Spectrum decoded) {
        double topHz = topHz(master);
        double[] gridHz = OctaveSmoothing.logSpacedHz(CUTOFF_SEARCH_LOW_HZ, topHz, GRID_POINTS_PER_OCTAVE);
        double[] masterDb = smoothedDb(master, gridHz);
        double[] decodedDb = smoothedDb(decoded, gridHz);
        double strongestDb = strongestDb(master);
        if (strongestDb <= Spectrum.FLOOR_DB) {
            return Double.NaN;
        }
        double contentFloorDb = strongestDb - CONTENT_RANGE_DB;
        int lastAbove = -1;
        int firstBelowAfter = -1;
        boolean anyContent = false;
        for (int i = 0; i < gridHz.length; i++) {
            if (masterDb[i] < contentFloorDb) {
                continue;
            }
            anyContent = true;
            if (decodedDb[i] - masterDb[i] >= -CUTOFF_DROP_DB) {
                lastAbove = i;
                firstBelowAfter = -1;
            } else if (firstBelowAfter < 0) {
                firstBelowAfter = i;
            }
        }
        if (!anyContent) {
            return Double.NaN;
        }
        if (firstBelowAfter < 0) {
            return topHz;
        }
        if (lastAbove < 0) {
            return gridHz[firstBelowAfter];
        }
        double aboveDelta = decodedDb[lastAbove] - masterDb[lastAbove];
        double belowDelta = decodedDb[firstBelowAfter] - masterDb[firstBelowAfter];
        double t = (aboveDelta + CUTOFF_DROP_DB) / (aboveDelta - belowDelta);
        double logHz = Math.log(gridHz[lastAbove]) + t * (Math.log(gridHz[firstBelowAfter])
                - Math.log(gridHz[lastAbove]));
        return Math.exp(logHz);
    }

    private static double topHz(Spectrum spectrum) {
        return Math.min(TOP_HZ, spectrum.sampleRate() / 2.0);
    }

    private static double[] smoothedDb(Spectrum spectrum, double[] gridHz) {
        double[] smoothed = OctaveSmoothing.TWELFTH.smoothAt(spectrum.frequenciesHz(), spectrum.averageDensity(),
                gridHz);
        return Spectrum.densityDb(smoothed);
    }

    /** Highest 1/12-octave smoothed density between 20 Hz and the top, in dB re 1 FS²/Hz. */
    private static double strongestDb(Spectrum master) {
        double[] gridHz = OctaveSmoothing.logSpacedHz(BOTTOM_HZ, topHz(master), GRID_POINTS_PER_OCTAVE);
        double strongest = Spectrum.FLOOR_DB;
        for (double db : smoothedDb(master, gridHz)) {
            strongest = Math.max(strongest, db);
        }
        return strongest;
    }
}
