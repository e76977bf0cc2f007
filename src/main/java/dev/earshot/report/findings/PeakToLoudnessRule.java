package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.List;

/**
 * {@value #ID}: the master's peak-to-loudness ratio (true peak minus integrated loudness) is below
 * {@link #THRESHOLD_DB} dB: heavily limited. LOW; a finding about the master itself.
 */
public final class PeakToLoudnessRule implements FindingRule {
    public static final String ID = "master.low-plr";
    /** PLR below which the rule fires, in dB. */
    public static final double THRESHOLD_DB = 8.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        double plr = document.master().loudness().plrDb();
        if (!(plr < THRESHOLD_DB)) {
            return List.of();
        }
        return List.of(new Finding(ID, Finding.Severity.LOW,
                "The master's peak-to-loudness ratio is " + Figures.number(plr, 1) + " dB: it is heavily limited.",
                "Streaming platforms turn loud masters down to their target, so the extra loudness buys nothing and "
                        + "the master sounds flatter than more dynamic ones at the same level.",
                plr, "dB", THRESHOLD_DB, List.of()));
    }
}
