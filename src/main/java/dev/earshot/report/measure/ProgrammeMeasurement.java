package dev.earshot.report.measure;

import dev.earshot.analysis.BandEnergies;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.analysis.Spectrum;

/**
 * What one streaming pass measured of one programme (a master, a reference, or either through a device). Immutable.
 *
 * @param loudness          integrated, max short-term, LRA, true peak and PLR of the stereo programme
 * @param spectrum          Welch long-term average spectrum of the two channels (with mid and side)
 * @param bands             power per {@link dev.earshot.analysis.Band} of the channel-average spectrum
 * @param monoFoldChangeLu  integrated loudness of the mono fold (L+R)/2 on both speakers minus the stereo
 *                          programme's, in LU; NaN when the pass did not measure it
 * @param correlation       programme-average correlation of the two channels (+1 identical, −1 inverted); NaN
 *                          for a silent programme
 * @param durationSeconds   duration of the programme in seconds
 */
public record ProgrammeMeasurement(LoudnessFigures loudness, Spectrum spectrum, BandEnergies bands,
                                   double monoFoldChangeLu, double correlation, double durationSeconds) {

    /** Integrated loudness in LUFS (−∞ for silence). */
    public double integratedLufs() {
        return loudness.integratedLufs();
    }
}
