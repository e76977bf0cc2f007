package dev.earshot.analysis;

/**
 * What a {@link LoudnessMeter} measures and how.
 *
 * @param layout     channel order and weights; its channel count must fit the stream (see
 *                   {@link ChannelLayout#weights(int, boolean)})
 * @param monoAsDual weigh a one-channel stream 2.0 (+3.01 LU, mono played on two speakers) instead of the standard's
 *                   1.0; ignored for more than one channel
 * @param keepSeries keep the momentary and short-term loudness every 100 ms for charts (8 bytes per 100 ms, so
 *                   memory grows with duration: about 0.9 MB for 3 hours); without it memory is independent of
 *                   duration
 */
public record LoudnessOptions(ChannelLayout layout, boolean monoAsDual, boolean keepSeries) {

    public LoudnessOptions {
        if (layout == null) {
            throw new IllegalArgumentException("a channel layout is required");
        }
    }

    /** The standard's defaults for a channel count: {@link ChannelLayout#defaultFor}, mono as one channel, series. */
    public static LoudnessOptions defaultsFor(int channels) {
        return new LoudnessOptions(ChannelLayout.defaultFor(channels), false, true);
    }
}
