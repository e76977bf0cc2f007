package dev.earshot.report.measure;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.BandEnergies;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.analysis.Spectrum;
import java.util.Map;

/**
 * What one streaming pass measured of one programme (a master, a reference, or either through a device). Immutable.
 *
 * @param loudness          integrated, max short-term, LRA, true peak and PLR of the stereo programme
 * @param spectrum          Welch long-term average spectrum of the two channels (with mid and side)
 * @param bands             power per {@link dev.earshot.analysis.Band} of the channel-average spectrum
 * @param monoFoldChangeLu  integrated loudness of the mono fold (L+R)/2 on both speakers minus the stereo
 *                          programme's, in LU; NaN when the pass did not measure it
 * @param worstMonoSectionDb per band, the mono fold's power relative to stereo in the programme's most affected
 *                          section, in dB (−∞ for total cancellation, NaN for a band with no content); empty when
 *                          the pass did not measure the fold
 * @param correlation       programme-average correlation of the two channels (+1 identical, −1 inverted); NaN
 *                          for a silent programme
 * @param durationSeconds   duration of the programme in seconds
 * @param shortTermSeriesLufs short-term loudness every {@link dev.earshot.analysis.LoudnessResult#SERIES_INTERVAL_SECONDS}
 *                          s (−∞ for silence); empty unless the pass kept it. Copied in and out
 */
public record ProgrammeMeasurement(LoudnessFigures loudness, Spectrum spectrum, BandEnergies bands,
                                   double monoFoldChangeLu, Map<Band, Double> worstMonoSectionDb,
                                   double correlation, double durationSeconds, float[] shortTermSeriesLufs) {

    public ProgrammeMeasurement {
        worstMonoSectionDb = Map.copyOf(worstMonoSectionDb);
        shortTermSeriesLufs = shortTermSeriesLufs == null ? new float[0] : shortTermSeriesLufs.clone();
    }

    /** A measurement without the short-term series. */
    public ProgrammeMeasurement(LoudnessFigures loudness, Spectrum spectrum, BandEnergies bands,
                                double monoFoldChangeLu, Map<Band, Double> worstMonoSectionDb, double correlation,
                                double durationSeconds) {
        this(loudness, spectrum, bands, monoFoldChangeLu, worstMonoSectionDb, correlation, durationSeconds,
                new float[0]);
    }

    @Override
    public float[] shortTermSeriesLufs() {
        return shortTermSeriesLufs.clone();
    }

    /** Integrated loudness in LUFS (−∞ for silence). */
    public double integratedLufs() {
        return loudness.integratedLufs();
    }
}
