package dev.earshot.audio;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal FLAC encoder for tests, written from the FLAC format specification: STREAMINFO (optionally followed by a
 * PADDING block), fixed-blocksize frames with UTF-8 coded frame numbers, explicit 16-bit block size and sample-size
 * codes, CRC-8 header check, VERBATIM subframes with independent channels and the CRC-16 frame footer. No
 * compression: it exists to give the decoder files whose every sample is known.
 */
final class FlacTestEncoder {
    private FlacTestEncoder() {
    }

    /**
     * @param samples       {@code samples[channel][frame]}, signed integers that fit in {@code bitsPerSample}
     * @param blockFrames   frames per FLAC frame, 16 to 65535 (the last frame may be shorter)
     * @param withPadding   whether to add a PADDING metadata block after STREAMINFO
     */
    static byte[] encode(int[][] samples, int sampleRate, int bitsPerSample, int blockFrames, boolean withPadding) {
        return encode(samples, sampleRate, bitsPerSample, blockFrames, withPadding, true);
    }

    /** As above; {@code statesLength = false} writes 0 ("unknown") as STREAMINFO's sample count. */
    static byte[] encode(int[][] samples, int sampleRate, int bitsPerSample, int blockFrames, boolean withPadding,
                         boolean statesLength) {
        int channels = samples.length;
        int totalFrames = samples[0].length;
        BitWriter out = new BitWriter();
        out.bytes("fLaC".getBytes(StandardCharsets.US_ASCII));
        out.bits(withPadding ? 0 : 1, 1);
        out.bits(0, 7);
        out.bits(34, 24);
        out.bits(blockFrames, 16);
        out.bits(blockFrames, 16);
        out.bits(0, 24);
        out.bits(0, 24);
        out.bits(sampleRate, 20);
        out.bits(channels - 1, 3);
        out.bits(bitsPerSample - 1, 5);
        int statedFrames = statesLength ? totalFrames : 0;
        out.bits(statedFrames >>> 4, 32);
        out.bits(statedFrames & 0xF, 4);
        for (int i = 0; i < 16; i++) {
            out.bits(0, 8);
        }
        if (withPadding) {
            out.bits(1, 1);
            out.bits(1, 7);
            out.bits(10, 24);
            for (int i = 0; i < 10; i++) {
                out.bits(0, 8);
            }
        }
        int frameNumber = 0;
        for (int start = 0; start < totalFrames; start += blockFrames, frameNumber++) {
            int frames = Math.min(blockFrames, totalFrames - start);
            BitWriter frame = new BitWriter();
            frame.bits(0b11111111111110, 14);
            frame.bits(0, 1);
            frame.bits(0, 1);
            frame.bits(0b0111, 4);
            frame.bits(0b0000, 4);
            frame.bits(channels - 1, 4);
            frame.bits(sampleSizeCode(bitsPerSample), 3);
            frame.bits(0, 1);
            frame.utf8(frameNumber);
            frame.bits(frames - 1, 16);
            frame.bits(crc8(frame.toByteArray(), 0), 8);
            for (int[] channel : samples) {
                frame.bits(0b00000010, 8);
                for (int i = 0; i < frames; i++) {
                    frame.bits(channel[start + i], bitsPerSample);
                }
            }
            frame.alignToByte();
            frame.bits(crc16(frame.toByteArray(), 0), 16);
            out.bytes(frame.toByteArray());
        }
        return out.toByteArray();
    }

    private static int sampleSizeCode(int bitsPerSample) {
        return switch (bitsPerSample) {
            case 8 -> 0b001;
            case 12 -> 0b010;
            case 16 -> 0b100;
            case 20 -> 0b101;
            case 24 -> 0b110;
            default -> throw new IllegalArgumentException(bitsPerSample + " bits");
        };
    }

    /** CRC-8, polynomial x^8 + x^2 + x + 1, initial value 0, over {@code data[from..]}. */
    static int crc8(byte[] data, int from) {
        int crc = 0;
        for (int i = from; i < data.length; i++) {
            crc ^= data[i] & 0xFF;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }
        }
        return crc;
    }

    /** CRC-16, polynomial x^16 + x^15 + x^2 + 1, initial value 0, over {@code data[from..]}. */
    static int crc16(byte[] data, int from) {
        int crc = 0;
        for (int i = from; i < data.length; i++) {
            crc ^= (data[i] & 0xFF) << 8;
            for (int b = 0; b < 8; b++) {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x8005) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }

    /** Big-endian bit writer, most significant bit first. */
    private static final class BitWriter {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int pending;
        private int pendingBits;

        void bits(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                pending = (pending << 1) | (int) ((value >>> i) & 1);
                if (++pendingBits == 8) {
                    bytes.write(pending);
                    pending = 0;
                    pendingBits = 0;
                }
            }
        }

        void bytes(byte[] data) {
            for (byte b : data) {
                bits(b & 0xFF, 8);
            }
        }

        /** The "UTF-8" coding FLAC uses for frame numbers (up to 31 bits here). */
        void utf8(int value) {
            if (value < 0x80) {
                bits(value, 8);
                return;
            }
            int continuation = value < 0x800 ? 1 : value < 0x10000 ? 2 : value < 0x200000 ? 3 : 4;
            int leadBits = 6 - continuation;
            int lead = (0xFF << (7 - continuation)) & 0xFF;
            bits(lead | (value >>> (6 * continuation)) & ((1 << leadBits) - 1), 8);
            for (int i = continuation - 1; i >= 0; i--) {
                bits(0x80 | ((value >>> (6 * i)) & 0x3F), 8);
            }
        }

        void alignToByte() {
            while (pendingBits != 0) {
                bits(0, 1);
            }
        }

        byte[] toByteArray() {
            return bytes.toByteArray();
        }
    }
}
