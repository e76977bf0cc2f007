package dev.earshot.report.findings;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessDelta;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.model.LowEndTranslation;
import dev.earshot.report.model.MasterSummary;
import dev.earshot.report.model.MonoCompatibility;
import dev.earshot.report.model.NoiseMasking;
import dev.earshot.report.model.PresenceConsistency;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.model.SpectrumCurve;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Hand-made report documents whose figures sit wherever a rule test needs them; everything else is neutral. */
final class Documents {
    static final LoudnessFigures NEUTRAL_LOUDNESS = new LoudnessFigures(-14, -12, 6, -2, 12);
    static final LowEndTranslation NEUTRAL_LOW_END = new LowEndTranslation(0, 0, 42, 0, 30, 84, 40, true);
    static final PresenceConsistency NEUTRAL_PRESENCE = new PresenceConsistency(-10, -10, -10, 60, 0);

    private Documents() {
    }

    static Map<Band, Double> bands(double value) {
        Map<Band, Double> map = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            map.put(band, value);
        }
        return map;
    }

    static SpectrumCurve flat(double valueDb) {
        double[] hz = new double[121];
        double[] db = new double[hz.length];
        for (int i = 0; i < hz.length; i++) {
            hz[i] = 20 * Math.pow(2, i / 12.0);
            db[i] = valueDb;
        }
        return new SpectrumCurve(hz, db);
    }

    /** A curve that is {@code baseDb} everywhere but {@code peakDb} at the grid point nearest {@code peakHz}. */
    static SpectrumCurve withPeak(double baseDb, double peakHz, double peakDb) {
        SpectrumCurve flat = flat(baseDb);
        double[] hz = flat.frequenciesHz();
        double[] db = flat.valuesDb();
        int nearest = 0;
        for (int i = 0; i < hz.length; i++) {
            if (Math.abs(Math.log(hz[i] / peakHz)) < Math.abs(Math.log(hz[nearest] / peakHz))) {
                nearest = i;
            }
        }
        db[nearest] = peakDb;
        return new SpectrumCurve(hz, db);
    }

    /** A neutral section of a profile: no loss, no mono stage, no noise. */
    static Section section(String id, String category) {
        return new Section(id, category);
    }

    static ReportDocument document(List<ProfileSection> profiles) {
        return document(NEUTRAL_LOUDNESS, flat(0), profiles, List.of());
    }

    static ReportDocument document(LoudnessFigures loudness, SpectrumCurve spectrum, List<ProfileSection> profiles,
                                   List<ReferenceComparison> references) {
        ReportMeta meta = new ReportMeta(ReportMeta.SCHEMA_VERSION, "test", "Test", null, Instant.EPOCH,
                List.of(new ReportMeta.InputFile("master", "m.wav", "0".repeat(64), 10, 48_000, 2)));
        MasterSummary master = new MasterSummary("m.wav", 10, 48_000, 2, loudness, bands(-7), spectrum, 0.5);
        return new ReportDocument(meta, master, profiles, List.of(), references, null, null, null, List.of());
    }

    /** A mutable builder of one section. */
    static final class Section {
        private final String id;
        private final String category;
        LowEndTranslation lowEnd = NEUTRAL_LOW_END;
        PresenceConsistency presence = NEUTRAL_PRESENCE;
        MonoCompatibility mono;
        NoiseMasking masking;
        SpectrumCurve spectralDelta = flat(0);

        Section(String id, String category) {
            this.id = id;
            this.category = category;
        }

        Section lowEnd(double subDb, double fundamentalLossDb, double aboveThresholdDb, double harmonicAboveDb) {
            lowEnd = new LowEndTranslation(subDb, 0, 42, fundamentalLossDb, aboveThresholdDb, 84, harmonicAboveDb,
                    aboveThresholdDb > 0);
            return this;
        }

        Section presenceShift(double shiftDb) {
            presence = new PresenceConsistency(-10, -10, -10 + shiftDb, 60, shiftDb);
            return this;
        }

        Section mono(double loudnessLu, Band band, double bandLossDb) {
            Map<Band, Double> losses = bands(0);
            losses.put(band, bandLossDb);
            mono = new MonoCompatibility(loudnessLu, losses, band);
            return this;
        }

        Section masked(double share) {
            masking = new NoiseMasking("road noise at 100 km/h, 66 dB(A)", share, 250, 10);
            return this;
        }

        Section delta(SpectrumCurve curve) {
            spectralDelta = curve;
            return this;
        }

        ProfileSection build() {
            return new ProfileSection(id, "Name of " + id, category, "", "modeled", "test", 75, NEUTRAL_LOUDNESS,
                    new LoudnessDelta(0, 0, 0, 0, 0), spectralDelta, bands(0), lowEnd, presence, mono, masking);
        }
    }
}
