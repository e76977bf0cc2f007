package dev.earshot.audio;

/**
 * A small seeded pseudo-random generator (SplitMix64, Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014; constants from that paper). Its output depends only on the seed, on every platform and
 * Java version: it makes the demo master, the generated impulse responses, road noise and dither reproducible for
 * a given seed. Allocates nothing after construction. Not thread-safe.
 */
public final class SplitMix64 {
    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** Starts the sequence again from {@code seed}, as a new generator would; allocates nothing. */
    public void reseed(long seed) {
        this.state = seed;
    }

    /** A generator for one instrument: the song seed mixed with a per-instrument stream number. */
    public static SplitMix64 stream(long seed, int streamNumber) {
        SplitMix64 mixer = new SplitMix64(seed ^ (0x632BE59BD9B4E019L * (streamNumber + 1)));
        return new SplitMix64(mixer.nextLong());
    }

    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [-1, 1). */
    public double nextSigned() {
        return 2.0 * nextDouble() - 1.0;
    }
}
