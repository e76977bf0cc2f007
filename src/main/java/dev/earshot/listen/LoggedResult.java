package dev.earshot.listen;

/**
 * The result written into the footer, computed by the caller (the statistics live elsewhere in this package).
 *
 * @param correct number of correct non-training answers; for preference, the number of trials where stimulus A
 *                was preferred
 * @param trials  number of non-training trials
 * @param pValue  the test's p-value in 0..1 (NaN is written as JSON null)
 * @param verdict plain-language verdict, e.g. "pass", "fail", "inconclusive"
 */
public record LoggedResult(int correct, int trials, double pValue, String verdict) {
    public LoggedResult {
        if (trials < 0 || correct < 0 || correct > trials) {
            throw new IllegalArgumentException("result needs 0 <= correct <= trials, was " + correct + "/" + trials);
        }
        if (!Double.isNaN(pValue) && (pValue < 0 || pValue > 1)) {
            throw new IllegalArgumentException("p-value must be in 0..1, was " + pValue);
        }
        if (verdict == null) {
            throw new IllegalArgumentException("result needs a verdict");
        }
    }
}
