package dev.earshot.report.model;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessFigures;

import java.util.Map;

/**
 * The master as it leaves the studio.
 *
 * @param fileName          the master's file name
 * @param durationSeconds   duration in seconds
 * @param sampleRate        sample rate in Hz
 * @param channels          channel count
 * @param loudness          I, max S, LRA, TP, PLR
 * @param bandLevelsDb      each band's level relative to the whole programme's level in dB (tonal balance)
 * @param spectrumDb        long-term average spectrum, 1/6-octave smoothed, in dB (relative, for the chart)
 * @param stereoCorrelation programme-average inter-channel correlation (+1 mono, 0 unrelated, −1 out of phase);
 *                          NaN for mono files
 * @param shortTermLoudness the master's short-term loudness over time; {@link LoudnessSeries#EMPTY} when not measured
 */
public record MasterSummary(String fileName, double durationSeconds, int sampleRate, int channels,
                            LoudnessFigures loudness, Map<Band, Double> bandLevelsDb, SpectrumCurve spectrumDb,
                            double stereoCorrelation, LoudnessSeries shortTermLoudness) {

    public MasterSummary {
        bandLevelsDb = OrderedMaps.bands(bandLevelsDb);
        if (shortTermLoudness == null) {
            shortTermLoudness = LoudnessSeries.EMPTY;
        }
    }

    /** A summary without a loudness series ({@link LoudnessSeries#EMPTY}). */
    public MasterSummary(String fileName, double durationSeconds, int sampleRate, int channels,
                         LoudnessFigures loudness, Map<Band, Double> bandLevelsDb, SpectrumCurve spectrumDb,
                         double stereoCorrelation) {
        this(fileName, durationSeconds, sampleRate, channels, loudness, bandLevelsDb, spectrumDb, stereoCorrelation,
                LoudnessSeries.EMPTY);
    }
}
