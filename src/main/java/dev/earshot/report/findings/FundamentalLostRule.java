package dev.earshot.report.findings;

import dev.earshot.report.model.Finding;
import dev.earshot.report.model.LowEndTranslation;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * {@value #ID}: the master's low fundamental (kick or bass, 30–120 Hz) is more than {@link #THRESHOLD_DB} dB down on a
 * device relative to 1 kHz. HIGH where it also falls below the threshold of hearing at the device's listening level,
 * MEDIUM where it is down but still heard. One finding per severity, listing the profiles.
 */
public final class FundamentalLostRule implements FindingRule {
    public static final String ID = "low-end.fundamental-lost";
    /** The fundamental's level change relative to 1 kHz below which the rule fires, in dB. */
    public static final double THRESHOLD_DB = -12.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        List<ProfileSection> inaudible = new ArrayList<>();
        List<ProfileSection> quieter = new ArrayList<>();
        for (ProfileSection section : document.profiles()) {
            LowEndTranslation low = section.lowEnd();
            if (low != null && low.fundamentalLossDb() < THRESHOLD_DB) {
                (low.fundamentalAudible() ? quieter : inaudible).add(section);
            }
        }
        List<Finding> findings = new ArrayList<>();
        if (!inaudible.isEmpty()) {
            findings.add(finding(inaudible, document, Finding.Severity.HIGH));
        }
        if (!quieter.isEmpty()) {
            findings.add(finding(quieter, document, Finding.Severity.MEDIUM));
        }
        return findings;
    }

    private static Finding finding(List<ProfileSection> affected, ReportDocument document,
                                   Finding.Severity severity) {
        List<Double> losses = affected.stream().map(s -> s.lowEnd().fundamentalLossDb()).toList();
        LowEndTranslation worst = affected.stream().map(ProfileSection::lowEnd)
                .min((a, b) -> Double.compare(a.fundamentalLossDb(), b.fundamentalLossDb())).orElseThrow();
        String where = ProfileNames.describe(affected, document.profiles());
        String fundamental = Figures.hz(worst.fundamentalHz());
        String harmonic = Figures.hz(worst.harmonicHz());
        List<ProfileSection> harmonicHeard = affected.stream()
                .filter(s -> s.lowEnd().harmonicAboveThresholdDb() > 0).toList();
        List<ProfileSection> nothingHeard = affected.stream()
                .filter(s -> !(s.lowEnd().harmonicAboveThresholdDb() > 0)).toList();
        String headline;
        String detail;
        if (severity == Finding.Severity.HIGH) {
            headline = "On " + where + ", the kick/bass fundamental at " + fundamental + " is "
                    + Figures.magnitudeRange(losses, 0) + " dB down and below the threshold of hearing";
            if (nothingHeard.isEmpty()) {
                headline += "; only its " + harmonic + " harmonic remains.";
            } else if (harmonicHeard.isEmpty()) {
                headline += "; even its " + harmonic + " harmonic is barely heard.";
            } else {
                headline += "; only its " + harmonic + " harmonic remains, and on "
                        + ProfileNames.describe(nothingHeard, document.profiles()) + " even that is barely heard.";
            }
            detail = "Listeners on these devices hear the low end only through its harmonics. Give the kick or bass "
                    + "audible upper harmonics (saturation, a higher tuning, a click) if it must carry there.";
        } else {
            headline = "On " + where + ", the kick/bass fundamental at " + fundamental + " is "
                    + Figures.magnitudeRange(losses, 0) + " dB down, though still audible.";
            detail = "The low end sounds much thinner on these devices than in the studio; its " + harmonic
                    + " harmonic carries more of the weight there.";
        }
        return new Finding(ID, severity, headline, detail, Figures.worst(losses), "dB", THRESHOLD_DB,
                ProfileNames.ids(affected));
    }
}
