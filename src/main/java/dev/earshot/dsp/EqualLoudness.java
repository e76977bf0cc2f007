package dev.earshot.dsp;

/**
 * Equal-loudness contours of ISO 226:2003: the sound pressure level a pure tone at a given frequency needs to sound
 * as loud as a 1 kHz tone at a given loudness level (phon).
 *
 * <p>Formula (ISO 226:2003, clause 4.1): {@code Af = 4.47e-3 (10^(0.025 Ln) - 1.15)
 * + (0.4 10^((Tf + Lu) / 10 - 9))^af} and {@code Lp = (10 / af) log10(Af) - Lu + 94} dB SPL, with the standard's
 * table of {@code af} (exponent of loudness perception), {@code Lu} (magnitude of the linear transfer function
 * normalised at 1 kHz) and {@code Tf} (threshold of hearing) at the 29 preferred frequencies from 20 Hz to 12.5 kHz.
 *
 * <p>Between table frequencies the three parameters are interpolated linearly in log-frequency (the standard only
 * defines the table points). Outside the table the parameters of the nearest end (20 Hz or 12.5 kHz) are used. The
 * standard declares the contours valid from 20 to 90 phon, and only up to 80 phon above 5 kHz (its data end there):
 * loudness levels are clamped to that range. Stateless and thread-safe.
 */
public final class EqualLoudness {
    /** Lowest and highest loudness level used, in phon. */
    public static final double MIN_PHON = 20.0;
    public static final double MAX_PHON = 90.0;
    /** Highest loudness level used above {@link #HIGH_FREQUENCY_LIMIT_HZ}. */
    public static final double MAX_PHON_HIGH_FREQUENCIES = 80.0;
    public static final double HIGH_FREQUENCY_LIMIT_HZ = 5000.0;

    private static final double[] FREQUENCIES_HZ = {20, 25, 31.5, 40, 50, 63, 80, 100, 125, 160, 200, 250, 315, 400,
        500, 630, 800, 1000, 1250, 1600, 2000, 2500, 3150, 4000, 5000, 6300, 8000, 10000, 12500};
    private static final double[] ALPHA = {0.532, 0.506, 0.480, 0.455, 0.432, 0.409, 0.387, 0.367, 0.349, 0.330,
        0.315, 0.301, 0.288, 0.276, 0.267, 0.259, 0.253, 0.250, 0.246, 0.244, 0.243, 0.243, 0.243, 0.242, 0.242,
        0.245, 0.254, 0.271, 0.301};
    private static final double[] LU_DB = {-31.6, -27.2, -23.0, -19.1, -15.9, -13.0, -10.3, -8.1, -6.2, -4.5, -3.1,
        -2.0, -1.1, -0.4, 0.0, 0.3, 0.5, 0.0, -2.7, -4.1, -1.0, 1.7, 2.5, 1.2, -2.1, -7.1, -11.2, -10.7, -3.1};
    private static final double[] TF_DB = {78.5, 68.7, 59.5, 51.1, 44.0, 37.5, 31.5, 26.5, 22.1, 17.9, 14.4, 11.4,
        8.6, 6.2, 4.4, 3.0, 2.2, 2.4, 3.5, 1.7, -1.3, -4.2, -6.0, -5.4, -1.5, 6.0, 12.6, 13.9, 12.3};

    private EqualLoudness() {
    }

    /**
     * The sound pressure level in dB SPL of a tone at {@code frequencyHz} on the {@code phon} contour.
     *
     * @param frequencyHz tone frequency in Hz, above 0 (parameters held constant below 20 Hz and above 12.5 kHz)
     * @param phon        loudness level, clamped to 20..90 phon (20..80 above 5 kHz)
     * @throws IllegalArgumentException if {@code frequencyHz} is not positive or either argument is NaN
     */
    public static double splForPhon(double frequencyHz, double phon) {
        if (!(frequencyHz > 0) || Double.isNaN(phon)) {
            throw new IllegalArgumentException("equal-loudness contour needs a positive frequency and a loudness"
                    + " level, not " + frequencyHz + " Hz at " + phon + " phon");
        }
        double ln = clampPhon(frequencyHz, phon);
        double alpha = interpolate(ALPHA, frequencyHz);
        double lu = interpolate(LU_DB, frequencyHz);
        double tf = interpolate(TF_DB, frequencyHz);
        double af = 4.47e-3 * (StrictMath.pow(10.0, 0.025 * ln) - 1.15)
                + StrictMath.pow(0.4 * StrictMath.pow(10.0, (tf + lu) / 10.0 - 9.0), alpha);
        return 10.0 / alpha * StrictMath.log10(af) - lu + 94.0;
    }

    /**
     * The threshold of hearing in dB SPL at {@code frequencyHz}: the standard's {@code Tf} column, interpolated like
     * the other parameters (held constant below 20 Hz and above 12.5 kHz). 2.4 dB SPL at 1 kHz, 78.5 at 20 Hz.
     *
     * @throws IllegalArgumentException if {@code frequencyHz} is not positive
     */
    public static double thresholdDbSpl(double frequencyHz) {
        if (!(frequencyHz > 0)) {
            throw new IllegalArgumentException("hearing threshold needs a positive frequency, not " + frequencyHz
                    + " Hz");
        }
        return interpolate(TF_DB, frequencyHz);
    }

    /**
     * The loudness level {@link #splForPhon} actually uses at {@code frequencyHz}: {@code phon} clamped to 20..90,
     * or to 20..80 above 5 kHz.
     */
    public static double clampPhon(double frequencyHz, double phon) {
        double maxPhon = frequencyHz > HIGH_FREQUENCY_LIMIT_HZ ? MAX_PHON_HIGH_FREQUENCIES : MAX_PHON;
        return Math.max(MIN_PHON, Math.min(maxPhon, phon));
    }

    private static double interpolate(double[] values, double frequencyHz) {
        int last = FREQUENCIES_HZ.length - 1;
        if (frequencyHz <= FREQUENCIES_HZ[0]) {
            return values[0];
        }
        if (frequencyHz >= FREQUENCIES_HZ[last]) {
            return values[last];
        }
        int upper = 1;
        while (FREQUENCIES_HZ[upper] < frequencyHz) {
            upper++;
        }
        double low = StrictMath.log(FREQUENCIES_HZ[upper - 1]);
        double high = StrictMath.log(FREQUENCIES_HZ[upper]);
        double t = (StrictMath.log(frequencyHz) - low) / (high - low);
        return values[upper - 1] + t * (values[upper] - values[upper - 1]);
    }
}
