package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: the master loses more than {@link #THRESHOLD_LU} LU when a mono device sums it (the fold's loudness
 * minus the stereo master's). HIGH at {@link #HIGH_LU} LU or worse, MEDIUM otherwise; one finding listing every mono
 * profile (the figure comes from the master and is the same on each).
 */
public final class MonoLoudnessRule implements FindingRule {
    public static final String ID = "mono.loudness-loss";
    /** Loudness change in the mono fold below which the rule fires, in LU. */
    public static final double THRESHOLD_LU = -1.5;
    /** Loss at or beyond which the finding is HIGH, in LU. */
    public static final double HIGH_LU = -3.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        List<ProfileSection> affected = new ArrayList<>();
        for (ProfileSection section : document.profiles()) {
            if (section.mono() != null && section.mono().loudnessLossLu() < THRESHOLD_LU) {
                affected.add(section);
            }
        }
        if (affected.isEmpty()) {
            return List.of();
        }
        double lossLu = Figures.worst(affected.stream().map(s -> s.mono().loudnessLossLu()).toList());
        return List.of(new Finding(ID, lossLu <= HIGH_LU ? Finding.Severity.HIGH : Finding.Severity.MEDIUM,
                "Summed to mono, as " + ProfileNames.describe(affected, document.profiles()) + " play it, the master "
                        + "loses " + Figures.number(-lossLu, 1) + " LU.",
                "Part of the mix is out of phase between left and right and cancels in mono; check wide pads, "
                        + "stereo wideners and polarity of double-miked sources.",
                lossLu, "LU", THRESHOLD_LU, ProfileNames.ids(affected)));
    }
}
