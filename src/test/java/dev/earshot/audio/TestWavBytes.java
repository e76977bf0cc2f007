package dev.earshot.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Test-side WAV encoder, written from the RIFF/WAVE, WAVE_FORMAT_EXTENSIBLE and EBU Tech 3306 (RF64) layouts
 * independently of the production writer, so reader tests do not check the code against itself.
 */
final class TestWavBytes {
    static final int PCM = 1;
    static final int FLOAT = 3;
    static final int EXTENSIBLE = 0xFFFE;

    private TestWavBytes() {
    }

    /** A 16-byte (PCM) or 18-byte (other tags) fmt chunk. */
    static byte[] fmt(int tag, int channels, int sampleRate, int blockAlign, int bits) {
        ByteBuffer b = le(tag == PCM ? 16 : 18);
        b.putShort((short) tag).putShort((short) channels).putInt(sampleRate).putInt(sampleRate * blockAlign)
                .putShort((short) blockAlign).putShort((short) bits);
        if (tag != PCM) {
            b.putShort((short) 0);
        }
        return chunk("fmt ", b.array());
    }

    /** A 40-byte WAVE_FORMAT_EXTENSIBLE fmt chunk with the standard KSDATAFORMAT GUID for {@code subTag}. */
    static byte[] fmtExtensible(int subTag, int channels, int sampleRate, int containerBits, int validBits,
                                int channelMask) {
        int blockAlign = channels * containerBits / 8;
        ByteBuffer b = le(40);
        b.putShort((short) EXTENSIBLE).putShort((short) channels).putInt(sampleRate).putInt(sampleRate * blockAlign)
                .putShort((short) blockAlign).putShort((short) containerBits).putShort((short) 22)
                .putShort((short) validBits).putInt(channelMask).putInt(subTag)
                .put(new byte[] {0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38,
                    (byte) 0x9B, 0x71});
        return chunk("fmt ", b.array());
    }

    /** A chunk with its 8-byte header and the pad byte an odd payload needs. */
    static byte[] chunk(String id, byte[] payload) {
        return chunkClaiming(id, payload.length, payload);
    }

    /** A chunk whose header claims {@code claimedBytes} whatever the payload holds (no pad byte added). */
    static byte[] chunkClaiming(String id, long claimedBytes, byte[] payload) {
        ByteBuffer b = le(8 + payload.length + (payload.length & 1));
        b.put(id.getBytes(StandardCharsets.ISO_8859_1)).putInt((int) claimedBytes).put(payload);
        return b.array();
    }

    /** A whole file: {@code riffId} ("RIFF", "RF64", "BW64"), size, "WAVE" and the chunks. */
    static byte[] riff(String riffId, byte[]... chunks) {
        byte[] body = concat(chunks);
        ByteBuffer b = le(12 + body.length);
        b.put(riffId.getBytes(StandardCharsets.US_ASCII)).putInt(riffId.equals("RIFF") ? 4 + body.length : -1)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put(body);
        return b.array();
    }

    /** A ds64 chunk for an RF64 file with the given data size. */
    static byte[] ds64(long riffBytes, long dataBytes, long frames) {
        ByteBuffer b = le(28);
        b.putLong(riffBytes).putLong(dataBytes).putLong(frames).putInt(0);
        return chunk("ds64", b.array());
    }

    /**
     * Interleaves integer samples: {@code bytes} per sample, little- or big-endian; 8-bit WAV samples are stored
     * offset-binary when {@code unsigned8}.
     */
    static byte[] ints(int[][] samples, int bytes, boolean bigEndian, boolean unsigned8) {
        int frames = samples[0].length;
        ByteBuffer b = ByteBuffer.allocate(frames * samples.length * bytes);
        for (int i = 0; i < frames; i++) {
            for (int[] channel : samples) {
                int v = bytes == 1 && unsigned8 ? channel[i] + 128 : channel[i];
                for (int k = 0; k < bytes; k++) {
                    int shift = 8 * (bigEndian ? bytes - 1 - k : k);
                    b.put((byte) (v >> shift));
                }
            }
        }
        return b.array();
    }

    /** Interleaves float samples as 32-bit or 64-bit IEEE values. */
    static byte[] floats(double[][] samples, int bytes, boolean bigEndian) {
        int frames = samples[0].length;
        ByteBuffer b = ByteBuffer.allocate(frames * samples.length * bytes)
                .order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (double[] channel : samples) {
                if (bytes == 4) {
                    b.putFloat((float) channel[i]);
                } else {
                    b.putDouble(channel[i]);
                }
            }
        }
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static ByteBuffer le(int bytes) {
        return ByteBuffer.allocate(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
