package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.List;

/**
 * {@value #ID}: the master's true peak is above {@link #THRESHOLD_DBTP} dBTP, the ceiling most platforms ask for;
 * lossy encoding then produces overs. MEDIUM; a finding about the master itself (no profiles).
 */
public final class TruePeakRule implements FindingRule {
    public static final String ID = "master.true-peak";
    /** True peak above which the rule fires, in dBTP. */
    public static final double THRESHOLD_DBTP = -1.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        double truePeak = document.master().loudness().truePeakDbtp();
        if (!(truePeak > THRESHOLD_DBTP)) {
            return List.of();
        }
        return List.of(new Finding(ID, Finding.Severity.MEDIUM,
                "The master's true peak is " + Figures.number(truePeak, 1) + " dBTP, above the "
                        + Figures.number(THRESHOLD_DBTP, 0) + " dBTP most platforms ask for.",
                "MP3 and AAC encoding will clip it (inter-sample overs); lower the limiter's ceiling or use a "
                        + "true-peak limiter.",
                truePeak, "dBTP", THRESHOLD_DBTP, List.of()));
    }
}
