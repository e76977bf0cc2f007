package dev.earshot.measure;

/**
 * The exponential sine sweep of Farina (2000) and its inverse filter.
 *
 * <p>The sweep is x(t) = A · w(t) · sin(2π f1 L (e^{t/L} − 1)) for 0 ≤ t &lt; T, with L = T / ln(f2 / f1): its
 * instantaneous frequency f1 e^{t/L} rises by the same number of octaves every second, and w is a half-Hann fade-in
 * and fade-out measured in octaves. The k-th harmonic of such a sweep is the sweep itself shifted earlier by
 * L ln(k), which is why distortion products separate from the linear response after deconvolution.
 *
 * <p>The inverse filter is the sweep reversed in time with its amplitude raised by 6 dB per octave of the sample's
 * frequency (the sweep spends 1/f of its time per hertz, so its spectrum falls by 3 dB per octave; the reversed copy
 * falls by another 3 dB; +6 dB per octave makes the product flat). It is scaled so that the sweep convolved with it
 * has a gain of exactly 1 (0 dB) at {@link #referenceHz(SweepSettings)}: the deconvolved response of a wire has unit
 * gain there, whatever the sweep's level. Stateless and thread-safe; every array returned is new and the caller's.
 */
public final class ExponentialSweep {
    private ExponentialSweep() {
    }

    /**
     * The sweep's value at {@code seconds} after its start, level and fades included; 0 outside [0, T). Lets a
     * test sample the sweep on another clock than {@link SweepSettings#sampleRate()}.
     */
    public static double valueAt(SweepSettings settings, double seconds) {
        if (seconds < 0 || seconds >= settings.sweepSeconds()) {
            return 0;
        }
        double rate = settings.rateSeconds();
        double phase = 2 * Math.PI * settings.startHz() * rate * Math.expm1(seconds / rate);
        return settings.amplitude() * fade(settings, seconds) * Math.sin(phase);
    }

    /** One sweep without silence, {@link SweepSettings#sweepFrames()} samples. */
    public static double[] sweep(SweepSettings settings) {
        double[] sweep = new double[settings.sweepFrames()];
        for (int n = 0; n < sweep.length; n++) {
            sweep[n] = valueAt(settings, n / (double) settings.sampleRate());
        }
        return sweep;
    }

    /** The whole playback signal: every period's leading silence, sweep and trailing silence. */
    public static float[] signal(SweepSettings settings) {
        long total = settings.totalFrames();
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the sweep signal of " + total + " frames is too long; use fewer "
                    + "repeats or a shorter sweep");
        }
        double[] sweep = sweep(settings);
        float[] signal = new float[(int) total];
        for (int r = 0; r < settings.repeats(); r++) {
            int start = r * settings.periodFrames() + settings.leadFrames();
            for (int n = 0; n < sweep.length; n++) {
                signal[start + n] = (float) sweep[n];
            }
        }
        return signal;
    }

    /**
     * The inverse filter, {@link SweepSettings#sweepFrames()} samples: convolving the sweep with it gives a
     * band-limited impulse at lag {@code sweepFrames − 1} with unit gain at {@link #referenceHz(SweepSettings)}.
     */
    public static double[] inverseFilter(SweepSettings settings) {
        double[] sweep = sweep(settings);
        int frames = sweep.length;
        double[] inverse = new double[frames];
        double rate = settings.rateSeconds() * settings.sampleRate();
        for (int n = 0; n < frames; n++) {
            int source = frames - 1 - n;
            // +6 dB per octave of the frequency the sweep had at that sample: f(t) / f1 = e^{t/L}.
            inverse[n] = sweep[source] * Math.exp(source / rate);
        }
        double referenceHz = referenceHz(settings);
        double gain = magnitudeAt(sweep, referenceHz, settings.sampleRate())
                * magnitudeAt(inverse, referenceHz, settings.sampleRate());
        for (int n = 0; n < frames; n++) {
            inverse[n] /= gain;
        }
        return inverse;
    }

    /**
     * The frequency at which the deconvolved response of a wire is normalised to 0 dB: 1 kHz if it lies inside the
     * unfaded part of the sweep, otherwise the geometric centre of that part.
     */
    public static double referenceHz(SweepSettings settings) {
        double lowHz = settings.startHz() * Math.pow(2, settings.fadeInOctaves());
        double highHz = settings.endHz() / Math.pow(2, settings.fadeOutOctaves());
        return lowHz <= 1000 && highHz >= 1000 ? 1000 : Math.sqrt(lowHz * highHz);
    }

    /** |Σ x[n] e^{−jωn}| at one frequency, by direct summation (O(n), exact up to rounding). */
    static double magnitudeAt(double[] signal, double frequencyHz, int sampleRate) {
        double omega = 2 * Math.PI * frequencyHz / sampleRate;
        double cosStep = Math.cos(omega);
        double sinStep = Math.sin(omega);
        double cos = 1;
        double sin = 0;
        double re = 0;
        double im = 0;
        for (int n = 0; n < signal.length; n++) {
            re += signal[n] * cos;
            im -= signal[n] * sin;
            double nextCos = cos * cosStep - sin * sinStep;
            sin = sin * cosStep + cos * sinStep;
            cos = nextCos;
            if ((n & 1023) == 1023) {
                // Renormalise the rotation so rounding does not drift over millions of steps.
                double norm = Math.hypot(cos, sin);
                cos /= norm;
                sin /= norm;
            }
        }
        return Math.hypot(re, im);
    }

    /**
     * The sweep's fade weight (0 to 1) at the moment it passes {@code frequencyHz}; 0 outside the swept range. This
     * is the shape a deconvolved wire response should have: flat inside, half-Hann edges in log frequency.
     */
    static double bandWeight(SweepSettings settings, double frequencyHz) {
        if (!(frequencyHz > settings.startHz()) || frequencyHz >= settings.endHz()) {
            return 0;
        }
        return fade(settings, settings.rateSeconds() * Math.log(frequencyHz / settings.startHz()));
    }

    private static double fade(SweepSettings settings, double seconds) {
        double octavesIn = seconds / settings.rateSeconds() / Math.log(2);
        double octavesLeft = settings.octaves() - octavesIn;
        double weight = 1;
        if (octavesIn < settings.fadeInOctaves()) {
            weight *= 0.5 * (1 - Math.cos(Math.PI * octavesIn / settings.fadeInOctaves()));
        }
        if (octavesLeft < settings.fadeOutOctaves()) {
            weight *= 0.5 * (1 - Math.cos(Math.PI * octavesLeft / settings.fadeOutOctaves()));
        }
        return weight;
    }
}
