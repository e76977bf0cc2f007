package dev.earshot.report.model;

import java.util.List;

/**
 * One plain-language finding, produced by an explicit rule with a documented threshold.
 *
 * @param ruleId     stable id of the rule that produced it (e.g. {@code low-end.fundamental-lost})
 * @param severity   how much it matters
 * @param headline   one sentence a client can read, with its number
 * @param detail     what it means and what to try, one or two sentences
 * @param value      the figure behind it
 * @param unit       the figure's unit ("dB", "LU", "dBTP", "%")
 * @param threshold  the rule's threshold, in the same unit
 * @param profileIds the profiles it affects; empty for findings about the master itself
 */
public record Finding(String ruleId, Severity severity, String headline, String detail, double value, String unit,
                      double threshold, List<String> profileIds) {

    public Finding {
        profileIds = List.copyOf(profileIds);
    }

    /** Ranked from most to least important; the report sorts by this order. */
    public enum Severity {
        HIGH, MEDIUM, LOW, INFO
    }
}
