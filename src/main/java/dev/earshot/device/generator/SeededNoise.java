package dev.earshot.device.generator;

/**
 * SplitMix64 (Steele, Lea and Flood, OOPSLA 2014): a tiny seeded generator whose output depends only on its seed, on
 * every platform and Java version, so generated impulse responses are reproducible. Not thread-safe.
 */
final class SeededNoise {
    private long state;

    SeededNoise(long seed) {
        this.state = seed;
    }

    long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [-1, 1). */
    double nextSigned() {
        return 2.0 * ((nextLong() >>> 11) * 0x1.0p-53) - 1.0;
    }
}
