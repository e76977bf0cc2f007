package dev.earshot.listen;

import java.util.Locale;

/**
 * A two-sided confidence interval for a listener's true rate of right answers.
 *
 * @param lowerRate  lower bound, a proportion in [0, 1]
 * @param upperRate  upper bound, a proportion in [lowerRate, 1]
 * @param confidence coverage the interval was built for, in (0, 1), e.g. 0.95
 */
public record ConfidenceInterval(double lowerRate, double upperRate, double confidence) {
    /** @throws IllegalArgumentException when the bounds are not ordered within [0, 1] or confidence is not in (0, 1) */
    public ConfidenceInterval {
        if (!(lowerRate >= 0.0 && lowerRate <= upperRate && upperRate <= 1.0)) {
            throw new IllegalArgumentException("interval bounds must satisfy 0 <= lower <= upper <= 1, got ["
                    + lowerRate + ", " + upperRate + "]");
        }
        if (!(confidence > 0.0 && confidence < 1.0)) {
            throw new IllegalArgumentException("confidence must be strictly between 0 and 1, got " + confidence);
        }
    }

    /** Whether {@code rate} (a proportion) lies inside the closed interval. */
    public boolean contains(double rate) {
        return rate >= lowerRate && rate <= upperRate;
    }

    /** The interval in whole percent for people, e.g. "95 % interval 48–93 %". */
    public String describePercent() {
        return String.format(Locale.ROOT, "%s %% interval %d–%d %%", formatPercent(confidence),
                Math.round(lowerRate * 100.0), Math.round(upperRate * 100.0));
    }

    private static String formatPercent(double proportion) {
        double percent = proportion * 100.0;
        if (Math.abs(percent - Math.rint(percent)) < 1e-9) {
            return Long.toString(Math.round(percent));
        }
        return String.format(Locale.ROOT, "%.1f", percent);
    }
}
