package dev.earshot.dsp;

/**
 * The A frequency weighting of IEC 61672-1 as a digital filter: the standard's analog transfer function (double
 * poles at 20.6 Hz and 12 194 Hz, single poles at 107.7 Hz and 737.9 Hz, four zeros at 0 Hz) mapped by the bilinear
 * transform with each pole prewarped to its analog frequency, normalised to exactly 0 dB at 1 kHz. Near Nyquist at
 * 44.1/48 kHz the top double pole is squeezed, so the weighting above about 10 kHz is lower than the analog one by up
 * to a few dB; that is irrelevant for the low-frequency noise it calibrates here.
 *
 * <p>{@link #process} allocates nothing. Not thread-safe: one thread processes.
 */
public final class AWeighting {
    private static final double F1_HZ = 20.598997;
    private static final double F2_HZ = 107.65265;
    private static final double F3_HZ = 737.86223;
    private static final double F4_HZ = 12194.217;

    private final BiquadFilter lowHighPass;
    private final BiquadFilter midHighPass;
    private final BiquadFilter topLowPass;
    private final double gain;

    /**
     * @param sampleRate frames per second, 8 000 to 384 000
     * @param channels   channels with independent state, 1 or more
     */
    public AWeighting(double sampleRate, int channels) {
        double w1 = prewarped(F1_HZ, sampleRate);
        double w2 = prewarped(F2_HZ, sampleRate);
        double w3 = prewarped(F3_HZ, sampleRate);
        double w4 = prewarped(Math.min(F4_HZ, 0.45 * sampleRate), sampleRate);
        // s^2 / (s + w1)^2, s^2 / ((s + w2)(s + w3)), 1 / (s + w4)^2.
        lowHighPass = BiquadFilter.bilinear(new double[] {0, 0, 1}, new double[] {w1 * w1, 2 * w1, 1},
                sampleRate, channels);
        midHighPass = BiquadFilter.bilinear(new double[] {0, 0, 1}, new double[] {w2 * w3, w2 + w3, 1},
                sampleRate, channels);
        topLowPass = BiquadFilter.bilinear(new double[] {1, 0, 0}, new double[] {w4 * w4, 2 * w4, 1},
                sampleRate, channels);
        double atOneKilohertz = lowHighPass.magnitude(1000, sampleRate) * midHighPass.magnitude(1000, sampleRate)
                * topLowPass.magnitude(1000, sampleRate);
        gain = 1.0 / atOneKilohertz;
    }

    /** Weights one sample of {@code channel}. */
    public double process(double x, int channel) {
        double y = lowHighPass.process(x * gain, channel);
        y = midHighPass.process(y, channel);
        return topLowPass.process(y, channel);
    }

    /** Clears the filter state. */
    public void reset() {
        lowHighPass.reset();
        midHighPass.reset();
        topLowPass.reset();
    }

    /** The weighting's digital magnitude response at {@code frequencyHz} in dB (0 at 1 kHz). */
    public double responseDb(double frequencyHz, double sampleRate) {
        double magnitude = gain * lowHighPass.magnitude(frequencyHz, sampleRate)
                * midHighPass.magnitude(frequencyHz, sampleRate) * topLowPass.magnitude(frequencyHz, sampleRate);
        return 20.0 * StrictMath.log10(magnitude);
    }

    /** A-weighted RMS of {@code samples[0..frames)}, linear full scale, with a fresh filter state. */
    public static double weightedRms(float[] samples, int frames, double sampleRate) {
        AWeighting weighting = new AWeighting(sampleRate, 1);
        double sum = 0;
        for (int i = 0; i < frames; i++) {
            double y = weighting.process(samples[i], 0);
            sum += y * y;
        }
        return StrictMath.sqrt(sum / frames);
    }

    /** The digital pole that the bilinear transform maps back to {@code frequencyHz} exactly, in rad/s. */
    private static double prewarped(double frequencyHz, double sampleRate) {
        return 2.0 * sampleRate * StrictMath.tan(StrictMath.PI * frequencyHz / sampleRate);
    }
}
