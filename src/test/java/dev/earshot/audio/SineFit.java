package dev.earshot.audio;

/**
 * Test-side least-squares fit of {@code a·cos(ωn) + b·sin(ωn)} at a known frequency to a signal excerpt, the
 * independent reference for resampler amplitude, phase and spurious-product measurements.
 *
 * @param amplitude   fitted peak amplitude
 * @param phaseRadians phase of {@code amplitude·sin(ωn + phase)}
 * @param residualRms RMS of what the fitted sine does not explain (aliases, images, noise)
 */
record SineFit(double amplitude, double phaseRadians, double residualRms) {

    /** Fits {@code signal[start..end)} at {@code frequencyHz} with sample index {@code n} as the time origin. */
    static SineFit of(float[] signal, int start, int end, double frequencyHz, int sampleRate) {
        double omega = 2 * Math.PI * frequencyHz / sampleRate;
        double cc = 0;
        double ss = 0;
        double cs = 0;
        double yc = 0;
        double ys = 0;
        for (int n = start; n < end; n++) {
            double c = Math.cos(omega * n);
            double s = Math.sin(omega * n);
            cc += c * c;
            ss += s * s;
            cs += c * s;
            yc += signal[n] * c;
            ys += signal[n] * s;
        }
        double det = cc * ss - cs * cs;
        double a = (yc * ss - ys * cs) / det;
        double b = (ys * cc - yc * cs) / det;
        double residual = 0;
        for (int n = start; n < end; n++) {
            double e = signal[n] - a * Math.cos(omega * n) - b * Math.sin(omega * n);
            residual += e * e;
        }
        return new SineFit(Math.hypot(a, b), Math.atan2(a, b), Math.sqrt(residual / (end - start)));
    }

    /** Residual RMS relative to the fitted sine's RMS, in dB. */
    double residualDb() {
        return 20 * Math.log10(residualRms / (amplitude / Math.sqrt(2)));
    }

    static float[] sine(int frames, double frequencyHz, int sampleRate, double amplitude, double phaseRadians) {
        float[] signal = new float[frames];
        for (int n = 0; n < frames; n++) {
            signal[n] = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * n / sampleRate + phaseRadians));
        }
        return signal;
    }
}
