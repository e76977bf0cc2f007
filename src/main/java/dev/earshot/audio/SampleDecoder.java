package dev.earshot.audio;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Converts interleaved sample bytes to deinterleaved floats. Integers of width {@code b} bytes are divided by
 * 2^(8b-1), so full scale maps to [-1, 1); floats are passed through (64-bit rounded to the nearest float).
 */
final class SampleDecoder {
    /** Little-endian views of a byte array: one load per sample where the JIT allows, instead of one per byte. */
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle FLOAT_LE =
            MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
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
        if (channels == 2 && frames > 0 && (coding == SampleCoding.S24_LE || coding == SampleCoding.F32_LE)) {
            decodeStereo(coding, src, frames, dst[0], dst[1]);
            return;
        }
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

    /**
     * Stereo 24-bit and float frames, the usual masters and Earshot's own temporary files, frame by frame with one
     * 32-bit load per sample. A 24-bit sample is read as the 32 bits from its first byte (the fourth belongs to the
     * next sample) and sign-extended from 24 bits; the very last sample, whose fourth byte may lie past the data, is
     * read byte by byte. Same values as {@link #sample}.
     */
    private static void decodeStereo(SampleCoding coding, byte[] src, int frames, float[] left, float[] right) {
        if (coding == SampleCoding.F32_LE) {
            for (int i = 0, p = 0; i < frames; i++, p += 8) {
                left[i] = (float) FLOAT_LE.get(src, p);
                right[i] = (float) FLOAT_LE.get(src, p + 4);
            }
            return;
        }
        int last = frames - 1;
        for (int i = 0, p = 0; i < last; i++, p += 6) {
            left[i] = ((int) INT_LE.get(src, p) << 8 >> 8) * SCALE_24;
            right[i] = ((int) INT_LE.get(src, p + 3) << 8 >> 8) * SCALE_24;
        }
        int p = last * 6;
        left[last] = ((int) INT_LE.get(src, p) << 8 >> 8) * SCALE_24;
        right[last] = sample(SampleCoding.S24_LE, src, p + 3);
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
