package dev.earshot.dsp;

import java.util.Arrays;

/**
 * An immutable impulse response: one, two or four channels of equal length at one sample rate.
 *
 * <p>The channel count decides the {@link IrLayout layout}: one channel is applied to every input channel, two
 * channels map left to left and right to right, four channels (LL, LR, RL, RR) form a true-stereo matrix where
 * {@code outL = LL*inL + RL*inR} and {@code outR = LR*inL + RR*inR}. Samples are linear full-scale floats.
 * Thread-safe (immutable); every array passed in or handed out is a copy.
 */
public final class ImpulseResponse {

    /** How the channels of an impulse response map input channels to output channels. */
    public enum IrLayout {
        /** One channel, applied to every input channel; output has as many channels as the input. */
        MONO,
        /** Two channels: left to left, right to right; a mono input feeds both. */
        STEREO,
        /** Four channels LL, LR, RL, RR (source to destination); a mono input feeds both sources. */
        TRUE_STEREO
    }

    private final float[][] channels;
    private final int sampleRate;
    private final IrLayout layout;

    private ImpulseResponse(float[][] channels, int sampleRate, IrLayout layout) {
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.layout = layout;
    }

    /**
     * @param channels   1, 2 or 4 arrays of equal length, at least 1 frame each; copied
     * @param sampleRate frames per second, 8 000 to 384 000
     * @throws IllegalArgumentException if the channel count, the lengths or the rate are not as above
     */
    public static ImpulseResponse of(float[][] channels, int sampleRate) {
        if (channels == null) {
            throw new IllegalArgumentException("impulse response has no channels");
        }
        IrLayout layout = switch (channels.length) {
            case 1 -> IrLayout.MONO;
            case 2 -> IrLayout.STEREO;
            case 4 -> IrLayout.TRUE_STEREO;
            default -> throw new IllegalArgumentException("impulse response has " + channels.length
                    + " channels; it needs 1 (mono), 2 (stereo) or 4 (true stereo: LL, LR, RL, RR)");
        };
        if (sampleRate < 8_000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("impulse response sample rate " + sampleRate
                    + " Hz is outside 8000..384000 Hz");
        }
        float[][] copies = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            if (channels[c] == null || channels[c].length == 0) {
                throw new IllegalArgumentException("impulse response channel " + (c + 1) + " is empty");
            }
            if (channels[c].length != channels[0].length) {
                throw new IllegalArgumentException("impulse response channels differ in length: channel 1 has "
                        + channels[0].length + " frames, channel " + (c + 1) + " has " + channels[c].length);
            }
            copies[c] = channels[c].clone();
        }
        return new ImpulseResponse(copies, sampleRate, layout);
    }

    public IrLayout layout() {
        return layout;
    }

    /** Length in frames, at least 1. */
    public int lengthFrames() {
        return channels[0].length;
    }

    /** Frames per second. */
    public int sampleRate() {
        return sampleRate;
    }

    /** 1, 2 or 4. */
    public int channelCount() {
        return channels.length;
    }

    /** A copy of channel {@code c} (0-based; for true stereo 0 = LL, 1 = LR, 2 = RL, 3 = RR). */
    public float[] channel(int c) {
        return channels[c].clone();
    }

    /** The stored array itself, for this package's convolvers, which only read it. */
    float[] channelView(int c) {
        return channels[c];
    }

    /**
     * The number of channels that convolving an input of {@code inputChannels} channels with this response
     * produces.
     *
     * @throws IllegalArgumentException if this layout cannot take that many input channels (stereo and true-stereo
     *                                  responses take 1 or 2)
     */
    public int outputChannels(int inputChannels) {
        if (inputChannels < 1) {
            throw new IllegalArgumentException("an input needs at least 1 channel, not " + inputChannels);
        }
        if (layout == IrLayout.MONO) {
            return inputChannels;
        }
        if (inputChannels > 2) {
            throw new IllegalArgumentException("a " + (layout == IrLayout.STEREO ? "stereo" : "true-stereo")
                    + " impulse response takes a mono or stereo input, not " + inputChannels + " channels;"
                    + " use a mono impulse response for multichannel audio");
        }
        return 2;
    }

    @Override
    public String toString() {
        return "ImpulseResponse[" + layout + ", " + lengthFrames() + " frames, " + sampleRate + " Hz]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImpulseResponse that && sampleRate == that.sampleRate
                && Arrays.deepEquals(channels, that.channels);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(channels) + sampleRate;
    }
}
