package dev.earshot.analysis;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.jtransforms.fft.DoubleFFT_1D;

/** Seeded test signals with closed-form spectra, and a helper that feeds analyzers in irregular blocks. */
final class TestSignals {
    private TestSignals() {
    }

    static double[] sine(double amplitude, double frequencyHz, int sampleRate, int frames) {
        double[] x = new double[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = amplitude * Math.sin(2.0 * Math.PI * frequencyHz * i / sampleRate);
        }
        return x;
    }

    /** Gaussian white noise of standard deviation {@code sigma}. */
    static double[] whiteNoise(long seed, double sigma, int frames) {
        Random random = new Random(seed);
        double[] x = new double[frames];
        for (int i = 0; i < frames; i++) {
            x[i] = sigma * random.nextGaussian();
        }
        return x;
    }

    /**
     * Noise synthesised in the frequency domain: every bin k (0 < k < frames/2) of a {@code frames}-point inverse
     * FFT gets magnitude {@code amplitude(k·fs/frames)} and a uniformly random phase. The signal is one period of a
     * stationary process whose power at each bin is exactly amplitude², so its Welch estimate converges to that
     * shape (pink noise: amplitude ∝ 1/√f gives power ∝ 1/f, −3.01 dB per octave). The same seed gives the same
     * phases for any amplitude function, so two shapes differ by exactly their amplitude ratio in every bin.
     * {@code frames} must be a power of two. Not normalised.
     */
    static double[] shapedNoise(long seed, int frames, int sampleRate, DoubleUnaryOperator amplitude) {
        Random random = new Random(seed);
        double[] packed = new double[frames];
        for (int k = 1; k < frames / 2; k++) {
            double phase = 2.0 * Math.PI * random.nextDouble();
            double magnitude = amplitude.applyAsDouble(k * (double) sampleRate / frames);
            packed[2 * k] = magnitude * Math.cos(phase);
            packed[2 * k + 1] = magnitude * Math.sin(phase);
        }
        new DoubleFFT_1D(frames).realInverse(packed, false);
        return packed;
    }

    static double[] scaled(double[] x, double gain) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = gain * x[i];
        }
        return y;
    }

    static double rms(double[] x) {
        double sum = 0;
        for (double v : x) {
            sum += v * v;
        }
        return Math.sqrt(sum / x.length);
    }

    static double[] sum(double[] a, double[] b) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            y[i] = a[i] + b[i];
        }
        return y;
    }

    static float[][] channels(double[]... signals) {
        float[][] out = new float[signals.length][];
        for (int c = 0; c < signals.length; c++) {
            out[c] = new float[signals[c].length];
            for (int i = 0; i < signals[c].length; i++) {
                out[c][i] = (float) signals[c][i];
            }
        }
        return out;
    }

    /** Something that takes blocks; all analyzers under test have this shape. */
    interface BlockSink {
        void add(float[][] block, int frames);
    }

    /** Feeds {@code signal} to {@code sink} in blocks of seeded random sizes 1..maxBlock, through a reused buffer. */
    static void feed(BlockSink sink, float[][] signal, long blockSeed, int maxBlock) {
        Random sizes = new Random(blockSeed);
        float[][] block = new float[signal.length][maxBlock];
        int frames = signal[0].length;
        for (int start = 0; start < frames; ) {
            int n = Math.min(frames - start, 1 + sizes.nextInt(maxBlock));
            for (int c = 0; c < signal.length; c++) {
                System.arraycopy(signal[c], start, block[c], 0, n);
            }
            sink.add(block, n);
            start += n;
        }
    }
}
