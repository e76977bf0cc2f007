package dev.earshot.analysis;

/**
 * Streaming loudness meter after ITU-R BS.1770-4 and EBU R 128: momentary, short-term and integrated loudness,
 * loudness range (EBU Tech 3342), sample and true peak per channel, PLR. Feed blocks of any size with
 * {@link #add}; read {@link #result()} at any time. Integrated loudness and loudness range come from fixed-size
 * histograms (0.01 LU bins with exact energy sums), so memory does not grow with duration unless the 100 ms series
 * are kept ({@link LoudnessOptions#keepSeries()}).
 *
 * <p>Mono: by the standard a one-channel stream is one channel of weight 1.0; with
 * {@link LoudnessOptions#monoAsDual()} it is weighted 2.0, reading 3.01 LU louder, as many meters show mono played on
 * two speakers.
 *
 * <p>Not thread-safe: one thread adds and reads (the analyzer's parallel path goes through package-private methods).
 */
public final class LoudnessMeter {
    private final int sampleRate;
    private final int channels;
    private final LoudnessOptions options;
    private final KWeightedLoudness loudness;
    private final TruePeakMeter peaks;

    /**
     * @param sampleRate frames per second, 8000 to 384000
     * @param channels   1 to 8; must fit the options' layout
     * @param options    layout, mono weighting, series
     * @throws IllegalArgumentException if the rate, the channel count or the layout does not fit
     */
    public LoudnessMeter(int sampleRate, int channels, LoudnessOptions options) {
        if (sampleRate < 8000 || sampleRate > 384000) {
            throw new IllegalArgumentException("loudness needs a sample rate from 8000 to 384000 Hz, got "
                    + sampleRate);
        }
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.options = options;
        this.loudness = new KWeightedLoudness(sampleRate, options.layout().weights(channels, options.monoAsDual()),
                options.keepSeries());
        this.peaks = new TruePeakMeter(sampleRate, channels);
    }

    /**
     * A meter for a layout with a fixed channel count, keeping the series.
     *
     * @throws IllegalArgumentException for {@link ChannelLayout#EQUAL_WEIGHTS}, whose count is not fixed
     */
    public LoudnessMeter(int sampleRate, ChannelLayout layout, boolean monoAsDual) {
        this(sampleRate, layout.channelCount(), new LoudnessOptions(layout, monoAsDual, true));
    }

    /**
     * Measures the next {@code frames} frames, {@code block[c][0..frames)} for each channel. The caller keeps the
     * arrays. Any block size works; the result does not depend on how the stream is cut into blocks.
     */
    public void add(float[][] block, int frames) {
        checkBlock(block, frames);
        loudness.add(block, frames);
        peaks.add(block, frames);
    }

    /** Forgets everything measured, as a new meter would. */
    public void reset() {
        loudness.reset();
        peaks.reset();
    }

    /** The figures for everything added since construction or the last {@link #reset()}. */
    public LoudnessResult result() {
        double integrated = loudness.integratedLufs();
        double[] range = loudness.loudnessRangeLufs();
        double[] samplePeaks = decibels(peaks.samplePeaks());
        double[] truePeaks = decibels(peaks.truePeaks());
        double truePeak = max(truePeaks);
        double plr = Double.isInfinite(integrated) || Double.isInfinite(truePeak) ? Double.NaN : truePeak - integrated;
        LoudnessSeries series = loudness.series();
        float[] none = new float[0];
        return new LoudnessResult(sampleRate, loudness.frames(), options.layout(),
                options.monoAsDual() && channels == 1, integrated,
                Double.isNaN(range[0]) ? 0.0 : range[1] - range[0], range[0], range[1],
                loudness.momentaryLufs(), loudness.shortTermLufs(), loudness.maxMomentaryLufs(),
                loudness.maxShortTermLufs(), max(samplePeaks), truePeak, samplePeaks, truePeaks, plr,
                series == null ? none : series.momentaryLufs(), series == null ? none : series.shortTermLufs());
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    /** The loudness half alone; with {@link #addPeaks} on another thread it equals {@link #add}. */
    void addLoudness(float[][] block, int frames) {
        loudness.add(block, frames);
    }

    /** The peak half of one channel alone, see {@link #addLoudness}. */
    void addPeaks(int channel, float[] samples, int frames) {
        peaks.addChannel(channel, samples, frames);
    }

    private void checkBlock(float[][] block, int frames) {
        if (frames < 0 || block.length < channels) {
            throw new IllegalArgumentException("a block needs " + channels + " channels and frames >= 0, got "
                    + block.length + " channels and " + frames + " frames");
        }
    }

    private static double[] decibels(double[] linear) {
        double[] db = new double[linear.length];
        for (int c = 0; c < linear.length; c++) {
            db[c] = 20.0 * Math.log10(linear[c]);
        }
        return db;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
