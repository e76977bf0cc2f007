package dev.earshot.report.model;

import java.util.Arrays;

/**
 * A curve over frequency for charts: level or delta in dB at each frequency (1/6-octave smoothed where it is a
 * delta). Frequencies ascend; both arrays have the same length.
 *
 * @param frequenciesHz frequencies in Hz, ascending
 * @param valuesDb      level or difference in dB at each frequency
 */
public record SpectrumCurve(double[] frequenciesHz, double[] valuesDb) {

    public SpectrumCurve {
        if (frequenciesHz.length != valuesDb.length) {
            throw new IllegalArgumentException("a curve needs one value per frequency: " + frequenciesHz.length
                    + " frequencies, " + valuesDb.length + " values");
        }
        frequenciesHz = frequenciesHz.clone();
        valuesDb = valuesDb.clone();
    }

    @Override
    public double[] frequenciesHz() {
        return frequenciesHz.clone();
    }

    @Override
    public double[] valuesDb() {
        return valuesDb.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SpectrumCurve curve && Arrays.equals(frequenciesHz, curve.frequenciesHz)
                && Arrays.equals(valuesDb, curve.valuesDb);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(frequenciesHz) + Arrays.hashCode(valuesDb);
    }

    @Override
    public String toString() {
        return "SpectrumCurve[" + frequenciesHz.length + " points]";
    }
}
