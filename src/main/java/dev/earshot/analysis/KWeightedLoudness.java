package dev.earshot.analysis;

import dev.earshot.dsp.KWeighting;
import java.util.Arrays;

/**
 * The K-weighted half of the loudness meter: momentary and short-term loudness, the gating histograms for integrated
 * loudness and loudness range, and the optional 100 ms series. Time is cut into ticks of 1/400 s (the tick boundary
 * after tick k is at frame ⌊(k+1)·fs/400⌋); momentary and short-term loudness are evaluated at every tick, so their
 * maxima miss a window's best position by at most 1.25 ms. Windows that reach back before the first frame count the
 * missing part as silence. Gating blocks are taken every 40 ticks (100 ms) once a whole window exists. Memory is
 * fixed apart from the optional series. Not thread-safe.
 */
final class KWeightedLoudness {
    private static final int TICKS_PER_SECOND = 400;
    private static final int TICKS_PER_HOP = 40;
    private static final int MOMENTARY_TICKS = 160;
    private static final int SHORT_TERM_TICKS = 1200;

    private final int sampleRate;
    private final double[] weights;
    private final KWeighting[] filters;
    private final double momentaryFrames;
    private final double shortTermFrames;
    private final double[] tickEnergies = new double[SHORT_TERM_TICKS];
    /** Sum of squares of each K-weighted channel in the current tick. */
    private final double[] channelSums;
    private final double[] pairSums = new double[2];
    private final LoudnessHistogram gatingBlocks = new LoudnessHistogram();
    private final LoudnessHistogram shortTermBlocks = new LoudnessHistogram();
    private final LoudnessSeries series;

    private long frames;
    private long ticks;
    private long nextTickEndFrame;
    private double momentarySum;
    private double shortTermSum;
    private double momentaryLufs;
    private double shortTermLufs;
    private double maxMomentaryLufs;
    private double maxShortTermLufs;

    KWeightedLoudness(int sampleRate, double[] weights, boolean keepSeries) {
        this.sampleRate = sampleRate;
        this.weights = weights.clone();
        this.filters = new KWeighting[weights.length];
        this.channelSums = new double[weights.length];
        for (int c = 0; c < weights.length; c++) {
            filters[c] = new KWeighting(sampleRate);
        }
        this.momentaryFrames = sampleRate * (MOMENTARY_TICKS / (double) TICKS_PER_SECOND);
        this.shortTermFrames = sampleRate * (SHORT_TERM_TICKS / (double) TICKS_PER_SECOND);
        this.series = keepSeries ? new LoudnessSeries() : null;
        reset();
    }

    void add(float[][] block, int frameCount) {
        int offset = 0;
        while (offset < frameCount) {
            int length = (int) Math.min(frameCount - offset, nextTickEndFrame - frames);
            int c = 0;
            for (; c + 1 < filters.length; c += 2) {
                pairSums[0] = channelSums[c];
                pairSums[1] = channelSums[c + 1];
                filters[c].sumOfSquaresPair(filters[c + 1], block[c], block[c + 1], offset, length, pairSums);
                channelSums[c] = pairSums[0];
                channelSums[c + 1] = pairSums[1];
            }
            if (c < filters.length) {
                channelSums[c] = filters[c].sumOfSquares(block[c], offset, length, channelSums[c]);
            }
            offset += length;
            frames += length;
            if (frames == nextTickEndFrame) {
                endTick();
            }
        }
    }

