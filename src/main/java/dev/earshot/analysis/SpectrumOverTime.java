package dev.earshot.analysis;

import java.util.Arrays;
import java.util.List;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Streaming summary of how the spectrum varies over time. Every {@value #HOP_MS} ms a short-term spectrum is taken of
 * the last {@link SpectrumAnalyzer#defaultFftSize(int)} frames (periodic Hann window; 171 ms at 48 kHz), averaged over
 * channels, and integrated into fractional-octave bands ({@link FrequencyBand#fractionalOctaves}). Each band's level
 * goes into a fixed histogram (0.1 dB bins from {@value #FLOOR_DB} to {@value #CEILING_DB} dB, AES17 convention as in
 * {@link Spectrum#levelDb(double[], double, double)}; levels outside are clamped), so memory is fixed whatever the
 * duration and no frame is kept. The first frame is taken once one window of signal has arrived.
 *
 * <p>Not thread-safe: one thread adds and reads. Blocks are copied; the caller keeps them.
 */
public final class SpectrumOverTime {
    /** Time between short-term spectra in milliseconds. */
    public static final int HOP_MS = 100;
    /** Lowest histogram level in dB; silent bands read this. */
    public static final double FLOOR_DB = -150.0;
    /** Highest histogram level in dB. */
    public static final double CEILING_DB = 10.0;
    private static final double STEP_DB = 0.1;

    private final int channels;
    private final int fftSize;
    private final int hopFrames;
    private final double[] window;
    private final double densityScale;
    private final DoubleFFT_1D fft;
    private final double[][] history;
    private final double[] buffer;
    private final double[] power;
    private final List<FrequencyBand> bands;
    private final int[] firstBin;
    private final double[][] binWeightsHz;
    private final long[][] histograms;
    private int filledFrames;
    private long frames;

    /** Third-octave bands. */
    public SpectrumOverTime(int sampleRate, int channels) {
        this(sampleRate, channels, 3);
    }

    /**
     * @param sampleRate     frames per second, 8 000 to 384 000
     * @param channels       1 to 8
     * @param bandsPerOctave 1 to 24 (3 or 6 for charts)
     * @throws IllegalArgumentException if a parameter is out of range
     */
    public SpectrumOverTime(int sampleRate, int channels, int bandsPerOctave) {
        if (sampleRate < 8_000 || sampleRate > 384_000 || channels < 1 || channels > 8) {
            throw new IllegalArgumentException("unsupported format: " + sampleRate + " Hz, " + channels
                    + " channels");
        }
        this.channels = channels;
        this.fftSize = SpectrumAnalyzer.defaultFftSize(sampleRate);
        this.hopFrames = (int) Math.round(sampleRate * HOP_MS / 1000.0);
        this.window = new double[fftSize];
        double windowPower = 0;
        for (int i = 0; i < fftSize; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2.0 * Math.PI * i / fftSize);
            windowPower += window[i] * window[i];
        }
        this.densityScale = 1.0 / (sampleRate * windowPower * channels);
        this.fft = new DoubleFFT_1D(fftSize);
        this.history = new double[channels][fftSize];
        this.buffer = new double[fftSize];
        this.power = new double[fftSize / 2 + 1];
        this.bands = FrequencyBand.fractionalOctaves(bandsPerOctave, sampleRate / 2.0);
        this.firstBin = new int[bands.size()];
        this.binWeightsHz = new double[bands.size()][];
        double binHz = sampleRate / (double) fftSize;
        for (int b = 0; b < bands.size(); b++) {
            FrequencyBand band = bands.get(b);
            int first = Math.max(0, (int) Math.floor(band.lowHz() / binHz + 0.5));
            int last = Math.min(fftSize / 2, (int) Math.ceil(band.highHz() / binHz - 0.5));
            firstBin[b] = first;
            binWeightsHz[b] = new double[Math.max(0, last - first + 1)];
            for (int k = first; k <= last; k++) {
                double binLow = Math.max(0.0, (k - 0.5) * binHz);
                double binHigh = Math.min(sampleRate / 2.0, (k + 0.5) * binHz);
                binWeightsHz[b][k - first] = Math.max(0.0, Math.min(binHigh, band.highHz())
                        - Math.max(binLow, band.lowHz()));
            }
        }
        this.histograms = new long[bands.size()][(int) Math.round((CEILING_DB - FLOOR_DB) / STEP_DB) + 1];
    }

    /** The bands, ascending. */
    public List<FrequencyBand> bands() {
        return bands;
    }

    /** Adds {@code frames} frames from {@code block[channel][0..frames)}. */
    public void add(float[][] block, int frameCount) {
        if (block.length < channels || frameCount < 0 || (frameCount > 0 && block[0].length < frameCount)) {
            throw new IllegalArgumentException("block of " + block.length + " channels cannot supply " + frameCount
                    + " frames for " + channels + " channels");
        }
        int offset = 0;
        while (offset < frameCount) {
            int n = Math.min(frameCount - offset, fftSize - filledFrames);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    history[c][filledFrames + i] = block[c][offset + i];
                }
            }
            filledFrames += n;
            offset += n;
            if (filledFrames == fftSize) {
                analyseFrame();
                int keep = Math.max(0, fftSize - hopFrames);
                for (double[] channelHistory : history) {
                    System.arraycopy(channelHistory, fftSize - keep, channelHistory, 0, keep);
                }
                filledFrames = keep;
            }
        }
    }

    private void analyseFrame() {
        Arrays.fill(power, 0.0);
        int half = fftSize / 2;
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < fftSize; i++) {
                buffer[i] = history[c][i] * window[i];
            }
            fft.realForward(buffer);
            power[0] += buffer[0] * buffer[0] * densityScale;
            power[half] += buffer[1] * buffer[1] * densityScale;
            for (int k = 1; k < half; k++) {
                power[k] += 2.0 * (buffer[2 * k] * buffer[2 * k] + buffer[2 * k + 1] * buffer[2 * k + 1])
                        * densityScale;
            }
        }
        for (int b = 0; b < bands.size(); b++) {
            double meanSquare = 0;
            double[] weights = binWeightsHz[b];
            for (int j = 0; j < weights.length; j++) {
                meanSquare += power[firstBin[b] + j] * weights[j];
            }
            double levelDb = meanSquare > 0 ? 10.0 * Math.log10(2.0 * meanSquare) : FLOOR_DB;
            int index = (int) Math.round((Math.max(FLOOR_DB, Math.min(CEILING_DB, levelDb)) - FLOOR_DB) / STEP_DB);
            histograms[b][index]++;
        }
        frames++;
    }

    /** Forgets everything added so far. */
    public void reset() {
        filledFrames = 0;
        frames = 0;
        for (long[] histogram : histograms) {
            Arrays.fill(histogram, 0L);
        }
    }

    /**
     * Per band, the smallest histogram level (dB) at or below which at least {@code percent} % of the frames lie;
     * {@link #FLOOR_DB} for every band when no frame has been taken yet.
     *
     * @param percent 0 to 100
     */
    public double[] percentileDb(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("percentile " + percent + " is outside 0..100");
        }
        double[] levels = new double[bands.size()];
        long needed = Math.max(1, (long) Math.ceil(percent / 100.0 * frames));
        for (int b = 0; b < levels.length; b++) {
            long cumulative = 0;
            int index = 0;
            while (frames > 0 && index < histograms[b].length - 1) {
                cumulative += histograms[b][index];
                if (cumulative >= needed) {
                    break;
                }
                index++;
            }
            levels[b] = FLOOR_DB + index * STEP_DB;
        }
        return levels;
    }

    /** The 10th, 50th and 90th percentiles of everything added so far. */
    public SpectrumPercentiles result() {
        return new SpectrumPercentiles(bands, percentileDb(10), percentileDb(50), percentileDb(90), frames);
    }
}
