package dev.earshot.measure;

import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/** Delays a block of samples by a fraction of a sample with a linear phase ramp in the frequency domain. */
final class FractionalShift {
    private FractionalShift() {
    }

    /**
     * @param samples only read
     * @param frames  delay in frames, typically within ±1; positive moves the content later
     * @return a new array of the same length (content shifted circularly over a zero-padded length)
     */
    static double[] delay(double[] samples, double frames) {
        if (frames == 0) {
            return samples.clone();
        }
        int size = Integer.highestOneBit(samples.length) << 2;
        double[] spectrum = Arrays.copyOf(samples, size);
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        fft.realForward(spectrum);
        // The Nyquist bin cannot carry a phase; a fractional delay removes it.
        spectrum[1] = 0;
        for (int k = 1; k < size / 2; k++) {
            double angle = -2 * Math.PI * k * frames / size;
            double c = Math.cos(angle);
            double s = Math.sin(angle);
            double re = spectrum[2 * k];
            double im = spectrum[2 * k + 1];
            spectrum[2 * k] = re * c - im * s;
            spectrum[2 * k + 1] = re * s + im * c;
        }
        fft.realInverse(spectrum, true);
        return Arrays.copyOf(spectrum, samples.length);
    }
}
