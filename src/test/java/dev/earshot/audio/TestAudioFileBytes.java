package dev.earshot.audio;

import java.nio.ByteBuffer;

/**
 * Public entry to the test-side AIFF and FLAC writers ({@link TestAiffBytes}, {@link FlacTestEncoder}) for tests in
 * other packages that need such files without external tools.
 */
public final class TestAudioFileBytes {
    private TestAudioFileBytes() {
    }

    /** A plain AIFF file of 16-bit samples ({@code samples[channel][frame]}, each within −32768..32767). */
    public static byte[] aiff16(int[][] samples, int sampleRate) {
        int channels = samples.length;
        int frames = samples[0].length;
        ByteBuffer data = ByteBuffer.allocate(frames * channels * 2);
        for (int i = 0; i < frames; i++) {
            for (int[] channel : samples) {
                data.putShort((short) channel[i]);
            }
        }
        return TestAiffBytes.form("AIFF", TestAiffBytes.comm(channels, frames, 16, sampleRate, null),
                TestAiffBytes.ssnd(0, data.array()));
    }

    /** A FLAC file (verbatim subframes) of {@code bitsPerSample}-bit samples ({@code samples[channel][frame]}). */
    public static byte[] flac(int[][] samples, int sampleRate, int bitsPerSample) {
        return FlacTestEncoder.encode(samples, sampleRate, bitsPerSample, 4096, false);
    }
}
