package dev.earshot.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * A long-term average spectrum (Welch), as produced by {@link SpectrumAnalyzer}.
 *
 * <p><b>Stored quantity.</b> Every series is a one-sided power spectral density in FS²/Hz, where FS is digital full
 * scale (sample value 1.0): {@code density[k] * binHz()} summed over all bins is the mean square of the signal. White
 * noise of variance σ² reads σ² / (sampleRate / 2) in every bin.
 *
 * <p><b>Two dB scalings</b>, both derived from the density:
 * <ul>
 *   <li>{@link #densityDb(double[])}: 10·log10(density), dB re 1 FS²/Hz. Use it for noise-like content, where the
 *       reading does not depend on the FFT size.</li>
 *   <li>{@link #levelDb(double[])}: "sine level" scaling, 10·log10(2 · density · binHz · 1.5), where 1.5 is the Hann
 *       window's equivalent noise bandwidth in bins. A sine of amplitude A centred on a bin reads 20·log10(A) at that
 *       bin, so a full-scale sine reads 0 dB (AES17 dBFS). Off-bin sines read up to 1.42 dB lower (Hann scalloping);
 *       {@link #levelDb(double[], double, double)} sums the power over a frequency range instead and has no
 *       scalloping.</li>
 * </ul>
 *
 * <p><b>Series.</b> One per input channel; mid = (L+R)/2 and side = (L−R)/2 of channels 0 and 1. For a mono input mid
 * equals channel 0 and side is zero (a mono signal is treated as L = R).
 *
 * <p>Immutable: the constructor and every accessor copy arrays. Frequencies are the bin centres k·binHz for
 * k = 0 … fftSize/2.
 *
 * @param sampleRate       frames per second of the analysed signal
 * @param fftSize          FFT (segment) length in frames, a power of two
 * @param segments         number of windowed segments averaged; 0 for an empty analysis
 * @param frequenciesHz    bin centre frequencies, fftSize/2 + 1 values, ascending from 0 Hz to sampleRate/2
 * @param channelDensities one density array (FS²/Hz) per channel, each aligned with {@code frequenciesHz}
 * @param midDensity       density of (L+R)/2 in FS²/Hz
 * @param sideDensity      density of (L−R)/2 in FS²/Hz
 */
public record Spectrum(int sampleRate, int fftSize, long segments, double[] frequenciesHz,
                       List<double[]> channelDensities, double[] midDensity, double[] sideDensity) {

    /** Equivalent noise bandwidth of the periodic Hann window, in bins. */
    public static final double HANN_ENBW_BINS = 1.5;

    /** The lowest value a dB conversion returns, so that silent bins stay finite in charts and differences. */
    public static final double FLOOR_DB = -300.0;

    /** @throws IllegalArgumentException if the arrays do not all have fftSize/2 + 1 values */
    public Spectrum {
        int bins = fftSize / 2 + 1;
        if (channelDensities.isEmpty()) {
            throw new IllegalArgumentException("spectrum needs at least one channel");
        }
        requireLength("frequenciesHz", frequenciesHz, bins);
        requireLength("midDensity", midDensity, bins);
        requireLength("sideDensity", sideDensity, bins);
        List<double[]> copies = new ArrayList<>();
        for (double[] density : channelDensities) {
            requireLength("channel density", density, bins);
            copies.add(density.clone());
        }
        channelDensities = List.copyOf(copies);
        frequenciesHz = frequenciesHz.clone();
        midDensity = midDensity.clone();
        sideDensity = sideDensity.clone();
    }

    private static void requireLength(String name, double[] values, int length) {
        if (values.length != length) {
            throw new IllegalArgumentException(name + " has " + values.length + " values, expected " + length);
        }
    }

    /** Frequency spacing of the bins in Hz (sampleRate / fftSize). */
    public double binHz() {
        return sampleRate / (double) fftSize;
    }

    /** Number of input channels. */
    public int channels() {
        return channelDensities.size();
    }

    @Override
    public double[] frequenciesHz() {
        return frequenciesHz.clone();
    }

    @Override
    public List<double[]> channelDensities() {
        List<double[]> copies = new ArrayList<>();
        for (double[] density : channelDensities) {
            copies.add(density.clone());
        }
        return copies;
    }

    /** Density of one channel in FS²/Hz (a copy). */
    public double[] channelDensity(int channel) {
        return channelDensities.get(channel).clone();
    }

    @Override
    public double[] midDensity() {
        return midDensity.clone();
    }

    @Override
    public double[] sideDensity() {
        return sideDensity.clone();
    }

    /** Mean of the channel densities in FS²/Hz: the per-channel average power, used for deltas and band energies. */
    public double[] averageDensity() {
        double[] sum = new double[frequenciesHz.length];
        for (double[] density : channelDensities) {
            for (int k = 0; k < sum.length; k++) {
                sum[k] += density[k];
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= channelDensities.size();
        }
        return sum;
    }

    /** 10·log10 of each density value, dB re 1 FS²/Hz, floored at {@link #FLOOR_DB}. */
    public static double[] densityDb(double[] density) {
        double[] db = new double[density.length];
        for (int k = 0; k < db.length; k++) {
            db[k] = toDb(density[k]);
        }
        return db;
    }

    /** Sine-level scaling of a density of this spectrum: a bin-centred full-scale sine reads 0 dB at its bin. */
    public double[] levelDb(double[] density) {
        double toLevel = 2.0 * binHz() * HANN_ENBW_BINS;
        double[] db = new double[density.length];
        for (int k = 0; k < db.length; k++) {
            db[k] = toDb(toLevel * density[k]);
        }
        return db;
    }

    /**
     * Mean square (FS²) of a density of this spectrum within [lowHz, highHz). Each bin stands for the interval
     * binHz wide around its centre and counts with the fraction of that interval inside the range, so narrow ranges
     * and ranges that split a bin are handled smoothly.
     */
    public double meanSquare(double[] density, double lowHz, double highHz) {
        double binHz = binHz();
        double sum = 0;
        for (int k = 0; k < density.length; k++) {
            double binLow = Math.max(0.0, (k - 0.5) * binHz);
            double binHigh = Math.min(sampleRate / 2.0, (k + 0.5) * binHz);
            double overlapHz = Math.min(binHigh, highHz) - Math.max(binLow, lowHz);
            if (overlapHz > 0) {
                sum += density[k] * overlapHz;
            }
        }
        return sum;
    }

    /**
     * Level in dB of the power within [lowHz, highHz), AES17 convention: 10·log10(2 · mean square), so a sine of
     * amplitude A whose whole main lobe (±2 bins) lies in the range reads 20·log10(A) wherever it falls between bins.
     */
    public double levelDb(double[] density, double lowHz, double highHz) {
        return toDb(2.0 * meanSquare(density, lowHz, highHz));
    }

    static double toDb(double power) {
        return power > 0 ? Math.max(FLOOR_DB, 10.0 * Math.log10(power)) : FLOOR_DB;
    }
}
