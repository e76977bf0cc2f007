package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: less than {@link #THRESHOLD_DB} dB of the master's sub band (20–60 Hz) survives on a device after
 * loudness matching. MEDIUM; one finding listing the profiles.
 */
public final class SubLostRule implements FindingRule {
    public static final String ID = "low-end.sub-lost";
    /** Sub survival below which the rule fires, in dB. */
    public static final double THRESHOLD_DB = -15.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        List<ProfileSection> affected = new ArrayList<>();
        for (ProfileSection section : document.profiles()) {
            if (section.lowEnd() != null && section.lowEnd().subSurvivalDb() < THRESHOLD_DB) {
                affected.add(section);
            }
        }
        if (affected.isEmpty()) {
            return List.of();
        }
        List<Double> values = affected.stream().map(s -> s.lowEnd().subSurvivalDb()).toList();
        return List.of(new Finding(ID, Finding.Severity.MEDIUM,
                "The sub (20–60 Hz) is " + Figures.magnitudeRange(values, 0) + " dB down on "
                        + ProfileNames.describe(affected, document.profiles()) + " at equal loudness.",
                "Whatever the mix says below 60 Hz is effectively absent on these devices; check that the song "
                        + "still has a bass line without it.",
                Figures.worst(values), "dB", THRESHOLD_DB, ProfileNames.ids(affected)));
    }
}
