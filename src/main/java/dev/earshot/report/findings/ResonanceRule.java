package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.SpectrumCurve;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: the master's 1/6-octave spectrum has a peak between {@link #LOWEST_HZ} and {@link #HIGHEST_HZ} Hz
 * that stands more than {@link #THRESHOLD_DB} dB above the mean of the spectrum a third of an octave either side (a
 * narrow resonance the ear hears as harshness). MEDIUM when some device lifts that frequency by a further
 * {@link #DEVICE_LIFT_DB} dB or more (those profiles are listed), LOW otherwise. Only the strongest peak is reported.
 */
public final class ResonanceRule implements FindingRule {
    public static final String ID = "master.resonance";
    /** Prominence above the neighbours beyond which the rule fires, in dB. */
    public static final double THRESHOLD_DB = 5.0;
    /** A device's loudness-matched lift at the peak from which it is named as making it worse, in dB. */
    public static final double DEVICE_LIFT_DB = 2.0;
    public static final double LOWEST_HZ = 1000.0;
    public static final double HIGHEST_HZ = 10_000.0;
    private static final double NEIGHBOUR_RATIO = Math.pow(2.0, 1.0 / 3.0);

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        SpectrumCurve curve = document.master().spectrumDb();
        double[] hz = curve.frequenciesHz();
        double[] db = curve.valuesDb();
        int best = -1;
        double bestProminence = THRESHOLD_DB;
        for (int i = 0; i < hz.length; i++) {
            if (hz[i] < LOWEST_HZ || hz[i] > HIGHEST_HZ) {
                continue;
            }
            double prominence = db[i] - 0.5 * (valueAt(hz, db, hz[i] / NEIGHBOUR_RATIO)
                    + valueAt(hz, db, hz[i] * NEIGHBOUR_RATIO));
            if (prominence > bestProminence) {
                bestProminence = prominence;
                best = i;
            }
        }
        if (best < 0) {
            return List.of();
        }
        double peakHz = hz[best];
        List<ProfileSection> lifting = new ArrayList<>();
        for (ProfileSection section : document.profiles()) {
            SpectrumCurve delta = section.spectralDelta();
            if (delta != null && valueAt(delta.frequenciesHz(), delta.valuesDb(), peakHz) >= DEVICE_LIFT_DB) {
                lifting.add(section);
            }
        }
        String headline = "The master has a narrow peak at " + Figures.hz(peakHz) + ", "
                + Figures.number(bestProminence, 1) + " dB above its surroundings"
                + (lifting.isEmpty() ? "." : ", and " + ProfileNames.describe(lifting, document.profiles())
                + " lift it further.");
        return List.of(new Finding(ID, lifting.isEmpty() ? Finding.Severity.LOW : Finding.Severity.MEDIUM, headline,
                "A resonance in this range sounds harsh or piercing, most on bright earbuds and small speakers; a "
                        + "narrow cut on the source that carries it usually cures it.",
                bestProminence, "dB", THRESHOLD_DB, ProfileNames.ids(lifting)));
    }

    /** Linear interpolation of the curve at {@code f} (end values outside); NaN-safe. */
    static double valueAt(double[] hz, double[] db, double f) {
        if (hz.length == 0) {
            return Double.NaN;
        }
        if (f <= hz[0]) {
            return db[0];
        }
        for (int i = 1; i < hz.length; i++) {
            if (hz[i] >= f) {
                double t = (f - hz[i - 1]) / (hz[i] - hz[i - 1]);
                return db[i - 1] + t * (db[i] - db[i - 1]);
            }
        }
        return db[db.length - 1];
    }
}
