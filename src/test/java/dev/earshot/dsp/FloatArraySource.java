package dev.earshot.dsp;

import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.SampleEncoding;

/**
 * Test source over deinterleaved float arrays. Returns at most {@code chunkFrames} frames per read, so tests can
 * imitate decoders that deliver fewer frames than asked; may report an unknown length.
 */
final class FloatArraySource implements AudioSource {
    private final float[][] samples;
    private final AudioFormatInfo format;
    private final int chunkFrames;
    private final boolean lengthKnown;
    private int position;

    FloatArraySource(float[][] samples, int sampleRate, int chunkFrames, boolean lengthKnown) {
        this.samples = samples;
        this.format = new AudioFormatInfo(sampleRate, samples.length, 32, SampleEncoding.PCM_FLOAT, "test");
        this.chunkFrames = chunkFrames;
        this.lengthKnown = lengthKnown;
    }

    FloatArraySource(float[][] samples, int sampleRate) {
        this(samples, sampleRate, Integer.MAX_VALUE, true);
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    @Override
    public long lengthFrames() {
        return lengthKnown ? samples[0].length : -1;
    }

    @Override
    public int read(float[][] block, int maxFrames) {
        int count = Math.min(Math.min(maxFrames, chunkFrames), samples[0].length - position);
        if (count <= 0) {
            return -1;
        }
        for (int c = 0; c < samples.length; c++) {
            System.arraycopy(samples[c], position, block[c], 0, count);
        }
        position += count;
        return count;
    }

    @Override
    public void close() {
    }
}
