package dev.earshot.report.findings;

import dev.earshot.analysis.Band;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@value #ID}: against a reference track, after loudness matching, a band differs by more than
 * {@link #THRESHOLD_DB} dB (either way, same sign) on more than half of the profiles. MEDIUM; one finding per
 * reference and band; the value is the median difference over those profiles.
 */
public final class ReferenceBandRule implements FindingRule {
    public static final String ID = "reference.band-difference";
    /** Band difference beyond which a profile counts, in dB (either sign). */
    public static final double THRESHOLD_DB = 3.0;
    /** Share of the profiles that must differ, exclusive. */
    public static final double MOST_PROFILES = 0.5;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (ReferenceComparison reference : document.references()) {
            for (Band band : Band.values()) {
                for (int sign : new int[] {-1, 1}) {
                    Finding f = finding(document, reference, band, sign);
                    if (f != null) {
                        findings.add(f);
                    }
                }
            }
        }
        return findings;
    }

    private static Finding finding(ReportDocument document, ReferenceComparison reference, Band band, int sign) {
        List<ProfileSection> affected = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (ProfileSection section : document.profiles()) {
            Map<Band, Double> deltas = reference.profileBandDeltaDb().get(section.profileId());
            Double delta = deltas == null ? null : deltas.get(band);
            if (delta != null && sign * delta > THRESHOLD_DB) {
                affected.add(section);
                values.add(delta);
            }
        }
        if (affected.isEmpty() || affected.size() <= MOST_PROFILES * document.profiles().size()) {
            return null;
        }
        values.sort(Double::compare);
        double median = values.get(values.size() / 2);
        String where = affected.size() == document.profiles().size() ? "every profile"
                : affected.size() + " of " + document.profiles().size() + " profiles ("
                + ProfileNames.describe(affected, document.profiles()) + ")";
        return new Finding(ID, Finding.Severity.MEDIUM,
                "Your master has " + Figures.number(Math.abs(median), 1) + " dB " + (sign < 0 ? "less" : "more") + " "
                        + MonoBandRule.name(band).replace(" band", "") + " (" + Figures.hz(band.lowHz()) + "–"
                        + Figures.hz(band.highHz()) + ") than " + reference.fileName() + " on " + where + ".",
                "Compared at equal loudness: if the reference is the sound you are after, this is the band to "
                        + "revisit.",
                median, "dB", sign * THRESHOLD_DB, ProfileNames.ids(affected));
    }
}
