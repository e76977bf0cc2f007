package dev.earshot.measure;

/**
 * The settings of an exponential (Farina) sine sweep measurement signal. One period of the signal is
 * {@code leadSilenceSeconds} of silence, the sweep of {@code sweepSeconds}, then {@code tailSilenceSeconds} of silence;
 * the signal holds {@code repeats} periods back to back. Immutable.
 *
 * @param sampleRate         8 000 to 384 000 Hz
 * @param startHz            first frequency of the sweep, positive
 * @param endHz              last frequency, above {@code startHz} and at most {@code sampleRate / 2}
 * @param sweepSeconds       duration of the sweep itself, 0.1 to 120 s
 * @param fadeInOctaves      length of the half-Hann fade-in, in octaves of the sweep (0 for none)
 * @param fadeOutOctaves     length of the half-Hann fade-out, in octaves of the sweep (0 for none)
 * @param leadSilenceSeconds silence before each sweep, 0 to 60 s
 * @param tailSilenceSeconds silence after each sweep, where the room's decay and the latency fit; 0 to 60 s
 * @param levelDbfs          peak level of the sweep, −60 to 0 dBFS
 * @param repeats            number of periods, 1 to 32; two or more let the clock drift be measured and the results
 *                           be averaged
 */
public record SweepSettings(int sampleRate, double startHz, double endHz, double sweepSeconds, double fadeInOctaves,
                            double fadeOutOctaves, double leadSilenceSeconds, double tailSilenceSeconds,
                            double levelDbfs, int repeats) {

    /** @throws IllegalArgumentException naming the setting that is out of range */
    public SweepSettings {
        if (sampleRate < 8_000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 8000..384000 Hz");
        }
        if (!(startHz > 0) || !(endHz > startHz) || endHz > sampleRate / 2.0) {
            throw new IllegalArgumentException("sweep range " + startHz + " to " + endHz + " Hz must rise and end at"
                    + " or below half the sample rate (" + sampleRate / 2 + " Hz)");
        }
        requireRange("sweep duration (s)", sweepSeconds, 0.1, 120);
        double octaves = octaves(startHz, endHz);
        requireRange("fade-in (octaves)", fadeInOctaves, 0, octaves / 2);
        requireRange("fade-out (octaves)", fadeOutOctaves, 0, octaves / 2);
        requireRange("leading silence (s)", leadSilenceSeconds, 0, 60);
        requireRange("trailing silence (s)", tailSilenceSeconds, 0, 60);
        requireRange("level (dBFS)", levelDbfs, -60, 0);
        if (repeats < 1 || repeats > 32) {
            throw new IllegalArgumentException("repeats " + repeats + " is outside 1..32");
        }
    }

    /**
     * Settings with the defaults for the rest: 1/2-octave fade-in (shorter fades leave a ripple of several tenths of a
     * dB an octave above the start of short sweeps), 1/24-octave fade-out, 0.5 s of leading silence and 2 s of
     * trailing silence, one period.
     */
    public static SweepSettings of(int sampleRate, double startHz, double endHz, double sweepSeconds,
                                   double levelDbfs) {
        return new SweepSettings(sampleRate, startHz, endHz, sweepSeconds, 0.5, 1.0 / 24, 0.5, 2.0, levelDbfs,
                1);
    }

    /** These settings with {@code count} periods. */
    public SweepSettings withRepeats(int count) {
        return new SweepSettings(sampleRate, startHz, endHz, sweepSeconds, fadeInOctaves, fadeOutOctaves,
                leadSilenceSeconds, tailSilenceSeconds, levelDbfs, count);
    }

    /** These settings with other silences around each sweep, in seconds. */
    public SweepSettings withSilences(double leadSeconds, double tailSeconds) {
        return new SweepSettings(sampleRate, startHz, endHz, sweepSeconds, fadeInOctaves, fadeOutOctaves,
                leadSeconds, tailSeconds, levelDbfs, repeats);
    }

    /** Frames of the sweep itself. */
    public int sweepFrames() {
        return (int) Math.round(sweepSeconds * sampleRate);
    }

    /** Frames of leading silence. */
    public int leadFrames() {
        return (int) Math.round(leadSilenceSeconds * sampleRate);
    }

    /** Frames of one period: leading silence, sweep, trailing silence. */
    public int periodFrames() {
        return leadFrames() + sweepFrames() + (int) Math.round(tailSilenceSeconds * sampleRate);
    }

    /** Frames of the whole signal, all repeats. */
    public long totalFrames() {
        return (long) periodFrames() * repeats;
    }

    /** The sweep's rate constant L = T / ln(f2 / f1), in seconds: frequency grows by e every L seconds. */
    public double rateSeconds() {
        return sweepSeconds / Math.log(endHz / startHz);
    }

    /**
     * How much earlier than the linear response the k-th harmonic's response appears in the deconvolved signal:
     * Δt_k = L · ln(k), in seconds.
     *
     * @param harmonic 2 or more
     */
    public double harmonicAdvanceSeconds(int harmonic) {
        if (harmonic < 1) {
            throw new IllegalArgumentException("harmonic " + harmonic + " must be 1 or more");
        }
        return rateSeconds() * Math.log(harmonic);
    }

    /** Peak amplitude of the sweep, linear full scale. */
    public double amplitude() {
        return Math.pow(10, levelDbfs / 20);
    }

    /** Octaves the sweep spans. */
    public double octaves() {
        return octaves(startHz, endHz);
    }

    private static double octaves(double lowHz, double highHz) {
        return Math.log(highHz / lowHz) / Math.log(2);
    }

    private static void requireRange(String what, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(what + " " + value + " is outside " + low + ".." + high);
        }
    }
}
