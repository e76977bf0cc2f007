package dev.earshot.device;

import java.util.Arrays;

/**
 * A noise bed heard through a filter of its own: the noise is generated into a scratch buffer, filtered, and added to
 * the programme. Used when the programme's copy of that filter has been folded into the device's impulse response.
 * The noise is random, so the filter's latency needs no compensation, but it must not leave a gap: on
 * {@link #prepare} and {@link #reset} the filter is run over its latency's worth of noise, which is dropped, so the
 * bed sounds from the first frame (with an offline filter the latency can be over a second). The filter's tail is
 * not rendered.
 */
final class FilteredNoiseStage implements DeviceStage {
    private final RoadNoiseStage noise;
    private final DeviceStage filter;
    private float[][] scratch;
    private int channels;
    private int maxBlockFrames;

    FilteredNoiseStage(RoadNoiseStage noise, DeviceStage filter) {
        this.noise = noise;
        this.filter = filter;
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        this.channels = channels;
        this.scratch = new float[channels][maxBlockFrames];
        this.maxBlockFrames = maxBlockFrames;
        noise.prepare(sampleRate, maxBlockFrames, channels);
        filter.prepare(sampleRate, maxBlockFrames, channels);
        preRoll();
    }

    /** Adds the filtered noise to {@code block}. Allocates nothing. */
    @Override
    public void process(float[][] block, int frames) {
        filteredNoise(frames);
        for (int c = 0; c < channels; c++) {
            float[] in = scratch[c];
            float[] out = block[c];
            for (int i = 0; i < frames; i++) {
                out[i] += in[i];
            }
        }
    }

    /** Starts the noise again and fills the filter's latency. Allocates nothing. */
    @Override
    public void reset() {
        noise.reset();
        filter.reset();
        preRoll();
    }

    private void preRoll() {
        for (int left = filter.latencyFrames(); left > 0; left -= maxBlockFrames) {
            filteredNoise(Math.min(left, maxBlockFrames));
        }
    }

    private void filteredNoise(int frames) {
        for (int c = 0; c < channels; c++) {
            Arrays.fill(scratch[c], 0, frames, 0f);
        }
        noise.process(scratch, frames);
        filter.process(scratch, frames);
    }
}
