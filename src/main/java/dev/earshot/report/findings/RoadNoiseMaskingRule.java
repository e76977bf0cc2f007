package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: road noise covers more than {@link #THRESHOLD_SHARE} of the third-octave bands (20 Hz–16 kHz) of the
 * programme on a car profile. MEDIUM; the value is a percentage.
 */
public final class RoadNoiseMaskingRule implements FindingRule {
    public static final String ID = "masking.road-noise";
    /** Share of masked bands above which the rule fires, 0 to 1. */
    public static final double THRESHOLD_SHARE = 0.5;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        List<ProfileSection> affected = new ArrayList<>();
        for (ProfileSection section : document.profiles()) {
            if (section.masking() != null && section.masking().maskedShare() > THRESHOLD_SHARE) {
                affected.add(section);
            }
        }
        if (affected.isEmpty()) {
            return List.of();
        }
        List<Double> percents = affected.stream().map(s -> 100 * s.masking().maskedShare()).toList();
        double worst = percents.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        double below = affected.stream().mapToDouble(s -> s.masking().maskedBelowHz()).max().orElse(0);
        return List.of(new Finding(ID, Finding.Severity.MEDIUM,
                "Road noise covers " + Figures.plainRange(percents, 0) + " % of the spectrum in "
                        + ProfileNames.describe(affected, document.profiles())
                        + (below > 0 ? " (everything below " + Figures.hz(below) + ")" : "") + ".",
                "In a moving car those parts of the mix are not heard at all; what carries the song there is what "
                        + "stands above the noise.",
                worst, "%", 100 * THRESHOLD_SHARE, ProfileNames.ids(affected)));
    }
}
