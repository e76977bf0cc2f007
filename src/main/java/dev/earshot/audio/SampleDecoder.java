package dev.earshot.audio;

/**
 * Converts interleaved sample bytes to deinterleaved floats. Integers of width {@code b} bytes are divided by
 * 2^(8b-1), so full scale maps to [-1, 1); floats are passed through (64-bit rounded to the nearest float).
 */
final class SampleDecoder {
    private static final float SCALE_8 = 1f / (1 << 7);
    private static final float SCALE_16 = 1f / (1 << 15);
    private static final float SCALE_24 = 1f / (1 << 23);
    private static final double SCALE_32 = 1.0 / (1L << 31);

    private SampleDecoder() {
    }

    /**
     * Decodes {@code frames} frames of {@code channels} interleaved samples from {@code src[0..)} into
     * {@code dst[c][0..frames)}. {@code src} must hold at least frames × channels × bytesPerSample bytes.
     */
    static void decode(SampleCoding coding, byte[] src, int frames, int channels, float[][] dst) {
        int width = coding.bytesPerSample();
        int stride = width * channels;
        for (int c = 0; c < channels; c++) {
            float[] out = dst[c];
            int p = c * width;
            // The common masters' codings get their own loops: a switch per sample costs as much as the decoding.
            switch (coding) {
                case S16_LE -> {
                    for (int i = 0; i < frames; i++, p += stride) {
                        out[i] = (short) ((src[p] & 0xFF) | src[p + 1] << 8) * SCALE_16;
                    }
                }
                case S24_LE -> {
                    for (int i = 0; i < frames; i++, p += stride) {
                        out[i] = ((src[p] & 0xFF) | (src[p + 1] & 0xFF) << 8 | src[p + 2] << 16) * SCALE_24;
                    }
                }
                case F32_LE -> {
                    for (int i = 0; i < frames; i++, p += stride) {
                        out[i] = Float.intBitsToFloat(int32le(src, p));
                    }
                }
                default -> {
                    for (int i = 0; i < frames; i++, p += stride) {
                        out[i] = sample(coding, src, p);
                    }
                }
            }
        }
    }

    private static float sample(SampleCoding coding, byte[] b, int p) {
        return switch (coding) {
            case U8 -> ((b[p] & 0xFF) - 128) * SCALE_8;
            case S8 -> b[p] * SCALE_8;
            case S16_LE -> (short) ((b[p] & 0xFF) | b[p + 1] << 8) * SCALE_16;
            case S16_BE -> (short) ((b[p + 1] & 0xFF) | b[p] << 8) * SCALE_16;
            case S24_LE -> ((b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | b[p + 2] << 16) * SCALE_24;
            case S24_BE -> ((b[p + 2] & 0xFF) | (b[p + 1] & 0xFF) << 8 | b[p] << 16) * SCALE_24;
            case S32_LE -> (float) (int32le(b, p) * SCALE_32);
            case S32_BE -> (float) (int32be(b, p) * SCALE_32);
            case F32_LE -> Float.intBitsToFloat(int32le(b, p));
            case F32_BE -> Float.intBitsToFloat(int32be(b, p));
            case F64_LE -> (float) Double.longBitsToDouble(
                    (int32le(b, p) & 0xFFFF_FFFFL) | (long) int32le(b, p + 4) << 32);
            case F64_BE -> (float) Double.longBitsToDouble(
                    (long) int32be(b, p) << 32 | (int32be(b, p + 4) & 0xFFFF_FFFFL));
        };
    }

    private static int int32le(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24;
    }

    private static int int32be(byte[] b, int p) {
        return (b[p + 3] & 0xFF) | (b[p + 2] & 0xFF) << 8 | (b[p + 1] & 0xFF) << 16 | b[p] << 24;
    }
}
