package dev.earshot.dsp;

import java.util.Arrays;

/**
 * A magnitude response given at points: {@code gainsDb[i]} at {@code frequenciesHz[i]}. Between points the gain is
 * interpolated linearly in log-frequency (straight lines on a dB-per-octave plot); outside the range it is held at the
 * first or last value. Immutable: the arrays are copied in and out.
 *
 * @param frequenciesHz strictly increasing, positive, finite; at least 2 points
 * @param gainsDb       finite, one per frequency
 */
public record MagnitudeCurve(double[] frequenciesHz, double[] gainsDb) implements MagnitudeResponse {
    /** @throws IllegalArgumentException naming the first point that breaks the rules above */
    public MagnitudeCurve {
        if (frequenciesHz.length != gainsDb.length) {
            throw new IllegalArgumentException(frequenciesHz.length + " frequencies but " + gainsDb.length + " gains");
        }
        if (frequenciesHz.length < 2) {
            throw new IllegalArgumentException("a magnitude curve needs at least 2 points, got "
                    + frequenciesHz.length);
        }
        for (int i = 0; i < frequenciesHz.length; i++) {
            double hz = frequenciesHz[i];
            if (!Double.isFinite(hz) || hz <= 0) {
                throw new IllegalArgumentException("point " + (i + 1) + ": frequency " + hz + " Hz is not positive");
            }
            if (i > 0 && hz <= frequenciesHz[i - 1]) {
                throw new IllegalArgumentException("point " + (i + 1) + ": frequency " + hz
                        + " Hz does not increase (previous " + frequenciesHz[i - 1] + " Hz)");
            }
            if (!Double.isFinite(gainsDb[i])) {
                throw new IllegalArgumentException("point " + (i + 1) + ": gain " + gainsDb[i] + " dB is not finite");
            }
        }
        frequenciesHz = frequenciesHz.clone();
        gainsDb = gainsDb.clone();
    }

    /**
     * A curve from alternating frequency and gain values: {@code of(100, -3, 1000, 0, 10000, 2)}.
     *
     * @throws IllegalArgumentException for an odd count or any rule of the constructor
     */
    public static MagnitudeCurve of(double... hzDbPairs) {
        if (hzDbPairs.length % 2 != 0) {
            throw new IllegalArgumentException("frequency/gain pairs expected, got " + hzDbPairs.length + " values");
        }
        double[] frequencies = new double[hzDbPairs.length / 2];
        double[] gains = new double[hzDbPairs.length / 2];
        for (int i = 0; i < frequencies.length; i++) {
            frequencies[i] = hzDbPairs[2 * i];
            gains[i] = hzDbPairs[2 * i + 1];
        }
        return new MagnitudeCurve(frequencies, gains);
    }

    @Override
    public double[] frequenciesHz() {
        return frequenciesHz.clone();
    }

    @Override
    public double[] gainsDb() {
        return gainsDb.clone();
    }

    /** The gain in dB at {@code frequencyHz}; held flat outside the range (also for 0 Hz). */
    @Override
    public double gainDbAt(double frequencyHz) {
        int last = frequenciesHz.length - 1;
        if (!(frequencyHz > frequenciesHz[0])) {
            return gainsDb[0];
        }
        if (frequencyHz >= frequenciesHz[last]) {
            return gainsDb[last];
        }
        int index = Arrays.binarySearch(frequenciesHz, frequencyHz);
        if (index >= 0) {
            return gainsDb[index];
        }
        int upper = -index - 1;
        int lower = upper - 1;
        double position = StrictMath.log(frequencyHz / frequenciesHz[lower])
                / StrictMath.log(frequenciesHz[upper] / frequenciesHz[lower]);
        return gainsDb[lower] + position * (gainsDb[upper] - gainsDb[lower]);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MagnitudeCurve curve && Arrays.equals(frequenciesHz, curve.frequenciesHz)
                && Arrays.equals(gainsDb, curve.gainsDb);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(frequenciesHz) + Arrays.hashCode(gainsDb);
    }

    @Override
    public String toString() {
        return "MagnitudeCurve[" + frequenciesHz.length + " points, " + frequenciesHz[0] + " to "
                + frequenciesHz[frequenciesHz.length - 1] + " Hz]";
    }
}
