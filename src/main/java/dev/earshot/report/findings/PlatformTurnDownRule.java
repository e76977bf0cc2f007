package dev.earshot.report.findings;

import dev.earshot.report.ReleaseTarget;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: a streaming platform turns the master down by more than {@link #THRESHOLD_DB} dB to reach its
 * normalisation target ({@link ReleaseTarget}; broadcast targets are not counted). LOW: nothing breaks, but the
 * loudness bought with limiting is thrown away. The value is the largest turn-down, as a negative gain.
 */
public final class PlatformTurnDownRule implements FindingRule {
    public static final String ID = "master.turned-down";
    /** Turn-down (negative gain) beyond which the rule fires, in dB. */
    public static final double THRESHOLD_DB = -3.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        double integrated = document.master().loudness().integratedLufs();
        double truePeak = document.master().loudness().truePeakDbtp();
        double largest = 0;
        List<String> parts = new ArrayList<>();
        for (ReleaseTarget target : ReleaseTarget.values()) {
            if (target == ReleaseTarget.EBU_R128) {
                continue;
            }
            double gainDb = target.playbackGainDb(integrated, truePeak);
            if (gainDb < THRESHOLD_DB) {
                parts.add(target.displayName() + " " + Figures.number(-gainDb, 1) + " dB");
                largest = Math.min(largest, gainDb);
            }
        }
        if (parts.isEmpty()) {
            return List.of();
        }
        return List.of(new Finding(ID, Finding.Severity.LOW,
                "At " + Figures.number(integrated, 1) + " LUFS the master is turned down by streaming platforms: "
                        + ProfileNames.join(parts) + ".",
                "Listeners hear it at the platforms' level anyway, so the loudness bought with limiting only costs "
                        + "punch; a master nearer -14 LUFS keeps its transients.",
                largest, "dB", THRESHOLD_DB, List.of()));
    }
}
