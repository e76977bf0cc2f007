package dev.earshot.report.measure;

import dev.earshot.analysis.BandEnergies;
import dev.earshot.analysis.ChannelLayout;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.analysis.LoudnessMeter;
import dev.earshot.analysis.LoudnessOptions;
import dev.earshot.analysis.LoudnessResult;
import dev.earshot.analysis.MonoFoldLoudness;
import dev.earshot.analysis.Spectrum;
import dev.earshot.analysis.SpectrumAnalyzer;
import dev.earshot.dsp.BlockSink;
import java.util.Map;

/**
 * The accumulators of one streaming pass over a stereo programme: BS.1770 loudness (with true peak and LRA, without
 * the 100 ms series unless asked), the Welch spectrum, the channel correlation and, when asked, the mono fold's loudness. Memory
 * is independent of the programme's length. Not thread-safe: one thread adds blocks and reads the result.
 */
public final class ProgrammeMeter implements BlockSink {
    /**
     * FFT size as a multiple of {@link SpectrumAnalyzer#defaultFftSize}: 32768 at 48 kHz, 1.5 Hz bins, so a 40 Hz
     * fundamental's Hann main lobe fits inside its third octave.
     */
    static final int SPECTRUM_RESOLUTION = 4;
    private final int sampleRate;
    private final LoudnessMeter loudness;
    private final SpectrumAnalyzer spectrum;
    private final MonoFoldLoudness monoFold;
    private final MonoSections monoSections;
    private double sumLeftSquared;
    private double sumRightSquared;
    private double sumProduct;
    private long frames;

    /**
     * @param sampleRate    frames per second of the programme
     * @param measureMonoFold also measure the loudness of the mono fold (costs one more K-weighted meter)
     */
    public ProgrammeMeter(int sampleRate, boolean measureMonoFold) {
        this(sampleRate, measureMonoFold, false);
    }

    /**
     * @param sampleRate          frames per second of the programme
     * @param measureMonoFold     also measure the loudness of the mono fold (costs one more K-weighted meter)
     * @param keepShortTermSeries keep the short-term loudness every 100 ms (4 bytes each: 10 KB per 4 minutes)
     */
    public ProgrammeMeter(int sampleRate, boolean measureMonoFold, boolean keepShortTermSeries) {
        this.sampleRate = sampleRate;
        this.loudness = new LoudnessMeter(sampleRate, 2,
                new LoudnessOptions(ChannelLayout.STEREO, false, keepShortTermSeries));
        this.spectrum = new SpectrumAnalyzer(sampleRate, 2,
                SPECTRUM_RESOLUTION * SpectrumAnalyzer.defaultFftSize(sampleRate));
        this.monoFold = measureMonoFold ? new MonoFoldLoudness(sampleRate) : null;
        this.monoSections = measureMonoFold ? new MonoSections(sampleRate) : null;
    }

    /** Adds {@code frames} frames of {@code block[0]} (left) and {@code block[1]} (right); the caller keeps them. */
    @Override
    public void accept(float[][] block, int count) {
        loudness.add(block, count);
        spectrum.add(block, count);
        if (monoFold != null) {
            monoFold.add(block, count);
            monoSections.add(block, count);
        }
        float[] left = block[0];
        float[] right = block[1];
        double ll = 0;
        double rr = 0;
        double lr = 0;
        for (int i = 0; i < count; i++) {
            double l = left[i];
            double r = right[i];
            ll += l * l;
            rr += r * r;
            lr += l * r;
        }
        sumLeftSquared += ll;
        sumRightSquared += rr;
        sumProduct += lr;
        frames += count;
    }

    /** The figures of everything added so far. */
    public ProgrammeMeasurement result() {
        LoudnessResult r = loudness.result();
        LoudnessFigures figures = new LoudnessFigures(r.integratedLufs(), r.maxShortTermLufs(), r.loudnessRangeLu(),
                r.truePeakDbtp(), r.plrDb());
        Spectrum s = spectrum.result();
        double correlation = sumLeftSquared == 0 || sumRightSquared == 0 ? Double.NaN
                : Math.max(-1, Math.min(1, sumProduct / Math.sqrt(sumLeftSquared * sumRightSquared)));
        return new ProgrammeMeasurement(figures, s, BandEnergies.of(s),
                monoFold == null ? Double.NaN : monoFold.changeLu(),
                monoSections == null ? Map.of() : monoSections.worstLossDb(), correlation,
                frames / (double) sampleRate, r.shortTermSeriesLufs());
    }
}
