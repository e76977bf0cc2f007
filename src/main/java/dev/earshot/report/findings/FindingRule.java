package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.List;

/**
 * One explicit rule with a documented threshold that turns figures of a report into plain-language findings. A rule
 * groups the profiles it fires on into one finding that lists them. Stateless and thread-safe.
 */
@FunctionalInterface
public interface FindingRule {
    /**
     * @param document the report's figures (its own findings are ignored)
     * @return the findings this rule makes, possibly none; NaN figures never fire a rule
     */
    List<Finding> evaluate(ReportDocument document);
}
