package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The stereo fast paths (one 32-bit load per sample) give exactly the values of the byte-by-byte definitions, for
 * every bit pattern class: random bytes, full-scale extremes, and blocks of one frame (whose last sample may not be
 * followed by another byte).
 */
class SampleDecoderStereoTest {
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 1000})
    void stereo24BitMatchesTheByteDefinition(int frames) {
        byte[] bytes = randomBytes(frames * 6, frames);
        // Full-scale extremes in the first frame: 0x7FFFFF and 0x800000.
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFF;
        bytes[2] = 0x7F;
        bytes[3] = 0;
        bytes[4] = 0;
        bytes[5] = (byte) 0x80;
        float[][] out = new float[2][frames];
        SampleDecoder.decode(SampleCoding.S24_LE, bytes, frames, 2, out);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < 2; c++) {
                int p = i * 6 + c * 3;
                int value = (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8 | bytes[p + 2] << 16;
                assertEquals(value / 8388608f, out[c][i], 0f, "frame " + i + " channel " + c);
            }
        }
        assertEquals(8388607 / 8388608f, out[0][0], 0f);
        assertEquals(-1f, out[1][0], 0f);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 1000})
    void stereoFloatMatchesTheByteDefinition(int frames) {
        byte[] bytes = randomBytes(frames * 8, frames + 17);
        float[][] out = new float[2][frames];
        SampleDecoder.decode(SampleCoding.F32_LE, bytes, frames, 2, out);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < 2; c++) {
                int p = i * 8 + c * 4;
                int bits = (bytes[p] & 0xFF) | (bytes[p + 1] & 0xFF) << 8 | (bytes[p + 2] & 0xFF) << 16
                        | bytes[p + 3] << 24;
                assertEquals(Float.floatToRawIntBits(Float.intBitsToFloat(bits)),
                        Float.floatToRawIntBits(out[c][i]), "frame " + i + " channel " + c);
            }
        }
    }

    private static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }
}
