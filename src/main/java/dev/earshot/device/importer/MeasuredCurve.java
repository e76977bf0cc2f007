package dev.earshot.device.importer;

import dev.earshot.dsp.MagnitudeCurve;

/**
 * A magnitude response read from an export, normalised to 0 dB at 1 kHz.
 *
 * @param curve          the response in dB relative to its own level at 1 kHz (interpolated in log-frequency when
 *                       1 kHz falls between rows), at the file's frequencies
 * @param levelAt1kHzDb  the file's own level at 1 kHz before normalisation (dB SPL for REW, dB for AutoEq)
 */
public record MeasuredCurve(MagnitudeCurve curve, double levelAt1kHzDb) {
    /** Lowest frequency of the data, in Hz. */
    public double lowestHz() {
        return curve.frequenciesHz()[0];
    }

    /** Highest frequency of the data, in Hz. */
    public double highestHz() {
        double[] frequencies = curve.frequenciesHz();
        return frequencies[frequencies.length - 1];
    }

    /** Number of data points. */
    public int points() {
        return curve.frequenciesHz().length;
    }

    static MeasuredCurve normalized(MagnitudeCurve raw) {
        return new MeasuredCurve(CurveBuilder.normalizedAt1kHz(raw), raw.gainDbAt(CurveBuilder.REFERENCE_HZ));
    }
}
