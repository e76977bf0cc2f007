package dev.earshot.audio;

import java.util.Objects;

/**
 * An {@link AudioSource} over samples already in memory, e.g. a generated test signal or a decoded impulse response.
 * The arrays are not copied: the caller must not change them while the source is read. Not thread-safe.
 */
public final class ArraySource implements AudioSource {
    private final float[][] samples;
    private final AudioFormatInfo format;
    private final int lengthFrames;
    private int position;

    /**
     * @param samples {@code samples[channel][frame]}, one row per channel of {@code format}, all the same length
     * @param format  the format to report; its channel count must equal {@code samples.length}
     * @throws IllegalArgumentException if the rows disagree with the format or with each other
     */
    public ArraySource(float[][] samples, AudioFormatInfo format) {
        this.samples = Objects.requireNonNull(samples, "samples");
        this.format = Objects.requireNonNull(format, "format");
        if (samples.length != format.channels()) {
            throw new IllegalArgumentException(samples.length + " sample rows for " + format.channels() + " channels");
        }
        lengthFrames = samples[0].length;
        for (float[] row : samples) {
            if (row.length != lengthFrames) {
                throw new IllegalArgumentException("channels differ in length: " + row.length + " vs " + lengthFrames);
            }
        }
    }

    /** A 32-bit float source with container name "memory". */
    public static ArraySource of(int sampleRate, float[]... channels) {
        return new ArraySource(channels,
                new AudioFormatInfo(sampleRate, channels.length, 32, SampleEncoding.PCM_FLOAT, "memory"));
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    @Override
    public long lengthFrames() {
        return lengthFrames;
    }

    @Override
    public int read(float[][] block, int maxFrames) {
        int frames = Math.min(maxFrames, lengthFrames - position);
        if (frames <= 0) {
            return -1;
        }
        for (int c = 0; c < samples.length; c++) {
            System.arraycopy(samples[c], position, block[c], 0, frames);
        }
        position += frames;
        return frames;
    }

    @Override
    public void close() {
        position = lengthFrames;
    }
}
