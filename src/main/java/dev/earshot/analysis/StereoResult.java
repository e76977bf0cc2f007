package dev.earshot.analysis;

/**
 * Stereo-image figures of channels 0 (left) and 1 (right), from {@link StereoAnalyzer}.
 *
 * @param correlation  overall correlation ΣLR / √(ΣL²·ΣR²), −1 to +1; 0 if exactly one channel is silent, NaN if
 *                     both are
 * @param shortTerm    distribution of the correlation in 400 ms windows
 * @param sideToMidDb  10·log10(Σ S² / Σ M²) with M = (L+R)/2 and S = (L−R)/2, broadband; −∞ for identical
 *                     channels, +∞ for inverted ones, NaN for silence
 * @param fold         what a mono sum does, overall and per band
 */
public record StereoResult(double correlation, CorrelationSummary shortTerm, double sideToMidDb, MonoFold fold) {
}
