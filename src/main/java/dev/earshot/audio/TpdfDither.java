package dev.earshot.audio;

/**
 * Triangular-PDF dither noise of ±1 LSB peak (the sum of two independent uniform values), from a seeded SplitMix64
 * generator so a render is reproducible. Each 64-bit draw gives four 16-bit uniforms, so two dither values: the
 * first is returned, the second on the next call. A resolution of 1/65 536 LSB is far finer than dither needs, and
 * the values come in the same order whatever the block sizes. Not thread-safe: one per writer.
 */
final class TpdfDither {
    private static final double UNIT_16 = 0x1.0p-16;
    private static final long MASK_16 = 0xFFFF;
    private final SplitMix64 random;
    private double spare;
    private boolean hasSpare;

    TpdfDither(long seed) {
        this.random = new SplitMix64(seed);
    }

    /**
     * The next dither value in LSB, in [-1, 1), triangular around 0: the sum of the two low 16-bit uniforms of a
     * draw, then, on the next call, of its two high ones.
     */
    double nextLsb() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        long z = random.nextLong();
        spare = ((z >>> 48) + ((z >>> 32) & MASK_16)) * UNIT_16 - 1.0;
        hasSpare = true;
        return (((z >>> 16) & MASK_16) + (z & MASK_16)) * UNIT_16 - 1.0;
    }
}
