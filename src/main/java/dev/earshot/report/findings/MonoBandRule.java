package dev.earshot.report.findings;

import dev.earshot.analysis.Band;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.MonoCompatibility;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@value #ID}: in the mono fold a band loses more than {@link #THRESHOLD_DB} dB. MEDIUM; one finding for the worst
 * band, listing every mono profile.
 */
public final class MonoBandRule implements FindingRule {
    public static final String ID = "mono.band-loss";
    /** A band's level change in the mono fold below which the rule fires, in dB. */
    public static final double THRESHOLD_DB = -3.0;

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        List<ProfileSection> affected = new ArrayList<>();
        MonoCompatibility mono = null;
        for (ProfileSection section : document.profiles()) {
            MonoCompatibility m = section.mono();
            if (m != null && m.worstBand() != null && m.bandLossDb().get(m.worstBand()) < THRESHOLD_DB) {
                affected.add(section);
                mono = m;
            }
        }
        if (mono == null) {
            return List.of();
        }
        Band band = mono.worstBand();
        double lossDb = mono.bandLossDb().get(band);
        return List.of(new Finding(ID, Finding.Severity.MEDIUM,
                "In mono, on " + ProfileNames.describe(affected, document.profiles()) + ", the " + name(band) + " ("
                        + Figures.hz(band.lowHz()) + "–" + Figures.hz(band.highHz()) + ") drops "
                        + Figures.number(-lossDb, 1) + " dB.",
                "Something in that range is out of phase between left and right; it thins out or vanishes on "
                        + "single-speaker devices.",
                lossDb, "dB", THRESHOLD_DB, ProfileNames.ids(affected)));
    }

    /** "sub", "bass", "low-mid", "presence", "air" band. */
    static String name(Band band) {
        return band.name().toLowerCase(Locale.ROOT).replace('_', '-') + " band";
    }
}
