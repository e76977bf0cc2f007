package dev.earshot.analysis;

import java.util.Arrays;

/**
 * Channel order and BS.1770-4 loudness weights of a stream. Orders follow the WAV (WAVE_FORMAT_EXTENSIBLE) default
 * channel masks. Front channels (L, R, C) weigh 1.0, surround channels 1.41 (+1.5 dB), the LFE channel 0 (excluded).
 *
 * <p>For {@link #SURROUND_7_1} all four surround channels weigh 1.41, as libebur128 and ffmpeg's ebur128 filter do;
 * BS.1770-4's azimuth rule would give 1.0 to rear channels placed beyond 120°, which the WAV mask does not tell us.
 *
 * <p>A mono stream is, by the standard, one channel of weight 1.0. Played on two speakers it sounds 3 dB louder; a
 * meter asked for "mono as dual" weighs it 2.0 instead (+3.01 LU), see {@link #weights(int, boolean)}.
 */
public enum ChannelLayout {
    /** One channel, weight 1.0 (2.0 as dual mono). */
    MONO(1.0),
    /** L, R. */
    STEREO(1.0, 1.0),
    /** L, R, C, Ls, Rs. */
    SURROUND_5_0(1.0, 1.0, 1.0, 1.41, 1.41),
    /** L, R, C, LFE, Ls, Rs (WAV order); LFE excluded. */
    SURROUND_5_1(1.0, 1.0, 1.0, 0.0, 1.41, 1.41),
    /** L, R, C, LFE, Lrs, Rrs, Ls, Rs (WAV order: back pair before side pair); LFE excluded. */
    SURROUND_7_1(1.0, 1.0, 1.0, 0.0, 1.41, 1.41, 1.41, 1.41),
    /** Any number of channels, each of weight 1.0: for layouts we cannot identify (3, 4 or 7 channels). */
    EQUAL_WEIGHTS();

    private final double[] weights;

    ChannelLayout(double... weights) {
        this.weights = weights;
    }

    /**
     * The layout the meter assumes for a channel count when the file does not say: 1 mono, 2 stereo, 5 → 5.0,
     * 6 → 5.1 (L R C LFE Ls Rs), 8 → 7.1, any other count → {@link #EQUAL_WEIGHTS}.
     *
     * @param channels 1 or more
     */
    public static ChannelLayout defaultFor(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("a stream needs at least one channel, got " + channels);
        }
        for (ChannelLayout layout : values()) {
            if (layout.weights.length == channels) {
                return layout;
            }
        }
        return EQUAL_WEIGHTS;
    }

    /** The number of channels, or 0 for {@link #EQUAL_WEIGHTS}, which fits any count. */
    public int channelCount() {
        return weights.length;
    }

    /**
     * The loudness weight of every channel of a stream with this layout.
     *
     * @param channels   the stream's channel count; must equal {@link #channelCount()} unless that is 0
     * @param monoAsDual weigh a one-channel stream 2.0 (as if played on two speakers); ignored for other counts
     * @return a new array of {@code channels} weights
     * @throws IllegalArgumentException if the count does not fit the layout
     */
    public double[] weights(int channels, boolean monoAsDual) {
        if (channels < 1 || (weights.length != 0 && weights.length != channels)) {
            throw new IllegalArgumentException("channel layout " + this + " has " + weights.length
                    + " channels but the stream has " + channels);
        }
        double[] result = weights.length == 0 ? filled(channels) : weights.clone();
        if (channels == 1 && monoAsDual) {
            result[0] = 2.0;
        }
        return result;
    }

    private static double[] filled(int channels) {
        double[] result = new double[channels];
        Arrays.fill(result, 1.0);
        return result;
    }
}
