package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.audio.ArraySource;
import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.util.Random;

/** Test signals and measurements for the stage tests. */
final class Signals {
    private Signals() {
    }

    static float[] sine(double frequencyHz, double amplitude, int sampleRate, int frames) {
        float[] samples = new float[frames];
        for (int i = 0; i < frames; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * i / sampleRate));
        }
        return samples;
    }

    static float[] noise(long seed, double amplitude, int frames) {
        Random random = new Random(seed);
        float[] samples = new float[frames];
        for (int i = 0; i < frames; i++) {
            samples[i] = (float) (amplitude * (2 * random.nextDouble() - 1));
        }
        return samples;
    }

    static double rms(float[] samples, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (double) samples[i] * samples[i];
        }
        return Math.sqrt(sum / (to - from));
    }

    static double db(double linear) {
        return 20 * Math.log10(linear);
    }

    /**
     * Amplitude of the sinusoid at {@code frequencyHz} in {@code samples[from..to)} by correlation with sine and
     * cosine; exact for a whole number of periods.
     */
    static double amplitudeAt(float[] samples, int from, int to, double frequencyHz, int sampleRate) {
        double re = 0;
        double im = 0;
        for (int i = from; i < to; i++) {
            double phase = 2 * Math.PI * frequencyHz * i / sampleRate;
            re += samples[i] * Math.cos(phase);
            im += samples[i] * Math.sin(phase);
        }
        return 2 * Math.hypot(re, im) / (to - from);
    }

    /** Runs {@code stage} over {@code signal} in blocks of {@code blockFrames}, in place. */
    static void run(DeviceStage stage, float[][] signal, int blockFrames) {
        int frames = signal[0].length;
        float[][] block = new float[signal.length][blockFrames];
        for (int start = 0; start < frames; start += blockFrames) {
            int n = Math.min(blockFrames, frames - start);
            for (int c = 0; c < signal.length; c++) {
                System.arraycopy(signal[c], start, block[c], 0, n);
            }
            stage.process(block, n);
            for (int c = 0; c < signal.length; c++) {
                System.arraycopy(block[c], 0, signal[c], start, n);
            }
        }
    }

    /** Two channels of seeded Gaussian noise of standard deviation {@code sigma}. */
    static float[][] gaussianStereo(int frames, double sigma, long seed) {
        Random random = new Random(seed);
        float[][] samples = new float[2][frames];
        for (float[] channel : samples) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (sigma * random.nextGaussian());
            }
        }
        return samples;
    }

    /** Renders {@code input} through {@code chain} offline, latency compensated, as long as the input. */
    static float[][] renderWhole(DeviceChain chain, float[][] input, int sampleRate) throws IOException {
        float[][] out = new float[2][input[0].length];
        int[] written = {0};
        DeviceChain.render(ArraySource.of(sampleRate, input), chain, false, (block, n) -> {
            for (int c = 0; c < 2; c++) {
                System.arraycopy(block[c], 0, out[c], written[0], n);
            }
            written[0] += n;
        }, ProgressListener.NONE);
        assertEquals(input[0].length, written[0]);
        return out;
    }
}
