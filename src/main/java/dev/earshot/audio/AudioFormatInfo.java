package dev.earshot.audio;

/**
 * Facts about an audio stream.
 *
 * @param sampleRate    frames per second, 8 000 to 384 000
 * @param channels      1 to 8
 * @param bitsPerSample stored bit depth (8, 16, 24, 32, 64), or 0 for lossy codecs
 * @param encoding      how the samples are stored
 * @param container     short container name for display: "WAV", "WAV (extensible)", "RF64", "AIFF", "AIFF-C", "FLAC", "MP3"
 */
public record AudioFormatInfo(int sampleRate, int channels, int bitsPerSample, SampleEncoding encoding,
                              String container) {
    public static final int MIN_SAMPLE_RATE = 8_000;
    public static final int MAX_SAMPLE_RATE = 384_000;
    public static final int MAX_CHANNELS = 8;

    public AudioFormatInfo {
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 8000..384000 Hz");
        }
        if (channels < 1 || channels > MAX_CHANNELS) {
            throw new IllegalArgumentException(channels + " channels is outside 1..8");
        }
    }

    /** Duration in seconds of {@code frames} frames at this rate. */
    public double secondsOf(long frames) {
        return frames / (double) sampleRate;
    }
}
