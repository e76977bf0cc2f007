package dev.earshot.playback;

import dev.earshot.dsp.KWeighting;

/**
 * Live loudness and correlation of a stereo stream, for the player's meters: momentary (400 ms) and short-term (3 s)
 * loudness after ITU-R BS.1770 (K-weighted mean square of both channels, weight 1 each, −0.691 dB offset) and the
 * inter-channel correlation over the last {@value #CORRELATION_SEGMENTS}0 ms. Time is cut into segments of 10 ms
 * (segment k ends at frame ⌊(k+1)·fs/100⌋); the values change at segment ends, and a window reaching back before the
 * first frame counts the missing time as silence. Allocates only in its constructor; audio thread only.
 */
final class LoudnessWindows {
    private static final int SEGMENTS_PER_SECOND = 100;
    private static final int MOMENTARY_SEGMENTS = 40;
    private static final int SHORT_TERM_SEGMENTS = 300;
    static final int CORRELATION_SEGMENTS = 30;
    /** Correlation reads 0 when either channel's mean square is below this (−120 dBFS): no signal, no image. */
    private static final double SILENCE_MEAN_SQUARE = 1e-12;

    private final int sampleRate;
    private final KWeighting left;
    private final KWeighting right;
    private final double[] pairSums = new double[2];
    private final double[] energies = new double[SHORT_TERM_SEGMENTS];
    private final double[] crossSums = new double[SHORT_TERM_SEGMENTS];
    private final double[] leftSums = new double[SHORT_TERM_SEGMENTS];
    private final double[] rightSums = new double[SHORT_TERM_SEGMENTS];
    private final double momentaryFrames;
    private final double shortTermFrames;
    private long frames;
    private long segments;
    private long nextSegmentEnd;
    private double cross;
    private double leftSquares;
    private double rightSquares;
    private double momentaryLufs = Double.NEGATIVE_INFINITY;
    private double shortTermLufs = Double.NEGATIVE_INFINITY;
    private double correlation;

    /** @param sampleRate frames per second, above 3364 (the K-weighting's shelf must lie below Nyquist) */
    LoudnessWindows(int sampleRate) {
        this.sampleRate = sampleRate;
        this.left = new KWeighting(sampleRate);
        this.right = new KWeighting(sampleRate);
        this.momentaryFrames = sampleRate * (MOMENTARY_SEGMENTS / (double) SEGMENTS_PER_SECOND);
        this.shortTermFrames = sampleRate * (SHORT_TERM_SEGMENTS / (double) SEGMENTS_PER_SECOND);
        this.nextSegmentEnd = sampleRate / SEGMENTS_PER_SECOND;
    }

    /** Measures {@code block[0..1][0..frameCount)}; the caller keeps the arrays. */
    void add(float[][] block, int frameCount) {
        float[] l = block[0];
        float[] r = block[1];
        int offset = 0;
        while (offset < frameCount) {
            int length = (int) Math.min(frameCount - offset, nextSegmentEnd - frames);
            left.sumOfSquaresPair(right, l, r, offset, length, pairSums);
            double lr = cross;
            double ll = leftSquares;
            double rr = rightSquares;
            for (int i = offset, end = offset + length; i < end; i++) {
                double a = l[i];
                double b = r[i];
                lr += a * b;
                ll += a * a;
                rr += b * b;
            }
            cross = lr;
            leftSquares = ll;
            rightSquares = rr;
            offset += length;
            frames += length;
            if (frames == nextSegmentEnd) {
                endSegment();
            }
        }
    }

    /** Momentary loudness, LUFS; minus infinity for silence. */
    double momentaryLufs() {
        return momentaryLufs;
    }

    /** Short-term loudness, LUFS; minus infinity for silence. */
    double shortTermLufs() {
        return shortTermLufs;
    }

    /** Pearson correlation of left and right (no mean removed), −1 to 1; 0 when either channel is silent. */
    double correlation() {
        return correlation;
    }

    private void endSegment() {
        int slot = (int) (segments % SHORT_TERM_SEGMENTS);
        energies[slot] = pairSums[0] + pairSums[1];
        crossSums[slot] = cross;
        leftSums[slot] = leftSquares;
        rightSums[slot] = rightSquares;
        pairSums[0] = 0.0;
        pairSums[1] = 0.0;
        cross = 0.0;
        leftSquares = 0.0;
        rightSquares = 0.0;
        segments++;
        nextSegmentEnd = (segments + 1) * sampleRate / SEGMENTS_PER_SECOND;
        // Summing the ring afresh (at most 300 adds every 10 ms) keeps no running sum that could drift.
        momentaryLufs = lufs(sumOfLast(energies, MOMENTARY_SEGMENTS) / momentaryFrames);
        shortTermLufs = lufs(sumOfLast(energies, SHORT_TERM_SEGMENTS) / shortTermFrames);
        double ll = sumOfLast(leftSums, CORRELATION_SEGMENTS);
        double rr = sumOfLast(rightSums, CORRELATION_SEGMENTS);
        double lr = sumOfLast(crossSums, CORRELATION_SEGMENTS);
        double floor = SILENCE_MEAN_SQUARE * CORRELATION_SEGMENTS * sampleRate / SEGMENTS_PER_SECOND;
        correlation = ll < floor || rr < floor ? 0.0 : Math.max(-1.0, Math.min(1.0, lr / Math.sqrt(ll * rr)));
    }

    private double sumOfLast(double[] ring, int count) {
        double sum = 0.0;
        for (long k = segments - count; k < segments; k++) {
            if (k >= 0) {
                sum += ring[(int) (k % SHORT_TERM_SEGMENTS)];
            }
        }
        return sum;
    }

    private static double lufs(double meanSquare) {
        return meanSquare > 0.0 ? -0.691 + 10.0 * Math.log10(meanSquare) : Double.NEGATIVE_INFINITY;
    }
}
