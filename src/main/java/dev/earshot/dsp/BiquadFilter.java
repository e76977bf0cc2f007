package dev.earshot.dsp;

import java.util.Arrays;

/**
 * A second-order IIR section in transposed direct form II, double precision, with independent state for each of a
 * fixed number of channels. Designs: the low-pass, high-pass, band-pass, peaking and low-shelf of R.
 * Bristow-Johnson's "Audio EQ Cookbook" formulas, and the bilinear transform of an analog second-order section.
 * Coefficients may be changed between samples ({@link #setLowShelf}, {@link #setBandPass}) without allocating, as
 * dynamic EQ needs and gliding formants do.
 *
 * <p>{@link #process} and {@link #reset} allocate nothing. Not thread-safe: one thread processes.
 */
public final class BiquadFilter {
    private static final double LN10_OVER_40 = Math.log(10.0) / 40.0;
    private double b0 = 1.0;
    private double b1;
    private double b2;
    private double a1;
    private double a2;
    private final double[] z1;
    private final double[] z2;

    /** An identity section for {@code channels} channels (1 or more). */
    public BiquadFilter(int channels) {
        if (channels < 1) {
            throw new IllegalArgumentException("a filter needs at least 1 channel, not " + channels);
        }
        z1 = new double[channels];
        z2 = new double[channels];
    }

