package dev.earshot.report.findings;

import static dev.earshot.report.findings.Documents.document;
import static dev.earshot.report.findings.Documents.section;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReportDocument;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every rule fires just beyond its threshold and stays silent just inside it; findings group and rank. */
class FindingRulesTest {
    private static final double STEP = 0.1;

    private static List<Finding> run(FindingRule rule, ProfileSection... sections) {
        return rule.evaluate(document(List.of(sections)));
    }

    @Test
    void fundamentalLostFiresBelowMinusTwelveDecibelsAndIsHighWhenInaudible() {
        double t = FundamentalLostRule.THRESHOLD_DB;
        assertEquals(List.of(), run(new FundamentalLostRule(), section("a", "Phone").lowEnd(0, t + STEP, -5, 10)
                .build()));
        List<Finding> inaudible = run(new FundamentalLostRule(), section("a", "Phone").lowEnd(0, t - STEP, -5, 10)
                .build());
        assertEquals(1, inaudible.size());
        assertEquals(Finding.Severity.HIGH, inaudible.get(0).severity());
        assertTrue(inaudible.get(0).headline().contains("42 Hz"), inaudible.get(0).headline());
        assertTrue(inaudible.get(0).headline().contains("only its 84 Hz harmonic remains"),
                inaudible.get(0).headline());
        List<Finding> audible = run(new FundamentalLostRule(), section("a", "Phone").lowEnd(0, t - STEP, 5, 10)
                .build());
        assertEquals(Finding.Severity.MEDIUM, audible.get(0).severity());
    }

    @Test
    void oneFindingListsEveryAffectedProfileAndNamesAWholeCategoryByItsPlural() {
        List<Finding> findings = run(new FundamentalLostRule(),
                section("phone-a", "Phone").lowEnd(0, -24, -5, 10).build(),
                section("phone-b", "Phone").lowEnd(0, -18, -3, 10).build(),
                section("laptop-a", "Laptop").lowEnd(0, -30, -8, 10).build(),
                section("laptop-b", "Laptop").build(),
                section("car", "Car").build());
        assertEquals(1, findings.size());
        Finding finding = findings.get(0);
        assertEquals(List.of("phone-a", "phone-b", "laptop-a"), finding.profileIds());
        assertEquals("On phones and Name of laptop-a, the kick/bass fundamental at 42 Hz is 18–30 dB down and below "
                + "the threshold of hearing; only its 84 Hz harmonic remains.", finding.headline());
        assertEquals(-30, finding.value(), 1e-12);
        assertEquals(FundamentalLostRule.THRESHOLD_DB, finding.threshold(), 0);
    }

    @Test
    void subLostFiresBelowMinusFifteenDecibels() {
        double t = SubLostRule.THRESHOLD_DB;
        assertEquals(List.of(), run(new SubLostRule(), section("a", "Phone").lowEnd(t + STEP, 0, 10, 10).build()));
        assertEquals(1, run(new SubLostRule(), section("a", "Phone").lowEnd(t - STEP, 0, 10, 10).build()).size());
    }

    @Test
    void presenceRecedingFiresBelowMinusThreeDecibelsAtTheQuietLevel() {
        double t = PresenceQuietRule.THRESHOLD_DB;
        assertEquals(List.of(), run(new PresenceQuietRule(), section("a", "TV").presenceShift(t + STEP).build()));
        List<Finding> f = run(new PresenceQuietRule(), section("a", "TV").presenceShift(t - STEP).build());
        assertEquals(1, f.size());
        assertTrue(f.get(0).headline().contains("60 dB SPL"), f.get(0).headline());
    }

    @Test
    void monoLoudnessLossFiresBelowMinusOnePointFiveLuAndIsHighFromMinusThree() {
        double t = MonoLoudnessRule.THRESHOLD_LU;
        assertEquals(List.of(), run(new MonoLoudnessRule(),
                section("a", "Phone").mono(t + STEP, Band.BASS, 0).build()));
        assertEquals(Finding.Severity.MEDIUM, run(new MonoLoudnessRule(),
                section("a", "Phone").mono(t - STEP, Band.BASS, 0).build()).get(0).severity());
        assertEquals(Finding.Severity.HIGH, run(new MonoLoudnessRule(),
                section("a", "Phone").mono(MonoLoudnessRule.HIGH_LU, Band.BASS, 0).build()).get(0).severity());
        assertEquals(List.of(), run(new MonoLoudnessRule(), section("a", "Phone").build()), "stereo devices");
    }

