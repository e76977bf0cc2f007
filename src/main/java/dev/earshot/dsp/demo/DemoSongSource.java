package dev.earshot.dsp.demo;

import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;

/** Streams an in-memory {@link DemoSong} through the {@link AudioSource} interface. Not thread-safe. */
final class DemoSongSource implements AudioSource {
    private final float[][] samples;
    private final AudioFormatInfo format;
    private int position;
    private boolean closed;

    DemoSongSource(float[][] samples, AudioFormatInfo format) {
        this.samples = samples;
        this.format = format;
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    @Override
    public long lengthFrames() {
        return samples[0].length;
    }

    @Override
    public int read(float[][] block, int maxFrames) {
        if (closed) {
            throw new IllegalStateException("the demo song source is closed");
        }
        if (maxFrames < 1) {
            throw new IllegalArgumentException("maxFrames " + maxFrames + " must be at least 1");
        }
        int n = Math.min(maxFrames, samples[0].length - position);
        if (n <= 0) {
            return -1;
        }
        for (int c = 0; c < samples.length; c++) {
            System.arraycopy(samples[c], position, block[c], 0, n);
        }
        position += n;
        return n;
    }

    @Override
    public void close() {
        closed = true;
    }
}
