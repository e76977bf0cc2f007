package dev.earshot.device.generator;

import dev.earshot.dsp.MagnitudeResponse;

/**
 * Closed-form magnitude shapes (gains in dB against frequency in Hz) from which the device models are assembled:
 * filter slopes, loudspeaker resonances, bells and shelves. Everything uses {@link StrictMath}, so a model gives the
 * same numbers on every CPU. The returned responses are immutable.
 */
public final class Shapes {
    /** Octaves of a resonance per unit of 1/Q: a bandwidth of f/Q spans about (1/ln 2)/Q octaves when Q is large. */
    private static final double OCTAVES_PER_INVERSE_Q = 1.0 / StrictMath.log(2.0);
    private static final double GAUSSIAN_HALF_WIDTH = StrictMath.sqrt(2.0 * StrictMath.log(2.0));

    private Shapes() {
    }

    /**
     * A Butterworth-style high-pass magnitude: −3 dB at {@code cornerHz}, falling at 6·order dB per octave below it.
     * Fractional orders give intermediate slopes (an earphone leak, a cabin).
     */
    public static MagnitudeResponse highPass(double cornerHz, double order) {
        return frequencyHz -> -10.0 * StrictMath.log10(1.0 + StrictMath.pow(cornerHz / frequencyHz, 2.0 * order));
    }

    /** A Butterworth-style low-pass magnitude: −3 dB at {@code cornerHz}, 6·order dB per octave above it. */
    public static MagnitudeResponse lowPass(double cornerHz, double order) {
        return frequencyHz -> -10.0 * StrictMath.log10(1.0 + StrictMath.pow(frequencyHz / cornerHz, 2.0 * order));
    }

    /**
     * A loudspeaker in a sealed box (or a microspeaker) around its resonance: the second-order high-pass
     * r⁴ / ((1 − r²)² + r²/Q²), r = f / resonanceHz; falls at 12 dB per octave below, peaks by about 20·log10(Q)
     * near the resonance when Q &gt; 1.
     */
    public static MagnitudeResponse resonantHighPass(double resonanceHz, double q) {
        return frequencyHz -> {
            double r2 = (frequencyHz / resonanceHz) * (frequencyHz / resonanceHz);
            double denominator = (1.0 - r2) * (1.0 - r2) + r2 / (q * q);
            return 10.0 * StrictMath.log10(r2 * r2 / denominator);
        };
    }

    /**
     * A bell (peak or dip), Gaussian in log-frequency: {@code gainDb} at {@code centreHz}, half of it (in dB) at
     * ±bandwidthOctaves / 2.
     */
    public static MagnitudeResponse bell(double centreHz, double gainDb, double bandwidthOctaves) {
        double sigmaOctaves = bandwidthOctaves / (2.0 * GAUSSIAN_HALF_WIDTH);
        return frequencyHz -> {
            double octaves = StrictMath.log(frequencyHz / centreHz) / StrictMath.log(2.0);
            return gainDb * StrictMath.exp(-0.5 * (octaves / sigmaOctaves) * (octaves / sigmaOctaves));
        };
    }

    /** A resonance (room mode, panel) of quality factor {@code q}: a bell about 1.44 / q octaves wide. */
    public static MagnitudeResponse resonance(double centreHz, double gainDb, double q) {
        return bell(centreHz, gainDb, OCTAVES_PER_INVERSE_Q / q);
    }

    /** A gentle low shelf: {@code gainDb} well below {@code cornerHz}, half of it at the corner, 0 dB well above. */
    public static MagnitudeResponse lowShelf(double cornerHz, double gainDb) {
        return frequencyHz -> {
            double r2 = (frequencyHz / cornerHz) * (frequencyHz / cornerHz);
            return gainDb / (1.0 + r2);
        };
    }

    /** A gentle high shelf: 0 dB well below {@code cornerHz}, half of {@code gainDb} at it, all of it well above. */
    public static MagnitudeResponse highShelf(double cornerHz, double gainDb) {
        return frequencyHz -> {
            double r2 = (frequencyHz / cornerHz) * (frequencyHz / cornerHz);
            return gainDb * r2 / (1.0 + r2);
        };
    }

    /** A 4th-order Linkwitz-Riley crossover high-pass (two Butterworth 2nd-order sections): −6 dB at the corner. */
    public static MagnitudeResponse linkwitzRileyHighPass(double cornerHz) {
        return highPass(cornerHz, 2).plus(highPass(cornerHz, 2));
    }

    /** The matching 4th-order Linkwitz-Riley low-pass; with the high-pass it sums to an all-pass. */
    public static MagnitudeResponse linkwitzRileyLowPass(double cornerHz) {
        return lowPass(cornerHz, 2).plus(lowPass(cornerHz, 2));
    }

    /** The cascade of {@code parts}: gains in dB add. */
    public static MagnitudeResponse cascade(MagnitudeResponse... parts) {
        MagnitudeResponse[] copy = parts.clone();
        return frequencyHz -> {
            double sumDb = 0.0;
            for (MagnitudeResponse part : copy) {
                sumDb += part.gainDbAt(frequencyHz);
            }
            return sumDb;
        };
    }
}
