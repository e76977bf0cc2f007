package dev.earshot.audio;

/**
 * Triangular-PDF dither noise of ±1 LSB peak (the sum of two independent uniform values), from a seeded SplitMix64
 * generator so a render is reproducible. Not thread-safe: one per writer.
 */
final class TpdfDither {
    private static final double UNIT_32 = 0x1.0p-32;
    private long state;

    TpdfDither(long seed) {
        this.state = seed;
    }

    /** The next dither value in LSB, in [-1, 1), triangular around 0: two 32-bit uniforms from one 64-bit draw. */
    double nextLsb() {
        long z = (state += 0x9E37_79B9_7F4A_7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
        z ^= z >>> 31;
        return ((z >>> 32) + (z & 0xFFFF_FFFFL)) * UNIT_32 - 1.0;
    }
}
