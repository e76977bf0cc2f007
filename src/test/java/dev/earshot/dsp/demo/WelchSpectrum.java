package dev.earshot.dsp.demo;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Test-side averaged power spectrum (Welch: Hann-windowed segments with 50 % overlap, JTransforms FFT) of one signal
 * excerpt, with band power summed over the bins whose centre frequency lies in a band. Only ratios between bands of
 * the same spectrum are meaningful, so no window-power normalisation is applied.
 */
final class WelchSpectrum {
    private final double[] power;
    private final double binHz;

    private WelchSpectrum(double[] power, double binHz) {
        this.power = power;
        this.binHz = binHz;
    }

    /** Spectrum of {@code signal[start..end)} with segments of {@code segment} (a power of two) samples. */
    static WelchSpectrum of(double[] signal, int start, int end, int segment, int sampleRate) {
        double[] power = new double[segment / 2 + 1];
        double[] window = new double[segment];
        for (int i = 0; i < segment; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / segment);
        }
        DoubleFFT_1D fft = new DoubleFFT_1D(segment);
        double[] buffer = new double[segment];
        for (int s = start; s + segment <= end; s += segment / 2) {
            for (int i = 0; i < segment; i++) {
                buffer[i] = signal[s + i] * window[i];
            }
            fft.realForward(buffer);
            power[0] += buffer[0] * buffer[0];
            power[segment / 2] += buffer[1] * buffer[1];
            for (int k = 1; k < segment / 2; k++) {
                power[k] += buffer[2 * k] * buffer[2 * k] + buffer[2 * k + 1] * buffer[2 * k + 1];
            }
        }
        return new WelchSpectrum(power, sampleRate / (double) segment);
    }

    /** Sum of bin powers with centre frequency in [lowHz, highHz). */
    double bandPower(double lowHz, double highHz) {
        double sum = 0;
        for (int k = (int) Math.ceil(lowHz / binHz); k * binHz < highHz && k < power.length; k++) {
            sum += power[k];
        }
        return sum;
    }

    /** Power of the base-2 third-octave band with centre {@code 1000 * 2^(index / 3)} Hz. */
    double thirdOctavePower(int index) {
        double centre = thirdOctaveCentreHz(index);
        return bandPower(centre * Math.pow(2, -1.0 / 6), centre * Math.pow(2, 1.0 / 6));
    }

    static double thirdOctaveCentreHz(int index) {
        return 1000.0 * Math.pow(2, index / 3.0);
    }
}
