package dev.earshot.analysis;

import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.SampleEncoding;

/**
 * A cheap generated stereo source for long-stream tests: a 1 kHz sine from a one-period table (so the sample rate
 * must be a multiple of 1000), alternating between two peak levels every {@code segmentSeconds}, generated on
 * demand and never stored. Returns at most {@code maxFrames} frames per read, and at most 5000 to exercise partial
 * reads.
 */
final class ToneSource implements AudioSource {
    private final AudioFormatInfo format;
    private final float[] loudPeriod;
    private final float[] quietPeriod;
    private final long totalFrames;
    private final long segmentFrames;
    private long position;

    ToneSource(int sampleRate, double seconds, double segmentSeconds, double loudDbfs, double quietDbfs) {
        if (sampleRate % 1000 != 0) {
            throw new IllegalArgumentException("sample rate must be a multiple of 1000 Hz");
        }
        this.format = new AudioFormatInfo(sampleRate, 2, 32, SampleEncoding.PCM_FLOAT, "generated");
        int period = sampleRate / 1000;
        this.loudPeriod = new float[period];
        this.quietPeriod = new float[period];
        for (int i = 0; i < period; i++) {
            double sine = Math.sin(2 * Math.PI * i / period);
            loudPeriod[i] = (float) (Math.pow(10, loudDbfs / 20) * sine);
            quietPeriod[i] = (float) (Math.pow(10, quietDbfs / 20) * sine);
        }
        this.totalFrames = Math.round(seconds * sampleRate);
        this.segmentFrames = Math.round(segmentSeconds * sampleRate);
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    @Override
    public long lengthFrames() {
        return totalFrames;
    }

    @Override
    public int read(float[][] block, int maxFrames) {
        if (position >= totalFrames) {
            return -1;
        }
        int n = (int) Math.min(Math.min(maxFrames, 5000), totalFrames - position);
        int period = loudPeriod.length;
        for (int i = 0; i < n; i++) {
            long frame = position + i;
            float[] table = (frame / segmentFrames) % 2 == 0 ? loudPeriod : quietPeriod;
            float value = table[(int) (frame % period)];
            block[0][i] = value;
            block[1][i] = value;
        }
        position += n;
        return n;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
