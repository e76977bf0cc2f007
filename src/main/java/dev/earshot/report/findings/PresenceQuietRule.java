package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: played quietly (60 dB SPL) on a device, the presence range (2–6 kHz) sits more than
 * {@link #THRESHOLD_DB} dB lower in the loudness-weighted balance than on the master in the studio. MEDIUM.
 */
public final class PresenceQuietRule implements FindingRule {
    public static final String ID = "presence.recedes-when-quiet";
    /** Shift of the presence share at the quiet level below which the rule fires, in dB. */
    public static final double THRESHOLD_DB = -3.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        List<ProfileSection> affected = new ArrayList<>();
        for (ProfileSection section : document.profiles()) {
            if (section.presence() != null && section.presence().shiftAtQuietLevelDb() < THRESHOLD_DB) {
                affected.add(section);
            }
        }
        if (affected.isEmpty()) {
            return List.of();
        }
        List<Double> values = affected.stream().map(s -> s.presence().shiftAtQuietLevelDb()).toList();
        String level = Figures.number(affected.get(0).presence().quietLevelDbSpl(), 0);
        return List.of(new Finding(ID, Finding.Severity.MEDIUM,
                "Played quietly (" + level + " dB SPL) on " + ProfileNames.describe(affected, document.profiles())
                        + ", the vocal/presence range (2–6 kHz) drops " + Figures.magnitudeRange(values, 1)
                        + " dB in the balance: the vocal recedes at low volume.",
                "Listeners at low volume lose the words first on these devices; a little more 2–5 kHz in the vocal "
                        + "(or less masking from the midrange) keeps it in front.",
                Figures.worst(values), "dB", THRESHOLD_DB, ProfileNames.ids(affected)));
    }
}
