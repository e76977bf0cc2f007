package dev.earshot.playback;

/**
 * What the audio thread measured over its most recent block.
 *
 * @param peakLeft      largest absolute sample of the left output, full scale 1.0
 * @param peakRight     likewise, right
 * @param rmsLeft       root mean square of the left output over the block, full scale 1.0
 * @param rmsRight      likewise, right
 * @param playheadFrame the next master frame to be read; what is heard lags it by the engine's latency
 * @param sourceIndex   the source selected (0 = the master unprocessed)
 * @param blockCount    blocks played since the engine started (0 before the first)
 */
public record MeterReading(float peakLeft, float peakRight, float rmsLeft, float rmsRight, long playheadFrame,
                           int sourceIndex, long blockCount) {
}
