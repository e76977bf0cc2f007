package dev.earshot.report.measure;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.Spectrum;
import dev.earshot.analysis.SpectrumAnalyzer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The mono fold's worst moment per band: the programme is cut into {@value #SECTION_SECONDS}-second sections, and in
 * each the power of (L+R)/2 is compared with the mean channel power band by band; the lowest ratio of each band over
 * all sections is kept. A problem confined to one passage (an out-of-phase pad in the intro) shows here although the
 * programme-average fold hardly changes. A band counts in a section only when it lies within
 * {@value #CONSIDERED_RANGE_DB} dB of the section's strongest band and the section is not silent (mean square below
 * {@value #SILENCE_MEAN_SQUARE}). Memory is fixed; not thread-safe.
 */
final class MonoSections {
    /** Length of a section in seconds. */
    static final double SECTION_SECONDS = 5.0;
    /** Bands quieter than the section's strongest by more than this (dB) are ignored in that section. */
    static final double CONSIDERED_RANGE_DB = 40.0;
    /** Mean square (FS²) below which a section is silence. */
    static final double SILENCE_MEAN_SQUARE = 1e-7;

    private final SpectrumAnalyzer spectrum;
    private final int sectionFrames;
    private final int minimumFrames;
    private final double[] worstRatio = new double[Band.values().length];
    private int framesInSection;

    MonoSections(int sampleRate) {
        this.spectrum = new SpectrumAnalyzer(sampleRate, 2);
        this.sectionFrames = (int) Math.round(SECTION_SECONDS * sampleRate);
        this.minimumFrames = SpectrumAnalyzer.defaultFftSize(sampleRate) * 2;
        Arrays.fill(worstRatio, Double.NaN);
    }

    void add(float[][] block, int frames) {
        int offset = 0;
        while (offset < frames) {
            int n = Math.min(frames - offset, sectionFrames - framesInSection);
            float[][] view = offset == 0 ? block : slice(block, offset, n);
            spectrum.add(view, n);
            framesInSection += n;
            offset += n;
            if (framesInSection == sectionFrames) {
                closeSection();
            }
        }
    }

    /** Per band, the worst fold-to-stereo power ratio in dB (−∞ for total cancellation); NaN for unused bands. */
    Map<Band, Double> worstLossDb() {
        if (framesInSection >= minimumFrames) {
            closeSection();
        }
        Map<Band, Double> result = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            double ratio = worstRatio[band.ordinal()];
            result.put(band, Double.isNaN(ratio) ? Double.NaN
                    : ratio > 0 ? 10 * Math.log10(ratio) : Double.NEGATIVE_INFINITY);
        }
        return result;
    }

    private void closeSection() {
        Spectrum s = spectrum.result();
        spectrum.reset();
        framesInSection = 0;
        double[] average = s.averageDensity();
        double[] mid = s.midDensity();
        double[] stereo = new double[Band.values().length];
        double strongest = 0;
        double total = 0;
        for (Band band : Band.values()) {
            stereo[band.ordinal()] = s.meanSquare(average, band.lowHz(), band.highHz());
            strongest = Math.max(strongest, stereo[band.ordinal()]);
            total += stereo[band.ordinal()];
        }
        if (total < SILENCE_MEAN_SQUARE) {
            return;
        }
        double considered = strongest * Math.pow(10, -CONSIDERED_RANGE_DB / 10);
        for (Band band : Band.values()) {
            double power = stereo[band.ordinal()];
            if (power >= considered && power > 0) {
                double ratio = s.meanSquare(mid, band.lowHz(), band.highHz()) / power;
                double worst = worstRatio[band.ordinal()];
                worstRatio[band.ordinal()] = Double.isNaN(worst) ? ratio : Math.min(worst, ratio);
            }
        }
    }

    private float[][] slice(float[][] block, int offset, int frames) {
        float[][] view = new float[2][frames];
        System.arraycopy(block[0], offset, view[0], 0, frames);
        System.arraycopy(block[1], offset, view[1], 0, frames);
        return view;
    }
}
