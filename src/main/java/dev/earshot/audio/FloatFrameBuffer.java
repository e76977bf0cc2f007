package dev.earshot.audio;

import javazoom.jl.decoder.Obuffer;

/**
 * Receives one decoded MPEG frame from jlayer as floats, before jlayer would round and clip them to 16 bits, so
 * decoded overs above full scale survive and no quantisation is added. jlayer's synthesis filter scales full scale
 * to {@value #JLAYER_FULL_SCALE}; this buffer undoes that, so full scale is 1.0.
 */
final class FloatFrameBuffer extends Obuffer {
    static final float JLAYER_FULL_SCALE = 32_700f;
    private static final int MAX_FRAME_SAMPLES = 1152;

    private final float[][] samples = new float[2][MAX_FRAME_SAMPLES];
    private final int[] counts = new int[2];

    /** Frames held for the last decoded MPEG frame. */
    int frames() {
        return counts[0];
    }

    /** Samples of {@code channel}, valid in {@code [0, frames())}; owned by this buffer and reused per frame. */
    float[] channel(int channel) {
        return samples[channel];
    }

    @Override
    public void appendSamples(int channel, float[] values) {
        float[] target = samples[channel];
        int count = counts[channel];
        int n = Math.min(values.length, target.length - count);
        for (int i = 0; i < n; i++) {
            target[count + i] = values[i] / JLAYER_FULL_SCALE;
        }
        counts[channel] = count + n;
    }

    @Override
    public void append(int channel, short value) {
        if (counts[channel] < MAX_FRAME_SAMPLES) {
            samples[channel][counts[channel]++] = value / JLAYER_FULL_SCALE;
        }
    }

    @Override
    public void clear_buffer() {
        counts[0] = 0;
        counts[1] = 0;
    }

    @Override
    public void write_buffer(int value) {
        // Nothing to flush: the owner reads the samples directly.
    }

    @Override
    public void close() {
        // No resources.
    }

    @Override
    public void set_stop_flag() {
        // Decoding is pulled frame by frame; there is nothing to stop.
    }
}
