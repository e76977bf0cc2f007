package dev.earshot.dsp.demo;

/**
 * Second-order IIR section in transposed direct form II with the coefficient formulas of R. Bristow-Johnson's
 * "Cookbook formulae for audio EQ biquad filter coefficients". Coefficients may be changed between samples (used for
 * slowly gliding formants). Frequencies in Hz, sample rate in frames per second. Not thread-safe.
 */
final class Biquad {
    private final double sampleRate;
    private double b0;
    private double b1;
    private double b2;
    private double a1;
    private double a2;
    private double z1;
    private double z2;

    Biquad(double sampleRate) {
        this.sampleRate = sampleRate;
        this.b0 = 1.0;
    }

    static Biquad lowPass(double sampleRate, double frequencyHz, double q) {
        Biquad filter = new Biquad(sampleRate);
        double w = filter.omega(frequencyHz);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        double cos = StrictMath.cos(w);
        filter.set((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
        return filter;
    }

    static Biquad highPass(double sampleRate, double frequencyHz, double q) {
        Biquad filter = new Biquad(sampleRate);
        double w = filter.omega(frequencyHz);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        double cos = StrictMath.cos(w);
        filter.set((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
        return filter;
    }

    static Biquad bandPass(double sampleRate, double frequencyHz, double q) {
        Biquad filter = new Biquad(sampleRate);
        filter.setBandPass(frequencyHz, q);
        return filter;
    }

    /** Peaking equaliser: {@code gainDb} at {@code frequencyHz}, unity far away. */
    static Biquad peaking(double sampleRate, double frequencyHz, double q, double gainDb) {
        Biquad filter = new Biquad(sampleRate);
        double w = filter.omega(frequencyHz);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        double cos = StrictMath.cos(w);
        double a = StrictMath.pow(10.0, gainDb / 40.0);
        filter.set(1 + alpha * a, -2 * cos, 1 - alpha * a, 1 + alpha / a, -2 * cos, 1 - alpha / a);
        return filter;
    }

    /** Band-pass with 0 dB gain at the centre; keeps the filter state so it can glide. */
    void setBandPass(double frequencyHz, double q) {
        double w = omega(frequencyHz);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        set(alpha, 0.0, -alpha, 1 + alpha, -2 * StrictMath.cos(w), 1 - alpha);
    }

    double process(double x) {
        double y = b0 * x + z1;
        z1 = b1 * x - a1 * y + z2;
        z2 = b2 * x - a2 * y;
        return y;
    }

    private double omega(double frequencyHz) {
        return 2.0 * StrictMath.PI * frequencyHz / sampleRate;
    }

    private void set(double nb0, double nb1, double nb2, double a0, double na1, double na2) {
        b0 = nb0 / a0;
        b1 = nb1 / a0;
        b2 = nb2 / a0;
        a1 = na1 / a0;
        a2 = na2 / a0;
    }
}
