package dev.earshot.device.importer;

/**
 * An impulse response as read from a file, before trimming and normalisation.
 *
 * @param channels   1 channel (same IR on every channel), 2 (left→left, right→right) or 4 (true stereo LL, LR, RL,
 *                   RR), all of one length; copied in and out
 * @param sampleRate the file's rate in Hz, 8 000 to 384 000
 */
public record MeasuredImpulseResponse(float[][] channels, int sampleRate) {
    public MeasuredImpulseResponse {
        if (channels.length != 1 && channels.length != 2 && channels.length != 4) {
            throw new IllegalArgumentException(channels.length + " channels; expected 1, 2 or 4");
        }
        channels = copy(channels);
        for (float[] channel : channels) {
            if (channel.length != channels[0].length) {
                throw new IllegalArgumentException("channels differ in length");
            }
        }
    }

    @Override
    public float[][] channels() {
        return copy(channels);
    }

    /** Frames per channel. */
    public int lengthFrames() {
        return channels[0].length;
    }

    private static float[][] copy(float[][] channels) {
        float[][] copy = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            copy[c] = channels[c].clone();
        }
        return copy;
    }
}
