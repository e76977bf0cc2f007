package dev.earshot.analysis;

import java.util.Arrays;

/**
 * Growable record of momentary and short-term loudness every 100 ms, in LUFS as floats (−∞ for silence). Memory
 * grows by 8 bytes per 100 ms. Not thread-safe.
 */
final class LoudnessSeries {
    private float[] momentary = new float[1024];
    private float[] shortTerm = new float[1024];
    private int size;

    void add(double momentaryLufs, double shortTermLufs) {
        if (size == momentary.length) {
            momentary = Arrays.copyOf(momentary, size * 2);
            shortTerm = Arrays.copyOf(shortTerm, size * 2);
        }
        momentary[size] = (float) momentaryLufs;
        shortTerm[size] = (float) shortTermLufs;
        size++;
    }

    void clear() {
        size = 0;
    }

    float[] momentaryLufs() {
        return Arrays.copyOf(momentary, size);
    }

    float[] shortTermLufs() {
        return Arrays.copyOf(shortTerm, size);
    }
}
