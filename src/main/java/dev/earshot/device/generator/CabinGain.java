package dev.earshot.device.generator;

import dev.earshot.dsp.MagnitudeResponse;

/**
 * The pressure-field gain of a small closed space such as a car cabin: below {@code cornerHz} the response rises at
 * 12 dB per octave until it levels off at {@code plateauDb}; above the corner it is 0 dB. The closed form is
 * 10·log10((1 + r⁴) / (1 + r⁴ / P)), r = cornerHz / f, P = 10^(plateauDb / 10).
 *
 * @param cornerHz  where the lift begins (published range for cars: roughly 50–90 Hz)
 * @param plateauDb the lift far below the corner
 */
public record CabinGain(double cornerHz, double plateauDb) implements MagnitudeResponse {
    /** The published reference frequency for the size of the lift. */
    public static final double REFERENCE_HZ = 30.0;

    public CabinGain {
        if (!(cornerHz > 0) || !(plateauDb > 0)) {
            throw new IllegalArgumentException("cabin gain needs a positive corner and plateau, got " + cornerHz
                    + " Hz, " + plateauDb + " dB");
        }
    }

    /**
     * The cabin gain with corner {@code cornerHz} that lifts 30 Hz by exactly {@code gainDbAt30Hz} (published figure:
     * about +10 to +12 dB).
     *
     * @throws IllegalArgumentException if a 12 dB/octave rise from that corner cannot reach the gain at 30 Hz
     */
    public static CabinGain reaching(double cornerHz, double gainDbAt30Hz) {
        double r4 = StrictMath.pow(cornerHz / REFERENCE_HZ, 4.0);
        double gain = StrictMath.pow(10.0, gainDbAt30Hz / 10.0);
        double rest = (1.0 + r4) / gain - 1.0;
        if (!(rest > 0)) {
            throw new IllegalArgumentException("a cabin corner of " + cornerHz + " Hz cannot lift 30 Hz by "
                    + gainDbAt30Hz + " dB at 12 dB/octave");
        }
        return new CabinGain(cornerHz, 10.0 * StrictMath.log10(r4 / rest));
    }

    @Override
    public double gainDbAt(double frequencyHz) {
        double r4 = StrictMath.pow(cornerHz / frequencyHz, 4.0);
        double plateau = StrictMath.pow(10.0, plateauDb / 10.0);
        return 10.0 * StrictMath.log10((1.0 + r4) / (1.0 + r4 / plateau));
    }
}
