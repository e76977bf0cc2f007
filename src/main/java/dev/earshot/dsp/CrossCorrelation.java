package dev.earshot.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * The lag at which one signal best matches another, by FFT cross-correlation. Runs on the caller's thread and
 * allocates (two transforms of the next power of two above both lengths plus the search range). Used to align a
 * reference track to the master in the player and two stimuli before a blind test.
 */
public final class CrossCorrelation {

    private CrossCorrelation() {
    }

    /**
     * @param a            the master's samples (not modified)
     * @param b            the other signal's samples (not modified)
     * @param maxLagFrames largest |lag| searched, 0 or more
     * @throws IllegalArgumentException if {@code maxLagFrames} is negative
     * @return the lag (positive: {@code b} is late, {@code b[n + lag]} matches {@code a[n]}) with the highest
     *         {@code Σ a[n]·b[n + lag]}, and that sum divided by √(Σa²·Σb²); lag 0 and peak 0 when either is silent
     */
    public static Lag best(float[] a, float[] b, int maxLagFrames) {
        if (maxLagFrames < 0) {
            throw new IllegalArgumentException("maximum lag must be >= 0 frames, was " + maxLagFrames);
        }
        double energyA = 0.0;
        double energyB = 0.0;
        for (float x : a) {
            energyA += x * (double) x;
        }
        for (float x : b) {
            energyB += x * (double) x;
        }
        if (energyA == 0.0 || energyB == 0.0) {
            return new Lag(0, 0.0);
        }
        int size = Integer.highestOneBit(Math.max(a.length, b.length) + maxLagFrames) * 2;
        double[] spectrumA = new double[size];
        double[] spectrumB = new double[size];
        for (int i = 0; i < a.length; i++) {
            spectrumA[i] = a[i];
        }
        for (int i = 0; i < b.length; i++) {
            spectrumB[i] = b[i];
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        fft.realForward(spectrumA);
        fft.realForward(spectrumB);
        // conj(A)·B in the packed real layout {Re0, Re(n/2), Re1, Im1, ...}; its inverse at lag holds Σ a[n] b[n+lag].
        spectrumA[0] *= spectrumB[0];
        spectrumA[1] *= spectrumB[1];
        for (int k = 2; k < size; k += 2) {
            double re = spectrumA[k];
            double im = spectrumA[k + 1];
            spectrumA[k] = re * spectrumB[k] + im * spectrumB[k + 1];
            spectrumA[k + 1] = re * spectrumB[k + 1] - im * spectrumB[k];
        }
        fft.realInverse(spectrumA, true);
        int bestLag = 0;
        double best = Double.NEGATIVE_INFINITY;
        for (int lag = -maxLagFrames; lag <= maxLagFrames; lag++) {
            double value = spectrumA[Math.floorMod(lag, size)];
            if (value > best) {
                best = value;
                bestLag = lag;
            }
        }
        return new Lag(bestLag, best / Math.sqrt(energyA * energyB));
    }

    /**
     * @param frames positive when the second signal is late
     * @param peak   normalised correlation at that lag, −1 to 1
     */
    public record Lag(long frames, double peak) {
    }
}
