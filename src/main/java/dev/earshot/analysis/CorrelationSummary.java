package dev.earshot.analysis;

/**
 * Distribution of the short-term inter-channel correlation over a signal (see {@link StereoAnalyzer}). Values are
 * Pearson coefficients without mean removal, −1 to +1; percentiles have a resolution of 0.01. Windows where both
 * channels are silent are not counted. With no window counted every value is NaN.
 *
 * @param minimum          lowest short-term correlation (exact)
 * @param p10              10th percentile: 90 % of the windows correlate at least this well
 * @param median           50th percentile
 * @param fractionNegative share of the windows with a correlation below zero, 0 to 1
 * @param windows          number of windows counted
 */
public record CorrelationSummary(double minimum, double p10, double median, double fractionNegative, long windows) {
}
