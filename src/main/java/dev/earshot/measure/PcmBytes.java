package dev.earshot.measure;

/** Little-endian signed PCM packing for {@link JavaSoundDuplex}. */
final class PcmBytes {
    private PcmBytes() {
    }

    /** Interleaves {@code signal} as {@code bytesPerSample}-byte samples, followed by {@code silentFrames} zeros. */
    static byte[] pack(float[][] signal, int bytesPerSample, int silentFrames) {
        int channels = signal.length;
        int frames = signal[0].length;
        byte[] bytes = new byte[(frames + silentFrames) * channels * bytesPerSample];
        double scale = Math.pow(2, 8 * bytesPerSample - 1);
        int p = 0;
        for (int i = 0; i < frames; i++) {
            for (float[] channel : signal) {
                long value = Math.round(Math.max(-1, Math.min(1, channel[i])) * (scale - 1));
                for (int b = 0; b < bytesPerSample; b++) {
                    bytes[p++] = (byte) (value >> (8 * b));
                }
            }
        }
        return bytes;
    }

    /** De-interleaves {@code bytes} into {@code channels} rows of full-scale floats. */
    static float[][] unpack(byte[] bytes, int channels, int bytesPerSample) {
        int frames = bytes.length / (channels * bytesPerSample);
        float[][] out = new float[channels][frames];
        double scale = Math.pow(2, 8 * bytesPerSample - 1);
        int p = 0;
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                long value = 0;
                for (int b = 0; b < bytesPerSample; b++) {
                    value |= (long) (bytes[p++] & 0xFF) << (8 * b);
                }
                value = value << (64 - 8 * bytesPerSample) >> (64 - 8 * bytesPerSample);
                out[c][i] = (float) (value / scale);
            }
        }
        return out;
    }
}