    /** Second-order low-pass, {@code q} = 1/sqrt(2) for Butterworth. */
    public static BiquadFilter lowPass(double sampleRate, double frequencyHz, double q, int channels) {
        BiquadFilter filter = new BiquadFilter(channels);
        double w = omega(sampleRate, frequencyHz);
        double cos = StrictMath.cos(w);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        filter.set((1 - cos) / 2, 1 - cos, (1 - cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
        return filter;
    }

    /** Second-order high-pass, {@code q} = 1/sqrt(2) for Butterworth. */
    public static BiquadFilter highPass(double sampleRate, double frequencyHz, double q, int channels) {
        BiquadFilter filter = new BiquadFilter(channels);
        double w = omega(sampleRate, frequencyHz);
        double cos = StrictMath.cos(w);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        filter.set((1 + cos) / 2, -(1 + cos), (1 + cos) / 2, 1 + alpha, -2 * cos, 1 - alpha);
        return filter;
    }

    /** Cookbook band-pass with 0 dB gain at {@code frequencyHz}. */
    public static BiquadFilter bandPass(double sampleRate, double frequencyHz, double q, int channels) {
        BiquadFilter filter = new BiquadFilter(channels);
        filter.setBandPass(sampleRate, frequencyHz, q);
        return filter;
    }

    /** Cookbook peaking equaliser: {@code gainDb} at {@code frequencyHz}, unity far away. */
    public static BiquadFilter peaking(double sampleRate, double frequencyHz, double q, double gainDb, int channels) {
        BiquadFilter filter = new BiquadFilter(channels);
        double w = omega(sampleRate, frequencyHz);
        double cos = StrictMath.cos(w);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        double a = StrictMath.pow(10.0, gainDb / 40.0);
        filter.set(1 + alpha * a, -2 * cos, 1 - alpha * a, 1 + alpha / a, -2 * cos, 1 - alpha / a);
        return filter;
    }

    /**
     * Bilinear transform ({@code s = 2 fs (1 - 1/z) / (1 + 1/z)}, no prewarping) of the analog section
     * {@code (b[2] s^2 + b[1] s + b[0]) / (a[2] s^2 + a[1] s + a[0])}, s in rad/s.
     */
    public static BiquadFilter bilinear(double[] analogB, double[] analogA, double sampleRate, int channels) {
        double k = 2.0 * sampleRate;
        double kk = k * k;
        BiquadFilter filter = new BiquadFilter(channels);
        filter.set(analogB[2] * kk + analogB[1] * k + analogB[0], 2 * analogB[0] - 2 * analogB[2] * kk,
                analogB[2] * kk - analogB[1] * k + analogB[0],
                analogA[2] * kk + analogA[1] * k + analogA[0], 2 * analogA[0] - 2 * analogA[2] * kk,
                analogA[2] * kk - analogA[1] * k + analogA[0]);
        return filter;
    }

    /**
     * Turns this section into a cookbook low shelf (slope {@code q}; 1/sqrt(2) is the steepest without overshoot)
     * with {@code gainDb} below {@code frequencyHz} (the half-gain point) and unity far above. At 0 dB the section is
     * exactly the identity. Keeps the filter state; allocates nothing.
     */
    public void setLowShelf(double sampleRate, double frequencyHz, double q, double gainDb) {
        // exp, not StrictMath.pow: JDK 17's pure-Java pow allocates scratch arrays until the JIT removes them, and
        // this runs on the audio thread.
        double a = Math.exp(gainDb * LN10_OVER_40);
        double w = omega(sampleRate, frequencyHz);
        double cos = StrictMath.cos(w);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        double root = 2 * StrictMath.sqrt(a) * alpha;
        set(a * ((a + 1) - (a - 1) * cos + root), 2 * a * ((a - 1) - (a + 1) * cos),
                a * ((a + 1) - (a - 1) * cos - root),
                (a + 1) + (a - 1) * cos + root, -2 * ((a - 1) + (a + 1) * cos), (a + 1) + (a - 1) * cos - root);
    }

    /**
     * Turns this section into a cookbook band-pass with 0 dB gain at {@code frequencyHz}. Keeps the filter state, so
     * the centre can glide; allocates nothing.
     */
    public void setBandPass(double sampleRate, double frequencyHz, double q) {
        double w = omega(sampleRate, frequencyHz);
        double alpha = StrictMath.sin(w) / (2.0 * q);
        set(alpha, 0.0, -alpha, 1 + alpha, -2 * StrictMath.cos(w), 1 - alpha);
    }

    /** Filters one sample of {@code channel}. */
    public double process(double x, int channel) {
        double y = b0 * x + z1[channel];
        z1[channel] = b1 * x - a1 * y + z2[channel];
        z2[channel] = b2 * x - a2 * y;
        return y;
    }

    /** Filters {@code samples[0..frames)} of {@code channel} in place. */
    public void process(float[] samples, int frames, int channel) {
        process(samples, 0, frames, channel);
    }

    /**
     * Filters {@code samples[from..to)} of {@code channel} in place, in double precision; gives exactly what
     * {@link #process(double, int)} gives sample by sample, with the state kept in registers.
     */
    public void process(double[] samples, int from, int to, int channel) {
        double s1 = z1[channel];
        double s2 = z2[channel];
        for (int i = from; i < to; i++) {
            double x = samples[i];
            double y = b0 * x + s1;
            s1 = b1 * x - a1 * y + s2;
            s2 = b2 * x - a2 * y;
            samples[i] = y;
        }
        z1[channel] = s1;
        z2[channel] = s2;
    }

    /**
     * Filters {@code samples[from..to)} of {@code channel} in place; gives exactly what {@link #process(double, int)}
     * rounded to float gives sample by sample.
     */
    public void process(float[] samples, int from, int to, int channel) {
        double s1 = z1[channel];
        double s2 = z2[channel];
        for (int i = from; i < to; i++) {
            double x = samples[i];
            double y = b0 * x + s1;
            s1 = b1 * x - a1 * y + s2;
            s2 = b2 * x - a2 * y;
            samples[i] = (float) y;
        }
        z1[channel] = s1;
        z2[channel] = s2;
    }

    /**
     * As {@link #process(double[], int, int, int)} on channel 0 ({@code left}) and channel 1 ({@code right}) at once:
     * the two independent recursions interleaved run about twice as fast as one after the other, with exactly the
     * same results.
     */
    public void processPair(double[] left, double[] right, int from, int to) {
        double l1 = z1[0];
        double l2 = z2[0];
        double r1 = z1[1];
        double r2 = z2[1];
        for (int i = from; i < to; i++) {
            double xl = left[i];
            double xr = right[i];
            double yl = b0 * xl + l1;
            double yr = b0 * xr + r1;
            l1 = b1 * xl - a1 * yl + l2;
            r1 = b1 * xr - a1 * yr + r2;
            l2 = b2 * xl - a2 * yl;
            r2 = b2 * xr - a2 * yr;
            left[i] = yl;
            right[i] = yr;
        }
        z1[0] = l1;
        z2[0] = l2;
        z1[1] = r1;
        z2[1] = r2;
    }

    /** As {@link #processPair(double[], double[], int, int)}, rounding the output to float like the float method. */
    public void processPair(float[] left, float[] right, int from, int to) {
        double l1 = z1[0];
        double l2 = z2[0];
        double r1 = z1[1];
        double r2 = z2[1];
        for (int i = from; i < to; i++) {
            double xl = left[i];
            double xr = right[i];
            double yl = b0 * xl + l1;
            double yr = b0 * xr + r1;
            l1 = b1 * xl - a1 * yl + l2;
            r1 = b1 * xr - a1 * yr + r2;
            l2 = b2 * xl - a2 * yl;
            r2 = b2 * xr - a2 * yr;
            left[i] = (float) yl;
            right[i] = (float) yr;
        }
        z1[0] = l1;
        z2[0] = l2;
        z1[1] = r1;
        z2[1] = r2;
    }

    /** Clears every channel's state. */
    public void reset() {
        Arrays.fill(z1, 0.0);
        Arrays.fill(z2, 0.0);
    }

    /** Magnitude of the frequency response at {@code frequencyHz}, linear. */
    public double magnitude(double frequencyHz, double sampleRate) {
        double w = omega(sampleRate, frequencyHz);
        double c1 = StrictMath.cos(w);
        double s1 = StrictMath.sin(w);
        double c2 = StrictMath.cos(2 * w);
        double s2 = StrictMath.sin(2 * w);
        double numRe = b0 + b1 * c1 + b2 * c2;
        double numIm = -(b1 * s1 + b2 * s2);
        double denRe = 1 + a1 * c1 + a2 * c2;
        double denIm = -(a1 * s1 + a2 * s2);
        return StrictMath.hypot(numRe, numIm) / StrictMath.hypot(denRe, denIm);
    }

    private static double omega(double sampleRate, double frequencyHz) {
        if (!(frequencyHz > 0 && frequencyHz < sampleRate / 2)) {
            throw new IllegalArgumentException("filter frequency " + frequencyHz + " Hz must lie between 0 and "
                    + sampleRate / 2 + " Hz (half the sample rate)");
        }
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
