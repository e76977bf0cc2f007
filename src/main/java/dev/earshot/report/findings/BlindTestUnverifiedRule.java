package dev.earshot.report.findings;

import dev.earshot.report.model.BlindTestSummary;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.List;

/**
 * {@value #ID}: a blind-test session log folded into the report failed verification (its hash chain or signature
 * does not match: the file was edited after the session). HIGH, one finding per such log: its result must not be
 * trusted. Value 0 (not verified) against threshold 1 (verified).
 */
public final class BlindTestUnverifiedRule implements FindingRule {
    public static final String ID = "blind-test.unverified";

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        return document.blindTests().stream().filter(session -> !session.logVerified())
                .map(BlindTestUnverifiedRule::finding).toList();
    }

    private static Finding finding(BlindTestSummary session) {
        return new Finding(ID, Finding.Severity.HIGH,
                "The blind-test log " + session.logFileName() + " failed verification: it was changed after the "
                        + "session, so its result (" + session.correct() + " of " + session.trials()
                        + ") cannot be trusted.",
                "Run 'earshot abx verify " + session.logFileName() + "' to see where; repeat the test to get a "
                        + "result you can show.",
                0, "verified", 1, List.of());
    }
}
