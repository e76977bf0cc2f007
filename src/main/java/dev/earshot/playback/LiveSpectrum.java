package dev.earshot.playback;

import dev.earshot.analysis.FrequencyBand;
import java.util.Arrays;
import java.util.List;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * A live spectrum of a stereo stream in fractional-octave bands: every {@value #FFT_SIZE}/2 frames the last
 * {@value #FFT_SIZE} frames of each channel are Hann-windowed and transformed, the power of the bins inside each band
 * is summed (a band holding no bin takes the nearest bin's power density times the band's width), the two channels'
 * band powers are averaged, and the result is smoothed in time with a one-pole average of time constant
 * {@value #SMOOTHING_SECONDS} s. Levels are in dB relative to a full-scale sine: a sine of amplitude A inside a band
 * reads 20·log10(A) there.
 *
 * <p>The transform is 4096 points at every rate: JTransforms runs transforms below 8192 points on the calling thread
 * without allocating, which an audio thread needs. Allocates only in its constructor; audio thread only.
 */
final class LiveSpectrum {
    static final int FFT_SIZE = 4096;
    static final double SMOOTHING_SECONDS = 0.25;
    /** Band values below this power (−200 dB) are shown as −200 dB, not minus infinity. */
    private static final double FLOOR_POWER = 1e-20;

    private final FloatFFT_1D fft = new FloatFFT_1D(FFT_SIZE);
    private final float[] window = new float[FFT_SIZE];
    private final float[][] history = new float[2][FFT_SIZE];
    private final float[] work = new float[FFT_SIZE];
    private final int[] firstBin;
    private final int[] endBin;
    private final double[] widthInBins;
    private final double[] bandPower;
    private final double[] smoothedPower;
    private final float[] levelsDb;
    private final double scale;
    private final double keep;
    private int filled;
    private long updates;

    /** @param bands the bands to report, ascending, below half of {@code sampleRate} */
    LiveSpectrum(int sampleRate, List<FrequencyBand> bands) {
        double windowSquares = 0.0;
        for (int n = 0; n < FFT_SIZE; n++) {
            window[n] = (float) (0.5 - 0.5 * Math.cos(2 * Math.PI * n / FFT_SIZE));
            windowSquares += window[n] * (double) window[n];
        }
        // One-sided bin power |X_k|^2 times 2 / (N * sum w^2) is the mean square it holds; times 2 again puts a sine
        // of amplitude A at A^2, so 10 log10 reads its peak level.
        scale = 4.0 / (FFT_SIZE * windowSquares);
        double binHz = sampleRate / (double) FFT_SIZE;
        int count = bands.size();
        firstBin = new int[count];
        endBin = new int[count];
        widthInBins = new double[count];
        for (int b = 0; b < count; b++) {
            FrequencyBand band = bands.get(b);
            firstBin[b] = Math.max(1, (int) Math.ceil(band.lowHz() / binHz));
            endBin[b] = Math.min(FFT_SIZE / 2, (int) Math.ceil(band.highHz() / binHz));
            widthInBins[b] = (band.highHz() - band.lowHz()) / binHz;
            if (endBin[b] <= firstBin[b]) {
                firstBin[b] = Math.max(1, Math.min(FFT_SIZE / 2 - 1, (int) Math.round(band.centreHz() / binHz)));
                endBin[b] = -1;
            }
        }
        bandPower = new double[count];
        smoothedPower = new double[count];
        levelsDb = new float[count];
        keep = Math.exp(-(FFT_SIZE / 2.0) / (SMOOTHING_SECONDS * sampleRate));
        Arrays.fill(levelsDb, (float) (10.0 * Math.log10(FLOOR_POWER)));
    }

    /**
     * Adds {@code block[0..1][0..frames)}.
     *
     * @return true when the band levels were updated by this block
     */
    boolean add(float[][] block, int frames) {
        boolean updated = false;
        int offset = 0;
        int hop = FFT_SIZE / 2;
        while (offset < frames) {
            int length = Math.min(frames - offset, FFT_SIZE - filled);
            System.arraycopy(block[0], offset, history[0], filled, length);
            System.arraycopy(block[1], offset, history[1], filled, length);
            filled += length;
            offset += length;
            if (filled == FFT_SIZE) {
                analyse();
                System.arraycopy(history[0], hop, history[0], 0, FFT_SIZE - hop);
                System.arraycopy(history[1], hop, history[1], 0, FFT_SIZE - hop);
                filled = FFT_SIZE - hop;
                updated = true;
            }
        }
        return updated;
    }

    /** Smoothed band levels, dB re a full-scale sine; owned by this object, changed by {@link #add}. */
    float[] levelsDb() {
        return levelsDb;
    }

    /** Updates made so far. */
    long updates() {
        return updates;
    }

    private void analyse() {
        Arrays.fill(bandPower, 0.0);
        for (int c = 0; c < 2; c++) {
            float[] x = history[c];
            for (int n = 0; n < FFT_SIZE; n++) {
                work[n] = x[n] * window[n];
            }
            fft.realForward(work);
            for (int b = 0; b < bandPower.length; b++) {
                double sum = 0.0;
                if (endBin[b] < 0) {
                    sum = binPower(firstBin[b]) * widthInBins[b];
                } else {
                    for (int k = firstBin[b]; k < endBin[b]; k++) {
                        sum += binPower(k);
                    }
                }
                bandPower[b] += 0.5 * sum * scale;
            }
        }
        boolean first = updates == 0;
        for (int b = 0; b < bandPower.length; b++) {
            double p = first ? bandPower[b] : keep * smoothedPower[b] + (1.0 - keep) * bandPower[b];
            smoothedPower[b] = p;
            levelsDb[b] = (float) (10.0 * Math.log10(Math.max(FLOOR_POWER, p)));
        }
        updates++;
    }

    /** |X_k|^2 of bin k (1 to N/2 - 1) in JTransforms' packed real layout. */
    private double binPower(int k) {
        double re = work[2 * k];
        double im = work[2 * k + 1];
        return re * re + im * im;
    }
}