    private void endTick() {
        double tickEnergy = 0.0;
        for (int c = 0; c < channelSums.length; c++) {
            tickEnergy += weights[c] * channelSums[c];
            channelSums[c] = 0.0;
        }
        int slot = (int) (ticks % SHORT_TERM_TICKS);
        if (ticks >= SHORT_TERM_TICKS) {
            shortTermSum -= tickEnergies[slot];
        }
        if (ticks >= MOMENTARY_TICKS) {
            momentarySum -= tickEnergies[(int) ((ticks - MOMENTARY_TICKS) % SHORT_TERM_TICKS)];
        }
        tickEnergies[slot] = tickEnergy;
        momentarySum += tickEnergy;
        shortTermSum += tickEnergy;
        ticks++;
        if (ticks % SHORT_TERM_TICKS == 0) {
            resumWindows();
        }
        nextTickEndFrame = (ticks + 1) * sampleRate / TICKS_PER_SECOND;
        double momentaryEnergy = Math.max(0.0, momentarySum) / momentaryFrames;
        double shortTermEnergy = Math.max(0.0, shortTermSum) / shortTermFrames;
        momentaryLufs = LoudnessHistogram.lufsOf(momentaryEnergy);
        shortTermLufs = LoudnessHistogram.lufsOf(shortTermEnergy);
        maxMomentaryLufs = Math.max(maxMomentaryLufs, momentaryLufs);
        maxShortTermLufs = Math.max(maxShortTermLufs, shortTermLufs);
        if (ticks % TICKS_PER_HOP == 0) {
            if (ticks >= MOMENTARY_TICKS) {
                gatingBlocks.add(momentaryEnergy);
            }
            if (ticks >= SHORT_TERM_TICKS) {
                shortTermBlocks.add(shortTermEnergy);
            }
            if (series != null) {
                series.add(momentaryLufs, shortTermLufs);
            }
        }
    }

    /** Recomputes the running window sums from the ring so that rounding never accumulates beyond one ring. */
    private void resumWindows() {
        double shortTerm = 0.0;
        for (double e : tickEnergies) {
            shortTerm += e;
        }
        double momentary = 0.0;
        for (long t = ticks - MOMENTARY_TICKS; t < ticks; t++) {
            momentary += tickEnergies[(int) (t % SHORT_TERM_TICKS)];
        }
        shortTermSum = shortTerm;
        momentarySum = momentary;
    }

    void reset() {
        for (KWeighting filter : filters) {
            filter.reset();
        }
        Arrays.fill(tickEnergies, 0.0);
        gatingBlocks.clear();
        shortTermBlocks.clear();
        if (series != null) {
            series.clear();
        }
        frames = 0;
        ticks = 0;
        nextTickEndFrame = (long) sampleRate / TICKS_PER_SECOND;
        Arrays.fill(channelSums, 0.0);
        momentarySum = 0.0;
        shortTermSum = 0.0;
        momentaryLufs = Double.NEGATIVE_INFINITY;
        shortTermLufs = Double.NEGATIVE_INFINITY;
        maxMomentaryLufs = Double.NEGATIVE_INFINITY;
        maxShortTermLufs = Double.NEGATIVE_INFINITY;
    }

    long frames() {
        return frames;
    }

    double momentaryLufs() {
        return momentaryLufs;
    }

    double shortTermLufs() {
        return shortTermLufs;
    }

    double maxMomentaryLufs() {
        return maxMomentaryLufs;
    }

    double maxShortTermLufs() {
        return maxShortTermLufs;
    }

    /** BS.1770-4 integrated loudness: absolute gate −70 LUFS, relative gate 10 LU below the absolute-gated mean. */
    double integratedLufs() {
        double absoluteGated = gatingBlocks.gatedMeanLufs(LoudnessHistogram.ABSOLUTE_GATE_LUFS);
        return absoluteGated == Double.NEGATIVE_INFINITY ? absoluteGated
                : gatingBlocks.gatedMeanLufs(absoluteGated - 10.0);
    }

    /** EBU Tech 3342: {low, high} = 10th and 95th percentiles of the gated short-term values; NaN if none. */
    double[] loudnessRangeLufs() {
        double absoluteGated = shortTermBlocks.gatedMeanLufs(LoudnessHistogram.ABSOLUTE_GATE_LUFS);
        if (absoluteGated == Double.NEGATIVE_INFINITY) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double gate = absoluteGated - 20.0;
        return new double[] {shortTermBlocks.quantileLufs(gate, 0.10), shortTermBlocks.quantileLufs(gate, 0.95)};
    }

    LoudnessSeries series() {
        return series;
    }
}
