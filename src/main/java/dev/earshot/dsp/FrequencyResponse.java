package dev.earshot.dsp;

/**
 * Evaluates the frequency response of an FIR filter directly (a single-bin DFT at any frequency, no FFT grid), for
 * tests, reports and {@code profiles show}, and by the generators to set a model's level, which is why it uses
 * {@link StrictMath}: the same IR gives the same figure on every CPU. Stateless and thread-safe; arrays are only read.
 */
public final class FrequencyResponse {
    /** The sine/cosine recurrence is re-seeded from exact values this often, bounding its rounding drift. */
    private static final int RESEED_FRAMES = 512;
    /** Points per smoothing band in {@link #smoothedGainDbAt}. */
    private static final int SMOOTHING_POINTS = 9;

    private FrequencyResponse() {
    }

    /**
     * The gain of {@code ir} at {@code frequencyHz}: 20·log10|Σ ir[n]·e^(−iωn)|, ω = 2π·frequencyHz / sampleRate.
     *
     * @param frequencyHz 0 to sampleRate / 2
     * @return the gain in dB; −∞ if the response is exactly zero there
     */
    public static double gainDbAt(float[] ir, int sampleRate, double frequencyHz) {
        double[] values = new double[ir.length];
        for (int i = 0; i < ir.length; i++) {
            values[i] = ir[i];
        }
        return gainDbAt(values, sampleRate, frequencyHz);
    }

    /** As {@link #gainDbAt(float[], int, double)}, for a double-precision IR. */
    public static double gainDbAt(double[] ir, int sampleRate, double frequencyHz) {
        return 10.0 * StrictMath.log10(powerAt(ir, sampleRate, frequencyHz));
    }

    /**
     * The response power-averaged over {@code bandwidthOctaves} centred (in log-frequency) on {@code centreHz}, from
     * 9 evenly spaced log-frequency points: the 1/n-octave smoothing used to compare a design with its target.
     *
     * @return the smoothed gain in dB
     */
    public static double smoothedGainDbAt(float[] ir, int sampleRate, double centreHz, double bandwidthOctaves) {
        double[] values = new double[ir.length];
        for (int i = 0; i < ir.length; i++) {
            values[i] = ir[i];
        }
        double powerSum = 0.0;
        for (int p = 0; p < SMOOTHING_POINTS; p++) {
            double offsetOctaves = bandwidthOctaves * ((p + 0.5) / SMOOTHING_POINTS - 0.5);
            powerSum += powerAt(values, sampleRate, centreHz * StrictMath.pow(2.0, offsetOctaves));
        }
        return 10.0 * StrictMath.log10(powerSum / SMOOTHING_POINTS);
    }

    private static double powerAt(double[] ir, int sampleRate, double frequencyHz) {
        if (!(frequencyHz >= 0.0) || frequencyHz > sampleRate / 2.0) {
            throw new IllegalArgumentException(frequencyHz + " Hz is outside 0.." + sampleRate / 2.0 + " Hz");
        }
        double omega = 2.0 * StrictMath.PI * frequencyHz / sampleRate;
        double stepCos = StrictMath.cos(omega);
        double stepSin = StrictMath.sin(omega);
        double real = 0.0;
        double imaginary = 0.0;
        double cos = 1.0;
        double sin = 0.0;
        for (int n = 0; n < ir.length; n++) {
            if (n % RESEED_FRAMES == 0) {
                cos = StrictMath.cos(omega * n);
                sin = StrictMath.sin(omega * n);
            }
            real += ir[n] * cos;
            imaginary -= ir[n] * sin;
            double nextCos = cos * stepCos - sin * stepSin;
            sin = sin * stepCos + cos * stepSin;
            cos = nextCos;
        }
        return real * real + imaginary * imaginary;
    }
}
