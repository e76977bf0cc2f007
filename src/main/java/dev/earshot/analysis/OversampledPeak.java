package dev.earshot.analysis;

import dev.earshot.dsp.InterpolationFilter;
import java.util.Arrays;

/**
 * Finds the largest magnitude among the interpolated (non-zero) phases of an {@link InterpolationFilter} over a run
 * of input samples, in float. For ×4 it uses the filter's symmetries (phase 3 is phase 1 reversed, phase 2 is
 * symmetric), computing max(|y1|, |y3|) as (|y1 + y3| + |y1 − y3|)/2 from folded sums: half the multiplications.
 * One instance per channel; not thread-safe.
 */
final class OversampledPeak {
    private final int taps;
    private final float[][] phases;
    private final float[] sumTaps;
    private final float[] differenceTaps;
    private final float[] middleTaps;
    private final float[] sums;
    private final float[] differences;
    private final float[] middles;
    private final float[] early;
    private final float[] late;
    private final double gainBound;

    /** @param maxFrames the largest {@code frames} that {@link #peak} will be asked for */
    OversampledPeak(InterpolationFilter filter, int maxFrames) {
        this.taps = filter.tapsPerPhase();
        this.phases = new float[filter.factor()][];
        double bound = 1.0;
        for (int p = 0; p < phases.length; p++) {
            phases[p] = filter.phase(p);
            double absoluteSum = 0.0;
            for (float h : phases[p]) {
                absoluteSum += Math.abs(h);
            }
            bound = Math.max(bound, absoluteSum);
        }
        this.gainBound = bound * 1.001;
        int half = taps / 2;
        this.sumTaps = new float[half];
        this.differenceTaps = new float[half];
        this.middleTaps = new float[half];
        if (phases.length == 4) {
            for (int k = 0; k < half; k++) {
                sumTaps[k] = phases[1][k] + phases[1][taps - 1 - k];
                differenceTaps[k] = phases[1][k] - phases[1][taps - 1 - k];
                middleTaps[k] = phases[2][k];
            }
        }
        this.sums = new float[maxFrames];
        this.differences = new float[maxFrames];
        this.middles = new float[maxFrames];
        this.early = new float[maxFrames];
        this.late = new float[maxFrames];
    }

    /**
     * An upper bound on |interpolated| / max|input| (the largest sum of absolute taps, with a margin for float
     * rounding): a run whose inputs all lie below {@code peak / gainBound()} cannot raise {@code peak}.
     */
    double gainBound() {
        return gainBound;
    }

    /**
     * Largest interpolated magnitude for outputs i = 0..frames−1, output i lying between
     * {@code w[i + taps/2 − 1]} and {@code w[i + taps/2]}; reads {@code w[0 .. frames + taps − 1)}.
     */
    float peak(float[] w, int frames) {
        return phases.length == 4 ? peakFourTimes(w, frames) : peakAnyFactor(w, frames);
    }

    private float peakFourTimes(float[] w, int n) {
        Arrays.fill(sums, 0, n, 0f);
        Arrays.fill(differences, 0, n, 0f);
        Arrays.fill(middles, 0, n, 0f);
        int last = taps - 1;
        for (int k = 0; k < taps / 2; k++) {
            // Aligned copies: C2 (JDK 17) vectorizes only loops whose arrays are all indexed by the same i.
            System.arraycopy(w, k, early, 0, n);
            System.arraycopy(w, last - k, late, 0, n);
            float c = sumTaps[k];
            float d = differenceTaps[k];
            float e = middleTaps[k];
            for (int i = 0; i < n; i++) {
                float a = early[i];
                float b = late[i];
                float s = a + b;
                sums[i] += c * s;
                differences[i] += d * (a - b);
                middles[i] += e * s;
            }
        }
        float peak = 0f;
        for (int i = 0; i < n; i++) {
            float outer = 0.5f * (Math.abs(sums[i]) + Math.abs(differences[i]));
            peak = Math.max(peak, Math.max(outer, Math.abs(middles[i])));
        }
        return peak;
    }

    private float peakAnyFactor(float[] w, int n) {
        float peak = 0f;
        for (int p = 1; p < phases.length; p++) {
            float[] h = phases[p];
            Arrays.fill(sums, 0, n, 0f);
            for (int k = 0; k < taps; k++) {
                System.arraycopy(w, k, early, 0, n);
                float hk = h[k];
                for (int i = 0; i < n; i++) {
                    sums[i] += hk * early[i];
                }
            }
            for (int i = 0; i < n; i++) {
                peak = Math.max(peak, Math.abs(sums[i]));
            }
        }
        return peak;
    }
}
