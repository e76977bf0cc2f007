package dev.earshot.measure;

import dev.earshot.dsp.MagnitudeCurve;
import dev.earshot.dsp.MinimumPhase;
import java.util.Random;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * A known playback system for tests: a polynomial non-linearity y = x + a2·x² + a3·x³, then a minimum-phase IR with
 * peaks and dips, then a latency, with the recorder's clock running {@code driftPpm} fast and Gaussian noise added.
 * The drift is simulated independently of {@link DriftResampler}: the sweep is evaluated in closed form at the
 * recorder's sample instants.
 */
public record SyntheticSystem(double a2, double a3, float[] ir, int latencyFrames, double driftPpm, double noiseRms,
                       long seed) {

    /** A response with bass, mid and treble features, 8192 frames at 48 kHz. */
    public static float[] knownIr() {
        MagnitudeCurve curve = MagnitudeCurve.of(15, -8, 40, 0, 70, 5, 110, 0, 400, -4, 700, 0, 1000, 0,
                2500, 4, 4000, 0, 9000, -5, 13000, -2, 20000, -10);
        float[] ir = MinimumPhase.fromMagnitude(curve, 48_000, 8192);
        return ir;
    }

    /** The recording of {@code settings}' signal through this system. */
    public float[] record(SweepSettings settings) {
        double recorderRate = settings.sampleRate() * (1 + driftPpm * 1e-6);
        double periodSeconds = settings.periodFrames() / (double) settings.sampleRate();
        double leadSeconds = settings.leadFrames() / (double) settings.sampleRate();
        int frames = (int) Math.ceil(settings.totalFrames() * (1 + driftPpm * 1e-6)) + latencyFrames;
        double[] driven = new double[frames];
        for (int n = 0; n < frames; n++) {
            double t = n / recorderRate;
            int r = (int) Math.floor(t / periodSeconds);
            if (r >= settings.repeats()) {
                break;
            }
            double x = ExponentialSweep.valueAt(settings, t - r * periodSeconds - leadSeconds);
            driven[n] = x + a2 * x * x + a3 * x * x * x;
        }
        double[] through = convolve(driven, ir);
        Random noise = new Random(seed);
        float[] recording = new float[frames];
        for (int n = 0; n < frames; n++) {
            int source = n - latencyFrames;
            double value = source >= 0 ? through[source] : 0;
            recording[n] = (float) (value + noiseRms * noise.nextGaussian());
        }
        return recording;
    }

    /** Linear convolution by FFT, truncated to the length of {@code x}. */
    public static double[] convolve(double[] x, float[] h) {
        int size = Integer.highestOneBit(x.length + h.length) << 1;
        double[] a = java.util.Arrays.copyOf(x, size);
        double[] b = new double[size];
        for (int i = 0; i < h.length; i++) {
            b[i] = h[i];
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        fft.realForward(a);
        fft.realForward(b);
        a[0] *= b[0];
        a[1] *= b[1];
        for (int k = 2; k < size; k += 2) {
            double re = a[k] * b[k] - a[k + 1] * b[k + 1];
            double im = a[k] * b[k + 1] + a[k + 1] * b[k];
            a[k] = re;
            a[k + 1] = im;
        }
        fft.realInverse(a, true);
        return java.util.Arrays.copyOf(a, x.length);
    }
}
