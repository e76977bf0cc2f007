package dev.earshot.device;

/**
 * Narrows or widens the stereo image by scaling the side signal: with {@code M = (L + R) / 2} and
 * {@code S = (L - R) / 2}, the output is {@code L' = M + w S}, {@code R' = M - w S} where
 * {@code w = widthPercent / 100}.
 * 100 % is the identity, 0 % is mono, 200 % doubles the side. A mono block passes unchanged. Stateless.
 */
public final class StereoWidthStage implements DeviceStage {
    private final float width;
    private int channels;

    /**
     * @param widthPercent side-signal scale in percent, 0 to 200
     * @throws IllegalArgumentException if outside that range
     */
    public StereoWidthStage(double widthPercent) {
        StageChecks.requireRange("widthPercent", widthPercent, 0.0, 200.0);
        this.width = (float) (widthPercent / 100.0);
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        this.channels = channels;
    }

    @Override
    public void process(float[][] block, int frames) {
        if (channels == 1 || width == 1f) {
            return;
        }
        float[] left = block[0];
        float[] right = block[1];
        for (int i = 0; i < frames; i++) {
            float mid = 0.5f * (left[i] + right[i]);
            float side = 0.5f * (left[i] - right[i]) * width;
            left[i] = mid + side;
            right[i] = mid - side;
        }
    }

    @Override
    public void reset() {
        // Stateless.
    }
}
