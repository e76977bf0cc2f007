package dev.earshot.device;

/**
 * Sums a stereo signal to mono and plays it on both channels: {@code L' = R' = leftGain * L + rightGain * R}, as a
 * single-speaker device does (0.5 / 0.5 keeps a centred signal's level). Stateless; allocates nothing.
 */
public final class MonoSumStage implements DeviceStage {
    private final float leftGain;
    private final float rightGain;
    private int channels;

    /**
     * @param leftGain  linear weight of the left channel, -4 to 4
     * @param rightGain linear weight of the right channel, -4 to 4
     * @throws IllegalArgumentException if a weight is outside its range
     */
    public MonoSumStage(double leftGain, double rightGain) {
        StageChecks.requireRange("leftGain", leftGain, -4.0, 4.0);
        StageChecks.requireRange("rightGain", rightGain, -4.0, 4.0);
        this.leftGain = (float) leftGain;
        this.rightGain = (float) rightGain;
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        this.channels = channels;
    }

    /** A mono block is scaled by {@code leftGain + rightGain}, as if both channels carried it. */
    @Override
    public void process(float[][] block, int frames) {
        if (channels == 1) {
            float gain = leftGain + rightGain;
            for (int i = 0; i < frames; i++) {
                block[0][i] *= gain;
            }
            return;
        }
        float[] left = block[0];
        float[] right = block[1];
        for (int i = 0; i < frames; i++) {
            float sum = leftGain * left[i] + rightGain * right[i];
            left[i] = sum;
            right[i] = sum;
        }
    }

    @Override
    public void reset() {
        // Stateless.
    }
}
