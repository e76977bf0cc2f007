package dev.earshot.report.measure;

import dev.earshot.analysis.Spectrum;
import dev.earshot.analysis.SpectrumAnalyzer;
import java.util.Arrays;
import java.util.List;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The Welch spectrum of a stereo stream exactly as {@link SpectrumAnalyzer} computes it (periodic Hann window, 50 %
 * overlap, the same scaling and the same handling of streams shorter than one segment), at half the cost: the
 * transform is linear, so the mid (L+R)/2 and side (L−R)/2 spectra are formed from the two channels' transforms
 * instead of being transformed again. The report runs one per pass, which makes this its largest single cost.
 * Memory is a few arrays of the FFT size; not thread-safe.
 */
final class StereoWelch {
    private final int sampleRate;
    private final int fftSize;
    private final int hopFrames;
    private final double[] window;
    private final DoubleFFT_1D fft;
    private final double[][] history;
    private final double[] left;
    private final double[] right;
    private final double[][] sums;
    private int filledFrames;
    private long segments;

    /** @param fftSize a power of two from 256 to 2^20 */
    StereoWelch(int sampleRate, int fftSize) {
        this.sampleRate = sampleRate;
        this.fftSize = fftSize;
        this.hopFrames = fftSize / 2;
        this.window = hann(fftSize);
        this.fft = new DoubleFFT_1D(fftSize);
        this.history = new double[2][fftSize];
        this.left = new double[fftSize];
        this.right = new double[fftSize];
        this.sums = new double[4][fftSize / 2 + 1];
    }

    /** Adds {@code frames} frames of {@code block[0]} and {@code block[1]}; the caller keeps the block. */
    void add(float[][] block, int frames) {
        int offset = 0;
        while (offset < frames) {
            int n = Math.min(frames - offset, fftSize - filledFrames);
            for (int c = 0; c < 2; c++) {
                float[] source = block[c];
                double[] target = history[c];
                for (int i = 0; i < n; i++) {
                    target[filledFrames + i] = source[offset + i];
                }
            }
            filledFrames += n;
            offset += n;
            if (filledFrames == fftSize) {
                accumulate(sums, window, fftSize);
                segments++;
                for (double[] channel : history) {
                    System.arraycopy(channel, hopFrames, channel, 0, fftSize - hopFrames);
                }
                filledFrames = fftSize - hopFrames;
            }
        }
    }

    /** The spectrum of everything added so far, as {@link SpectrumAnalyzer#result()} would give it. */
    Spectrum result() {
        double[][] used = sums;
        double[] usedWindow = window;
        long usedSegments = segments;
        if (segments == 0 && filledFrames > 1) {
            used = new double[4][fftSize / 2 + 1];
            usedWindow = hann(filledFrames);
            accumulate(used, usedWindow, filledFrames);
            usedSegments = 1;
        }
        double windowPower = 0;
        for (double w : usedWindow) {
            windowPower += w * w;
        }
        double scale = usedSegments == 0 ? 0.0 : 1.0 / (usedSegments * (double) sampleRate * windowPower);
        int bins = fftSize / 2 + 1;
        double[][] densities = new double[4][bins];
        for (int s = 0; s < 4; s++) {
            for (int k = 0; k < bins; k++) {
                double oneSided = (k == 0 || k == bins - 1) ? 1.0 : 2.0;
                densities[s][k] = oneSided * scale * used[s][k];
            }
        }
        double[] frequenciesHz = new double[bins];
        for (int k = 0; k < bins; k++) {
            frequenciesHz[k] = k * (double) sampleRate / fftSize;
        }
        return new Spectrum(sampleRate, fftSize, usedSegments, frequenciesHz, List.of(densities[0], densities[1]),
                densities[2], densities[3]);
    }

    /** Adds |L|², |R|², |(L+R)/2|², |(L−R)/2|² of the windowed first {@code length} frames to {@code into}. */
    private void accumulate(double[][] into, double[] segmentWindow, int length) {
        for (int i = 0; i < length; i++) {
            left[i] = history[0][i] * segmentWindow[i];
            right[i] = history[1][i] * segmentWindow[i];
        }
        Arrays.fill(left, length, fftSize, 0.0);
        Arrays.fill(right, length, fftSize, 0.0);
        fft.realForward(left);
        fft.realForward(right);
        int half = fftSize / 2;
        // realForward packs the real DC value in [0] and the real Nyquist value in [1].
        addBin(into, 0, left[0], 0, right[0], 0);
        addBin(into, half, left[1], 0, right[1], 0);
        for (int k = 1; k < half; k++) {
            addBin(into, k, left[2 * k], left[2 * k + 1], right[2 * k], right[2 * k + 1]);
        }
    }

    private static void addBin(double[][] into, int k, double lr, double li, double rr, double ri) {
        into[0][k] += lr * lr + li * li;
        into[1][k] += rr * rr + ri * ri;
        double mr = 0.5 * (lr + rr);
        double mi = 0.5 * (li + ri);
        double sr = 0.5 * (lr - rr);
        double si = 0.5 * (li - ri);
        into[2][k] += mr * mr + mi * mi;
        into[3][k] += sr * sr + si * si;
    }

    private static double[] hann(int length) {
        double[] w = new double[length];
        for (int i = 0; i < length; i++) {
            w[i] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * i / length);
        }
        return w;
    }
}
