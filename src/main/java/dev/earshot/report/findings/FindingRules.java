package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A set of {@link FindingRule}s and the ranking of what they find: by severity, then by how far the figure lies
 * beyond the rule's threshold (largest first). Immutable and thread-safe.
 */
public final class FindingRules {
    private final List<FindingRule> rules;

    /** @param rules the rules, evaluated in this order (ties in the ranking keep it) */
    public FindingRules(List<FindingRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** Every rule of this package with its documented threshold (see the README's table). */
    public static FindingRules standard() {
        return new FindingRules(List.of(new FundamentalLostRule(), new SubLostRule(), new MonoLoudnessRule(),
                new MonoBandRule(), new RoadNoiseMaskingRule(), new PresenceQuietRule(), new ResonanceRule(),
                new TruePeakRule(), new PeakToLoudnessRule(), new PlatformTurnDownRule(), new ReferenceBandRule(),
                new CodecOversRule(), new AlbumOutlierRule(), new BlindTestUnverifiedRule()));
    }

    /** This set with {@code more} rules added after its own. */
    public FindingRules with(List<FindingRule> more) {
        List<FindingRule> all = new ArrayList<>(rules);
        all.addAll(more);
        return new FindingRules(all);
    }

    /** Every rule's findings, most important first. */
    public List<Finding> evaluate(ReportDocument document) {
        List<Finding> findings = new ArrayList<>();
        for (FindingRule rule : rules) {
            findings.addAll(rule.evaluate(document));
        }
        findings.sort(Comparator.comparing(Finding::severity)
                .thenComparing(Comparator.comparingDouble(FindingRules::margin).reversed()));
        return List.copyOf(findings);
    }

    private static double margin(Finding finding) {
        double margin = Math.abs(finding.value() - finding.threshold());
        return Double.isFinite(margin) ? margin : Double.MAX_VALUE;
    }
}