    @Test
    void monoBandLossFiresWhenABandLosesMoreThanThreeDecibels() {
        double t = MonoBandRule.THRESHOLD_DB;
        assertEquals(List.of(), run(new MonoBandRule(), section("a", "Phone").mono(0, Band.LOW_MID, t + STEP)
                .build()));
        List<Finding> f = run(new MonoBandRule(), section("a", "Phone").mono(0, Band.LOW_MID, t - STEP).build());
        assertEquals(1, f.size());
        assertTrue(f.get(0).headline().contains("low-mid band (250 Hz–2 kHz)"), f.get(0).headline());
    }

    @Test
    void roadNoiseMaskingFiresAboveHalfTheBands() {
        double t = RoadNoiseMaskingRule.THRESHOLD_SHARE;
        assertEquals(List.of(), run(new RoadNoiseMaskingRule(), section("a", "Car").masked(t).build()));
        List<Finding> f = run(new RoadNoiseMaskingRule(), section("a", "Car").masked(t + 0.01).build());
        assertEquals(1, f.size());
        assertEquals(51, f.get(0).value(), 1e-9);
        assertEquals("%", f.get(0).unit());
    }

    @Test
    void truePeakFiresAboveMinusOneDbtp() {
        double t = TruePeakRule.THRESHOLD_DBTP;
        assertEquals(List.of(), new TruePeakRule().evaluate(master(new LoudnessFigures(-9, -8, 4, t, 8))));
        List<Finding> f = new TruePeakRule().evaluate(master(new LoudnessFigures(-9, -8, 4, t + STEP, 8.1)));
        assertEquals(1, f.size());
        assertEquals(List.of(), f.get(0).profileIds(), "a finding about the master itself");
    }

    @Test
    void lowPeakToLoudnessRatioFiresBelowEightDecibels() {
        double t = PeakToLoudnessRule.THRESHOLD_DB;
        assertEquals(List.of(), new PeakToLoudnessRule().evaluate(master(new LoudnessFigures(-9, -8, 4, -1, t))));
        assertEquals(1, new PeakToLoudnessRule().evaluate(master(new LoudnessFigures(-9, -8, 4, -1, t - STEP)))
                .size());
        assertEquals(List.of(), new PeakToLoudnessRule().evaluate(master(new LoudnessFigures(
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, 0, Double.NEGATIVE_INFINITY, Double.NaN))),
                "silence has no PLR");
    }

    @Test
    void platformTurnDownFiresWhenAStreamingServiceLowersTheMasterByMoreThanThreeDecibels() {
        // Apple Music aims lowest of the streaming services, at -16 LUFS: a master at -13 LUFS is turned down 3 dB.
        double t = PlatformTurnDownRule.THRESHOLD_DB;
        assertEquals(List.of(), new PlatformTurnDownRule().evaluate(master(new LoudnessFigures(-16 - t - STEP, -8,
                4, -1, 10))));
        List<Finding> f = new PlatformTurnDownRule().evaluate(master(new LoudnessFigures(-16 - t + STEP, -8, 4, -1,
                10)));
        assertEquals(1, f.size());
        assertEquals(t - STEP, f.get(0).value(), 1e-9);
        assertTrue(f.get(0).headline().contains("Apple Music 3.1 dB"), f.get(0).headline());
        assertTrue(!f.get(0).headline().contains("EBU"), "broadcast is not a streaming platform");
    }

    private static ReportDocument master(LoudnessFigures loudness) {
        return document(loudness, Documents.flat(0), List.of(section("a", "Phone").build()), List.of());
    }

