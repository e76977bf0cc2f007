package dev.earshot.measure;

/**
 * The deconvolved response of one microphone channel, averaged over every sweep of every take and aligned so that
 * the linear response's peak is at {@link #peakIndex()}; the harmonic responses lie before it.
 *
 * @param samples        up to one sweep period of response, starting {@code peakIndex} frames before the peak and
 *                       ending where the shortest recording leaves only part of a sweep's length of data; owned by
 *                       this record's creator and not to be changed
 * @param peakIndex      index of the linear response's largest sample
 * @param sampleRate     frames per second
 * @param latencySeconds time from the start of the sweep in the signal to the peak in the recording, of the first
 *                       take (after drift correction)
 * @param driftPpm       the recording clock's drift against the playback clock (positive: the recording clock runs fast,
 *                       so sweeps arrive more frames apart than played), averaged over the takes; NaN if no take had two
 *                       or more sweeps to measure it with
 * @param sweepsAveraged how many sweeps were averaged
 */
public record AlignedResponse(double[] samples, int peakIndex, int sampleRate, double latencySeconds,
                              double driftPpm, int sweepsAveraged) {
}
