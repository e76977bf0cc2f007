package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PcmPackingTest {

    @Test
    void sixteenBitIsInterleavedLittleEndianRoundedAndClipped() {
        float[][] block = {{0.5f, -1.5f}, {-0.25f, 2f}};
        byte[] out = new byte[8];

        int written = PcmPacking.pack(block, 2, 2, 16, out);

        // 0.5 * 32767 = 16383.5 rounds to 16384 = 0x4000; -0.25 * 32767 = -8191.75 -> -8192 = 0xE000;
        // clipped -1.0 -> -32767 = 0x8001; clipped 1.0 -> 32767 = 0x7FFF.
        assertEquals(8, written);
        assertArrayEquals(new byte[] {0x00, 0x40, 0x00, (byte) 0xE0, 0x01, (byte) 0x80, (byte) 0xFF, 0x7F}, out);
    }

    @Test
    void twentyFourBitUsesThreeBytesPerSample() {
        float[][] block = {{0.5f}};
        byte[] out = new byte[3];

        PcmPacking.pack(block, 1, 1, 24, out);

        // 0.5 * 8388607 = 4194303.5 rounds to 4194304 = 0x400000.
        assertArrayEquals(new byte[] {0x00, 0x00, 0x40}, out);
    }
}
