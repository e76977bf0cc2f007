package dev.earshot.ui;

import dev.earshot.report.chart.FrequencyCharts.NamedCurve;
import dev.earshot.report.model.SpectrumCurve;
import java.util.ArrayList;
import java.util.List;

/**
 * The curves of View ▸ Device response: the selected profile's response (from {@link ResponseCurves}) normalised to
 * 0 dB at 1 kHz, and the master's live spectral delta through it (played minus master, averaged while playing).
 * Pure values, no Swing; the dialog hands the result to {@code FrequencyCharts.deltaOverlay}.
 */
final class DeviceResponseData {
    /** The response is shown relative to its level here, Hz. */
    static final double REFERENCE_HZ = 1000;

    private DeviceResponseData() {
    }

    /**
     * The chart's curves for one profile.
     *
     * @param profileName legend label of the profile
     * @param bandsHz     band centres, ascending, Hz (not modified)
     * @param responseDb  the profile's response per band, dB (NaN where unknown); empty while it is computed
     * @param deltaDb     the averaged played-minus-master delta per band, dB; empty when nothing was played yet
     * @return zero, one or two curves: response first, then delta
     */
    static List<NamedCurve> curves(String profileName, double[] bandsHz, double[] responseDb, double[] deltaDb) {
        List<NamedCurve> curves = new ArrayList<>(2);
        if (responseDb.length == bandsHz.length && bandsHz.length > 0) {
            double referenceDb = valueAt(bandsHz, responseDb, REFERENCE_HZ);
            double[] normalised = new double[responseDb.length];
            for (int b = 0; b < responseDb.length; b++) {
                normalised[b] = Double.isFinite(referenceDb) ? responseDb[b] - referenceDb : Double.NaN;
            }
            curves.add(new NamedCurve(profileName + " response (0 dB at 1 kHz)",
                    new SpectrumCurve(bandsHz, normalised)));
        }
        if (deltaDb.length == bandsHz.length && bandsHz.length > 0) {
            curves.add(new NamedCurve("Master through " + profileName + " minus master (live)",
                    new SpectrumCurve(bandsHz, deltaDb)));
        }
        return curves;
    }

    /**
     * {@code valuesDb} at {@code frequencyHz}, interpolated linearly over log frequency between the neighbouring
     * bands; NaN when outside the bands or a neighbour is not finite.
     */
    static double valueAt(double[] bandsHz, double[] valuesDb, double frequencyHz) {
        for (int b = 0; b + 1 < bandsHz.length; b++) {
            if (frequencyHz >= bandsHz[b] && frequencyHz <= bandsHz[b + 1]) {
                double t = Math.log(frequencyHz / bandsHz[b]) / Math.log(bandsHz[b + 1] / bandsHz[b]);
                return valuesDb[b] + t * (valuesDb[b + 1] - valuesDb[b]);
            }
        }
        return bandsHz.length == 1 && bandsHz[0] == frequencyHz ? valuesDb[0] : Double.NaN;
    }

    /** Running mean of the live spectrum's difference, one value per band. Not thread-safe (EDT). */
    static final class DeltaAverage {
        private final double[] sumDb;
        private long count;

        DeltaAverage(int bands) {
            sumDb = new double[bands];
        }

        /** Adds one reading of played minus master per band, dB; readings with a non-finite value are skipped. */
        void add(float[] playedDb, float[] masterDb) {
            for (int b = 0; b < sumDb.length; b++) {
                if (!Float.isFinite(playedDb[b]) || !Float.isFinite(masterDb[b])) {
                    return;
                }
            }
            for (int b = 0; b < sumDb.length; b++) {
                sumDb[b] += playedDb[b] - masterDb[b];
            }
            count++;
        }

        void reset() {
            java.util.Arrays.fill(sumDb, 0);
            count = 0;
        }

        long count() {
            return count;
        }

        /** The mean per band, dB, or an empty array before the first reading. */
        double[] meanDb() {
            if (count == 0) {
                return new double[0];
            }
            double[] mean = new double[sumDb.length];
            for (int b = 0; b < mean.length; b++) {
                mean[b] = sumDb[b] / count;
            }
            return mean;
        }
    }
}
