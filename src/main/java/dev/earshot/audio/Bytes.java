package dev.earshot.audio;

import java.nio.charset.StandardCharsets;

/** Reads fixed-size integers from byte arrays and renders four-character codes for messages. */
final class Bytes {
    private Bytes() {
    }

    static int u16le(byte[] b, int offset) {
        return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
    }

    static long u32le(byte[] b, int offset) {
        return (u16le(b, offset) | (long) u16le(b, offset + 2) << 16) & 0xFFFF_FFFFL;
    }

    static long s64le(byte[] b, int offset) {
        return u32le(b, offset) | u32le(b, offset + 4) << 32;
    }

    static int s16be(byte[] b, int offset) {
        return (short) ((b[offset] & 0xFF) << 8 | (b[offset + 1] & 0xFF));
    }

    static long u32be(byte[] b, int offset) {
        return ((long) (b[offset] & 0xFF) << 24 | (b[offset + 1] & 0xFF) << 16 | (b[offset + 2] & 0xFF) << 8
                | (b[offset + 3] & 0xFF)) & 0xFFFF_FFFFL;
    }

    static long s64be(byte[] b, int offset) {
        return u32be(b, offset) << 32 | u32be(b, offset + 4);
    }

    /** True if {@code b[offset..offset+4)} equals the ASCII code {@code fourCc}. */
    static boolean isCode(byte[] b, int offset, String fourCc) {
        if (b.length < offset + 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (b[offset + i] != (byte) fourCc.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A four-character code as text for a message: quoted ASCII when every byte is printable, otherwise hex
     * ({@code 0x00 0xFF 0x12 0x34}).
     */
    static String describeCode(byte[] b, int offset) {
        boolean printable = true;
        for (int i = 0; i < 4; i++) {
            int c = b[offset + i] & 0xFF;
            printable &= c >= 0x20 && c < 0x7F;
        }
        if (printable) {
            return "'" + new String(b, offset, 4, StandardCharsets.US_ASCII) + "'";
        }
        StringBuilder hex = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            hex.append(i == 0 ? "" : " ").append(String.format("0x%02X", b[offset + i] & 0xFF));
        }
        return hex.toString();
    }
}
