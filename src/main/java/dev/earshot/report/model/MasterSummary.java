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
 */
public record MasterSummary(String fileName, double durationSeconds, int sampleRate, int channels,
                            LoudnessFigures loudness, Map<Band, Double> bandLevelsDb, SpectrumCurve spectrumDb,
                            double stereoCorrelation) {

    public MasterSummary {
        bandLevelsDb = Map.copyOf(bandLevelsDb);
    }
}