    @Test
    void resonanceFiresWhenAPeakStandsMoreThanFiveDecibelsAboveItsNeighbours() {
        double t = ResonanceRule.THRESHOLD_DB;
        ProfileSection earbuds = section("buds", "Earbuds").delta(Documents.withPeak(0, 3000, 4)).build();
        ProfileSection flat = section("flat", "Headphones").build();
        assertEquals(List.of(), new ResonanceRule().evaluate(document(Documents.NEUTRAL_LOUDNESS,
                Documents.withPeak(-20, 3000, -20 + t - STEP), List.of(earbuds, flat), List.of())));
        List<Finding> f = new ResonanceRule().evaluate(document(Documents.NEUTRAL_LOUDNESS,
                Documents.withPeak(-20, 3000, -20 + t + STEP), List.of(earbuds, flat), List.of()));
        assertEquals(1, f.size());
        assertEquals(Finding.Severity.MEDIUM, f.get(0).severity());
        assertEquals(List.of("buds"), f.get(0).profileIds());
        assertEquals(t + STEP, f.get(0).value(), 1e-9);
        assertTrue(f.get(0).headline().contains("3 kHz"), f.get(0).headline());
    }

    @Test
    void referenceBandDifferenceFiresBeyondThreeDecibelsOnMostProfiles() {
        double t = ReferenceBandRule.THRESHOLD_DB;
        List<ProfileSection> sections = List.of(section("a", "Car").build(), section("b", "Car").build(),
                section("c", "Phone").build());
        assertEquals(List.of(), new ReferenceBandRule().evaluate(withReference(sections, -t - 1, -t + STEP, -t + STEP,
                0)), "only one of three profiles beyond the threshold");
        List<Finding> f = new ReferenceBandRule().evaluate(withReference(sections, -t - STEP, -t - STEP, 0, 0));
        assertEquals(1, f.size());
        assertEquals("Your master has 3.1 dB less bass (60 Hz–250 Hz) than ref.wav on 2 of 3 profiles (cars).",
                f.get(0).headline());
        assertEquals(List.of(), new ReferenceBandRule().evaluate(withReference(sections, t - STEP, t - STEP, t - STEP,
                0)));
        assertEquals(1, new ReferenceBandRule().evaluate(withReference(sections, t + STEP, t + STEP, t + STEP, 0))
                .size());
    }

    private static ReportDocument withReference(List<ProfileSection> sections, double a, double b, double c,
                                                double studio) {
        Map<String, Map<Band, Double>> perProfile = new HashMap<>();
        double[] values = {a, b, c};
        for (int i = 0; i < sections.size(); i++) {
            Map<Band, Double> bands = Documents.bands(0);
            bands.put(Band.BASS, values[i]);
            perProfile.put(sections.get(i).profileId(), bands);
        }
        ReferenceComparison reference = new ReferenceComparison("ref.wav", -10, Documents.flat(studio),
                Documents.bands(studio), perProfile);
        return document(Documents.NEUTRAL_LOUDNESS, Documents.flat(0), sections, List.of(reference));
    }

    @Test
    void findingsRankBySeverityThenByDistanceBeyondTheThreshold() {
        ReportDocument doc = document(new LoudnessFigures(-9, -8, 4, -0.5, 7.5), Documents.flat(0), List.of(
                section("phone", "Phone").lowEnd(-30, -25, -5, 10).mono(-4, Band.LOW_MID, -10).build(),
                section("car", "Car").masked(0.6).build()), List.of());
        List<Finding> findings = FindingRules.standard().evaluate(doc);
        List<String> ids = findings.stream().map(Finding::ruleId).toList();
        assertEquals(List.of(FundamentalLostRule.ID, MonoLoudnessRule.ID, SubLostRule.ID, RoadNoiseMaskingRule.ID,
                MonoBandRule.ID, TruePeakRule.ID, PlatformTurnDownRule.ID, PeakToLoudnessRule.ID), ids);
        for (int i = 1; i < findings.size(); i++) {
            assertTrue(findings.get(i - 1).severity().compareTo(findings.get(i).severity()) <= 0);
        }
    }

    @Test
    void aNeutralReportHasNoFindings() {
        assertEquals(List.of(), FindingRules.standard().evaluate(document(List.of(section("a", "Phone").build()))));
    }
}
