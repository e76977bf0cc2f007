package dev.earshot.analysis;

import java.util.Arrays;

/**
 * Block loudness values kept as a histogram of 0.01 LU bins from −70 to +30 LUFS, with the exact sum of the block
 * energies in every bin, so that gated power means are exact except for blocks within 0.01 LU of a relative gate.
 * Memory is fixed (160 kB) whatever the duration. Values below −70 LUFS (the absolute gate) are not kept; values
 * above +30 LUFS go to the top bin with their exact energy. Not thread-safe.
 */
final class LoudnessHistogram {
    static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double MAX_LUFS = 30.0;
    private static final double BIN_LU = 0.01;
    private static final int BINS = (int) Math.round((MAX_LUFS - ABSOLUTE_GATE_LUFS) / BIN_LU);
    /** Energy (weighted mean square) of a block at the absolute gate. */
    private static final double ABSOLUTE_GATE_ENERGY = energyOf(ABSOLUTE_GATE_LUFS);

    private final long[] counts = new long[BINS];
    private final double[] energies = new double[BINS];

    static double lufsOf(double energy) {
        return energy > 0.0 ? -0.691 + 10.0 * Math.log10(energy) : Double.NEGATIVE_INFINITY;
    }

    static double energyOf(double lufs) {
        return Math.pow(10.0, (lufs + 0.691) / 10.0);
    }

    /** Adds one block given its channel-weighted mean square; ignored if below the absolute gate. */
    void add(double energy) {
        if (energy < ABSOLUTE_GATE_ENERGY) {
            return;
        }
        int bin = (int) ((lufsOf(energy) - ABSOLUTE_GATE_LUFS) / BIN_LU);
        bin = Math.max(0, Math.min(BINS - 1, bin));
        counts[bin]++;
        energies[bin] += energy;
    }

    void clear() {
        Arrays.fill(counts, 0L);
        Arrays.fill(energies, 0.0);
    }

    /** Power mean, in LUFS, of the kept blocks at or above {@code gateLufs}; −∞ if there are none. */
    double gatedMeanLufs(double gateLufs) {
        long count = 0;
        double energy = 0.0;
        for (int i = firstBinAtOrAbove(gateLufs); i < BINS; i++) {
            count += counts[i];
            energy += energies[i];
        }
        return count == 0 ? Double.NEGATIVE_INFINITY : lufsOf(energy / count);
    }

    /**
     * The {@code fraction} quantile (0..1) of the kept values at or above {@code gateLufs}: with the n values sorted,
     * the value at rank {@code fraction·(n−1)} (0-based), linearly interpolated between the two neighbouring ranks;
     * every value is represented by its bin's centre (error ≤ 0.005 LU). NaN if no value passes the gate.
     */
    double quantileLufs(double gateLufs, double fraction) {
        int first = firstBinAtOrAbove(gateLufs);
        long n = 0;
        for (int i = first; i < BINS; i++) {
            n += counts[i];
        }
        if (n == 0) {
            return Double.NaN;
        }
        double rank = fraction * (n - 1);
        long lowRank = (long) Math.floor(rank);
        double low = valueAtRank(first, lowRank);
        double high = valueAtRank(first, Math.min(n - 1, lowRank + 1));
        return low + (rank - lowRank) * (high - low);
    }

    private double valueAtRank(int first, long rank) {
        long seen = 0;
        for (int i = first; i < BINS; i++) {
            seen += counts[i];
            if (seen > rank) {
                return ABSOLUTE_GATE_LUFS + (i + 0.5) * BIN_LU;
            }
        }
        throw new IllegalStateException("rank " + rank + " beyond " + seen + " values");
    }

    /** The first bin whose centre is at or above the gate. */
    private static int firstBinAtOrAbove(double gateLufs) {
        double position = (gateLufs - ABSOLUTE_GATE_LUFS) / BIN_LU - 0.5;
        return (int) Math.max(0, Math.min(BINS, Math.ceil(position)));
    }
}
