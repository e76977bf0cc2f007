package dev.earshot.audio;

/**
 * Triangular-PDF dither noise of ±1 LSB peak (the sum of two independent uniform values), from a seeded SplitMix64
 * generator so a render is reproducible. Not thread-safe: one per writer.
 */
final class TpdfDither {
    private static final double UNIT_32 = 0x1.0p-32;
    private final SplitMix64 random;

    TpdfDither(long seed) {
        this.random = new SplitMix64(seed);
    }

    /** The next dither value in LSB, in [-1, 1), triangular around 0: two 32-bit uniforms from one 64-bit draw. */
    double nextLsb() {
        long z = random.nextLong();
        return ((z >>> 32) + (z & 0xFFFF_FFFFL)) * UNIT_32 - 1.0;
    }
}
