package dev.earshot.dsp;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;

/**
 * Any curve of the kind users import (points every half octave from 20 Hz to 20 kHz, ±15 dB, so slopes up to
 * 60 dB/octave between neighbours) is reproduced within ±0.5 dB from 30 Hz to 16 kHz after 1/12-octave smoothing.
 * Fixed seed: the property is a regression test, not a search that could fail on another day.
 */
class MinimumPhaseProperties {
    private static final int RATE = 48_000;
    private static final double TWELFTH_OCTAVE = 1.0 / 12;

    @Property(tries = 8, seed = "20261125")
    void reproducesRandomHalfOctaveCurvesWithinHalfADecibel(
            @ForAll @Size(20) double @DoubleRange(min = -15, max = 15) [] gainsDb) {
        double[] frequencies = new double[gainsDb.length];
        for (int i = 0; i < frequencies.length; i++) {
            frequencies[i] = 20 * Math.pow(2, i / 2.0);
        }
        MagnitudeCurve curve = new MagnitudeCurve(frequencies, gainsDb);
        float[] ir = MinimumPhase.fromMagnitude(curve, RATE, 8_192);
        for (double hz = 30; hz <= 16_000; hz *= Math.pow(2, TWELFTH_OCTAVE)) {
            double measuredDb = FrequencyResponse.smoothedGainDbAt(ir, RATE, hz, TWELFTH_OCTAVE);
            double powerSum = 0;
            for (int p = 0; p < 9; p++) {
                double at = hz * Math.pow(2, TWELFTH_OCTAVE * ((p + 0.5) / 9 - 0.5));
                powerSum += Math.pow(10, curve.gainDbAt(at) / 10);
            }
            double expectedDb = 10 * Math.log10(powerSum / 9);
            if (Math.abs(measuredDb - expectedDb) > 0.5) {
                throw new AssertionError(hz + " Hz: " + measuredDb + " dB, target " + expectedDb + " dB");
            }
        }
    }
}
