package dev.earshot.device;

import java.util.Arrays;

/**
 * A noise bed heard through a filter of its own: the noise is generated into a scratch buffer, filtered, and added to
 * the programme. Used when the programme's copy of that filter has been folded into the device's impulse response.
 * The noise is random, so the filter's latency needs no compensation; the filter's tail is not rendered.
 */
final class FilteredNoiseStage implements DeviceStage {
    private final RoadNoiseStage noise;
    private final DeviceStage filter;
    private float[][] scratch;
    private int channels;

    FilteredNoiseStage(RoadNoiseStage noise, DeviceStage filter) {
        this.noise = noise;
        this.filter = filter;
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        this.channels = channels;
        this.scratch = new float[channels][maxBlockFrames];
        noise.prepare(sampleRate, maxBlockFrames, channels);
        filter.prepare(sampleRate, maxBlockFrames, channels);
    }

    /** Adds the filtered noise to {@code block}. Allocates nothing. */
    @Override
    public void process(float[][] block, int frames) {
        for (int c = 0; c < channels; c++) {
            Arrays.fill(scratch[c], 0, frames, 0f);
        }
        noise.process(scratch, frames);
        filter.process(scratch, frames);
        for (int c = 0; c < channels; c++) {
            float[] in = scratch[c];
            float[] out = block[c];
            for (int i = 0; i < frames; i++) {
                out[i] += in[i];
            }
        }
    }

    @Override
    public void reset() {
        noise.reset();
        filter.reset();
    }
}
