package dev.earshot.device.generator;

import dev.earshot.dsp.FrequencyResponse;
import org.jtransforms.fft.DoubleFFT_1D;

/** Arithmetic on impulse responses for the generators: convolution, mid-band level, rounding. Stateless. */
final class IrMath {
    /** The band whose average power sets a modeled device's level (where every device plays properly). */
    static final double MID_BAND_LOW_HZ = 200.0;
    static final double MID_BAND_HIGH_HZ = 4_000.0;
    private static final double MID_BAND_STEP_OCTAVES = 1.0 / 6.0;

    private IrMath() {
    }

    /** The first {@code frames} samples of the linear convolution of {@code a} and {@code b}, by FFT. */
    static double[] convolve(double[] a, double[] b, int frames) {
        int size = 1;
        while (size < a.length + b.length) {
            size <<= 1;
        }
        double[] x = new double[size];
        double[] y = new double[size];
        System.arraycopy(a, 0, x, 0, a.length);
        System.arraycopy(b, 0, y, 0, b.length);
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        fft.realForward(x);
        fft.realForward(y);
        // Packed layout: x[0] = Re(0), x[1] = Re(N/2), then (Re, Im) pairs for bins 1..N/2-1.
        x[0] *= y[0];
        x[1] *= y[1];
        for (int k = 1; k < size / 2; k++) {
            double re = x[2 * k] * y[2 * k] - x[2 * k + 1] * y[2 * k + 1];
            double im = x[2 * k] * y[2 * k + 1] + x[2 * k + 1] * y[2 * k];
            x[2 * k] = re;
            x[2 * k + 1] = im;
        }
        fft.realInverse(x, true);
        double[] result = new double[frames];
        System.arraycopy(x, 0, result, 0, Math.min(frames, size));
        return result;
    }

    /**
     * The power gain, averaged over 1/6-octave points from 200 Hz to 4 kHz and over the outputs, of a centre-panned
     * signal (the same on both inputs) through {@code channels}: 1 channel is that IR, 2 channels each IR, 4 channels
     * (LL, LR, RL, RR) the left output LL + RL and the right output LR + RR.
     */
    static double centreMidBandPower(double[][] channels, int sampleRate) {
        double[][] outputs;
        if (channels.length == 4) {
            outputs = new double[][] {add(channels[0], channels[2]), add(channels[1], channels[3])};
        } else {
            outputs = channels;
        }
        double powerSum = 0.0;
        int count = 0;
        for (double[] output : outputs) {
            for (double hz = MID_BAND_LOW_HZ; hz <= MID_BAND_HIGH_HZ * 1.0001;
                 hz *= StrictMath.pow(2.0, MID_BAND_STEP_OCTAVES)) {
                powerSum += StrictMath.pow(10.0, FrequencyResponse.gainDbAt(output, sampleRate, hz) / 10.0);
                count++;
            }
        }
        return powerSum / count;
    }

    /** Scales {@code channels} in place so that {@link #centreMidBandPower} becomes 1 (0 dB). */
    static void normalizeCentreMidBand(double[][] channels, int sampleRate) {
        double scale = 1.0 / StrictMath.sqrt(centreMidBandPower(channels, sampleRate));
        for (double[] channel : channels) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] *= scale;
            }
        }
    }

    static double[] add(double[] a, double[] b) {
        double[] sum = new double[Math.max(a.length, b.length)];
        for (int i = 0; i < sum.length; i++) {
            sum[i] = (i < a.length ? a[i] : 0.0) + (i < b.length ? b[i] : 0.0);
        }
        return sum;
    }

    static float[][] toFloat(double[][] channels) {
        float[][] result = new float[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            result[c] = new float[channels[c].length];
            for (int i = 0; i < channels[c].length; i++) {
                result[c][i] = (float) channels[c][i];
            }
        }
        return result;
    }
}
