package dev.earshot.audio;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Test-side AIFF / AIFF-C encoder written from Apple's AIFF 1.3 and AIFF-C layouts (big-endian chunk sizes). */
final class TestAiffBytes {
    private TestAiffBytes() {
    }

    /** A COMM chunk; {@code compression} null for plain AIFF, else the AIFF-C type with an empty name. */
    static byte[] comm(int channels, long frames, int bits, double sampleRate, String compression) {
        ByteBuffer b = ByteBuffer.allocate(compression == null ? 18 : 24);
        b.putShort((short) channels).putInt((int) frames).putShort((short) bits).put(extended(sampleRate));
        if (compression != null) {
            b.put(compression.getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0).put((byte) 0);
        }
        return chunk("COMM", b.array());
    }

    /** An SSND chunk with the given data offset (that many zero bytes precede the samples). */
    static byte[] ssnd(int offset, byte[] samples) {
        ByteBuffer b = ByteBuffer.allocate(8 + offset + samples.length);
        b.putInt(offset).putInt(0).put(new byte[offset]).put(samples);
        return chunk("SSND", b.array());
    }

    static byte[] chunk(String id, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + payload.length + (payload.length & 1));
        b.put(id.getBytes(StandardCharsets.ISO_8859_1)).putInt(payload.length).put(payload);
        return b.array();
    }

    /** FORM header with type "AIFF" or "AIFC" and the chunks (AIFF-C gets its FVER chunk first). */
    static byte[] form(String type, byte[]... chunks) {
        byte[] fver = type.equals("AIFC") ? chunk("FVER", new byte[] {(byte) 0xA2, (byte) 0x80, 0x51, 0x40})
                : new byte[0];
        byte[] body = TestWavBytes.concat(fver, TestWavBytes.concat(chunks));
        ByteBuffer b = ByteBuffer.allocate(12 + body.length);
        b.put("FORM".getBytes(StandardCharsets.US_ASCII)).putInt(4 + body.length)
                .put(type.getBytes(StandardCharsets.US_ASCII)).put(body);
        return b.array();
    }

    /**
     * 80-bit extended encoding of a positive integer rate: exponent = floor(log2 rate) + 16383, mantissa = the rate
     * shifted so its top bit lands on bit 63 (the explicit integer bit).
     */
    static byte[] extended(double sampleRate) {
        long rate = (long) sampleRate;
        int exponent = 63 - Long.numberOfLeadingZeros(rate);
        long mantissa = rate << (63 - exponent);
        ByteBuffer b = ByteBuffer.allocate(10);
        b.putShort((short) (exponent + 16383)).putLong(mantissa);
        return b.array();
    }
}
