package dev.earshot.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Streaming long-term average spectrum by Welch's method: periodic Hann window, 50 % overlap, power averaged over all
 * segments, per channel and for mid (L+R)/2 and side (L−R)/2 of channels 0 and 1. See {@link Spectrum} for the
 * scaling.
 *
 * <p>Feed blocks of any size with {@link #add(float[][], int)}; {@link #result()} may be called at any time and does
 * not disturb the accumulation. Memory is a few arrays of the FFT size, independent of duration. Only complete
 * segments are averaged: the last, partial hop of a stream (less than fftSize/2 frames) is not analysed, except that
 * a stream shorter than one segment is analysed as one zero-padded segment with a Hann window of its own length.
 *
 * <p>Not thread-safe: one thread adds and reads. The caller keeps ownership of the blocks; they are copied.
 */
public final class SpectrumAnalyzer {
    private static final int MIN_FFT_SIZE = 256;
    private static final int MAX_FFT_SIZE = 1 << 20;

    private final int sampleRate;
    private final int channels;
    private final int fftSize;
    private final int hopFrames;
    private final double[] window;
    private final DoubleFFT_1D fft;
    private final double[][] history;
    private final double[] buffer;
    private final double[][] pair;
    private final double[][] powerSums;
    private int filledFrames;
    private long segments;

    /** An analyzer with {@link #defaultFftSize(int)}. */
    public SpectrumAnalyzer(int sampleRate, int channels) {
        this(sampleRate, channels, defaultFftSize(sampleRate));
    }

    /**
     * @param sampleRate frames per second, 8 000 to 384 000
     * @param channels   1 to 8
     * @param fftSize    segment length in frames, a power of two from 256 to 2^20
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public SpectrumAnalyzer(int sampleRate, int channels, int fftSize) {
        if (sampleRate < 8_000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 8000..384000");
        }
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("channel count " + channels + " is outside 1..8");
        }
        if (fftSize < MIN_FFT_SIZE || fftSize > MAX_FFT_SIZE || Integer.bitCount(fftSize) != 1) {
            throw new IllegalArgumentException("FFT size " + fftSize + " is not a power of two in 256..1048576");
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.fftSize = fftSize;
        this.hopFrames = fftSize / 2;
        this.window = hann(fftSize);
        this.fft = new DoubleFFT_1D(fftSize);
        this.history = new double[channels][fftSize];
        this.buffer = new double[fftSize];
        this.pair = channels >= 2 ? new double[2][fftSize] : null;
        this.powerSums = new double[channels + 2][fftSize / 2 + 1];
    }

    /** 8192 at 48 kHz, scaled with the sample rate to the nearest power of two (8192 at 44.1 kHz, 16384 at 96 kHz). */
    public static int defaultFftSize(int sampleRate) {
        double exact = 8192.0 * sampleRate / 48_000.0;
        int exponent = (int) Math.round(Math.log(exact) / Math.log(2.0));
        return Math.max(MIN_FFT_SIZE, Math.min(MAX_FFT_SIZE, 1 << exponent));
    }

    /**
     * Adds {@code frames} frames from {@code block[channel][0..frames)}.
     *
     * @throws IllegalArgumentException if the block has fewer channels than the analyzer or fewer frames than asked
     */
    public void add(float[][] block, int frames) {
        if (block.length < channels || frames < 0 || (frames > 0 && block[0].length < frames)) {
            throw new IllegalArgumentException("block of " + block.length + " channels cannot supply " + frames
                    + " frames for " + channels + " channels");
        }
        int offset = 0;
        while (offset < frames) {
            int n = Math.min(frames - offset, fftSize - filledFrames);
            for (int c = 0; c < channels; c++) {
                float[] source = block[c];
                double[] target = history[c];
                for (int i = 0; i < n; i++) {
                    target[filledFrames + i] = source[offset + i];
                }
            }
            filledFrames += n;
            offset += n;
            if (filledFrames == fftSize) {
                accumulateSegment(powerSums, window, fftSize);
                segments++;
                for (double[] channelHistory : history) {
                    System.arraycopy(channelHistory, hopFrames, channelHistory, 0, fftSize - hopFrames);
                }
                filledFrames = fftSize - hopFrames;
            }
        }
    }

    /** Forgets everything added so far. */
    public void reset() {
        filledFrames = 0;
        segments = 0;
        for (double[] sums : powerSums) {
            Arrays.fill(sums, 0.0);
        }
    }

    /** The spectrum of everything added so far (all zero if nothing was added). */
    public Spectrum result() {
        double[][] sums = powerSums;
        double[] usedWindow = window;
        long usedSegments = segments;
        if (segments == 0 && filledFrames > 1) {
            sums = new double[channels + 2][fftSize / 2 + 1];
            usedWindow = hann(filledFrames);
            accumulateSegment(sums, usedWindow, filledFrames);
            usedSegments = 1;
        }
        double windowPower = 0;
        for (double w : usedWindow) {
            windowPower += w * w;
        }
        double scale = usedSegments == 0 ? 0.0 : 1.0 / (usedSegments * (double) sampleRate * windowPower);
        int bins = fftSize / 2 + 1;
        double[][] densities = new double[channels + 2][bins];
        for (int s = 0; s < densities.length; s++) {
            for (int k = 0; k < bins; k++) {
                double oneSided = (k == 0 || k == bins - 1) ? 1.0 : 2.0;
                densities[s][k] = oneSided * scale * sums[s][k];
            }
        }
        double[] frequenciesHz = new double[bins];
        for (int k = 0; k < bins; k++) {
            frequenciesHz[k] = k * (double) sampleRate / fftSize;
        }
        List<double[]> channelDensities = new ArrayList<>();
        for (int c = 0; c < channels; c++) {
            channelDensities.add(densities[c]);
        }
        double[] mid = channels >= 2 ? densities[channels] : densities[0];
        double[] side = densities[channels + 1];
        return new Spectrum(sampleRate, fftSize, usedSegments, frequenciesHz, channelDensities, mid, side);
    }

    /**
     * Adds |FFT|² of the windowed first {@code length} history frames of every series to {@code sums}. Mid and side
     * come from the transforms of channels 0 and 1 (the transform is linear: FFT((L ± R)/2) = (FFT(L) ± FFT(R))/2),
     * so a stereo segment costs two transforms, not four, and one pass over the bins for all four series.
     */
    private void accumulateSegment(double[][] sums, double[] segmentWindow, int length) {
        for (int c = 0; c < channels; c++) {
            double[] target = c < 2 && channels >= 2 ? pair[c] : buffer;
            double[] x = history[c];
            for (int i = 0; i < length; i++) {
                target[i] = x[i] * segmentWindow[i];
            }
            Arrays.fill(target, length, fftSize, 0.0);
            fft.realForward(target);
            if (target == buffer) {
                addPower(sums[c], target);
            }
        }
        if (channels >= 2) {
            addStereoPower(sums[0], sums[1], sums[channels], sums[channels + 1], pair[0], pair[1]);
        }
    }

    /**
     * Adds |X|² per bin to {@code sums}, X the packed real transform {@code a}: realForward packs the real DC value
     * in [0] and the real Nyquist value in [1], bin k's real and imaginary parts in [2k] and [2k + 1].
     */
    private void addPower(double[] sums, double[] a) {
        int half = fftSize / 2;
        sums[0] += a[0] * a[0];
        sums[half] += a[1] * a[1];
        for (int k = 1; k < half; k++) {
            double real = a[2 * k];
            double imag = a[2 * k + 1];
            sums[k] += real * real + imag * imag;
        }
    }

    /**
     * One pass over the bins of the packed transforms {@code a} (left) and {@code b} (right): adds |A|², |B|²,
     * |(A + B)/2|² and |(A − B)/2|². Mid and side are formed from the transforms' parts before squaring (never as
     * differences of powers), so a side far below the mid keeps its full relative precision.
     */
    private void addStereoPower(double[] left, double[] right, double[] mid, double[] side, double[] a, double[] b) {
        int half = fftSize / 2;
        addRealStereo(left, right, mid, side, 0, a[0], b[0]);
        addRealStereo(left, right, mid, side, half, a[1], b[1]);
        for (int k = 1; k < half; k++) {
            double ar = a[2 * k];
            double ai = a[2 * k + 1];
            double br = b[2 * k];
            double bi = b[2 * k + 1];
            left[k] += ar * ar + ai * ai;
            right[k] += br * br + bi * bi;
            double mr = 0.5 * (ar + br);
            double mi = 0.5 * (ai + bi);
            double sr = 0.5 * (ar - br);
            double si = 0.5 * (ai - bi);
            mid[k] += mr * mr + mi * mi;
            side[k] += sr * sr + si * si;
        }
    }

    private static void addRealStereo(double[] left, double[] right, double[] mid, double[] side, int k, double a,
                                      double b) {
        left[k] += a * a;
        right[k] += b * b;
        double m = 0.5 * (a + b);
        double s = 0.5 * (a - b);
        mid[k] += m * m;
        side[k] += s * s;
    }

    /** Periodic Hann window of {@code length} points (sums to a constant at 50 % overlap). */
    private static double[] hann(int length) {
        double[] w = new double[length];
        for (int i = 0; i < length; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * i / length);
        }
        return w;
    }
}
