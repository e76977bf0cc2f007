package dev.earshot.report.findings;

import static dev.earshot.report.findings.Documents.document;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Band;
import dev.earshot.report.album.AlbumComparer;
import dev.earshot.report.album.TrackFigures;
import dev.earshot.report.model.AlbumComparison;
import dev.earshot.report.model.BlindTestSummary;
import dev.earshot.report.model.CodecPreview;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules on the optional sections (codec, album, blind tests), each on both sides of its threshold. */
class ExtraSectionRulesTest {

    private static ReportDocument with(AlbumComparison album, CodecPreview codec, List<BlindTestSummary> tests) {
        ReportDocument d = document(List.of());
        return new ReportDocument(d.meta(), d.master(), d.profiles(), List.of(), d.references(), album, null, codec,
                tests);
    }

    private static CodecPreview codec(long overs128, long overs320) {
        return new CodecPreview(List.of(new CodecPreview.Result("MP3", 128, 0.4, overs128, -12, 16_000),
                new CodecPreview.Result("MP3", 320, -0.6, overs320, -1, 19_500)));
    }

    @Test
    void codecOversFireAtTheLowestBitRateWithOversAndAdviseACeiling() {
        List<Finding> findings = new CodecOversRule().evaluate(with(null, codec(37, 3), List.of()));
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(37, f.value());
        // Master at -2 dBTP decodes to +0.4: 2.4 dB overshoot + 0.5 margin = -2.9, rounded down to -3.0.
        assertTrue(f.headline().startsWith("MP3 at 128 kbit/s clips: 37 samples over full scale; lower the ceiling "
                + "to -3.0 dBTP"), f.headline());
    }

    @Test
    void codecWithoutOversOrWithoutPreviewFindsNothing() {
        assertEquals(List.of(), new CodecOversRule().evaluate(with(null, codec(0, 0), List.of())));
        assertEquals(List.of(), new CodecOversRule().evaluate(with(null, null, List.of())));
        assertEquals("MP3 at 320 kbit/s clips: 1 samples", new CodecOversRule()
                .evaluate(with(null, codec(0, 1), List.of())).get(0).headline().substring(0, 34));
    }

    @Test
    void advisedCeilingIsNeverAboveMinusOneDbtp() {
        assertEquals(-1.0, CodecOversRule.advisedCeilingDbtp(-1.0, -1.2), 0);
        assertEquals(-1.5, CodecOversRule.advisedCeilingDbtp(-0.1, 0.8), 0);
    }

    private static TrackFigures track(String name, boolean master, double lufs) {
        Map<Band, Double> balance = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            balance.put(band, -7.0);
        }
        return new TrackFigures(name, master, lufs, 6, -1, balance);
    }

    @Test
    void albumTrackThreeLuQuieterIsAFindingAndOneHalfLuIsNot() {
        AlbumComparison outlier = AlbumComparer.compare(List.of(track("m.wav", true, -10),
                track("b.wav", false, -10), track("c.wav", false, -13)));
        List<Finding> findings = new AlbumOutlierRule().evaluate(with(outlier, null, List.of()));
        assertEquals(1, findings.size(), findings.toString());
        assertTrue(findings.get(0).headline().contains("c.wav") && findings.get(0).headline().contains("quieter"),
                findings.get(0).headline());
        assertEquals(Finding.Severity.LOW, findings.get(0).severity());
        assertEquals(3.0, findings.get(0).value(), 1e-9, "distance from the rest of the album, not the mean");

        AlbumComparison close = AlbumComparer.compare(List.of(track("m.wav", true, -10),
                track("b.wav", false, -10), track("c.wav", false, -10.5)));
        assertEquals(List.of(), new AlbumOutlierRule().evaluate(with(close, null, List.of())));
    }

    @Test
    void albumBandFindingGivesTheSameDistanceFromTheRestAsItsHeadline() {
        TrackFigures dull = track("c.wav", false, -10);
        Map<Band, Double> balance = new EnumMap<>(dull.balanceDb());
        balance.put(Band.AIR, -22.0);
        AlbumComparison album = AlbumComparer.compare(List.of(track("m.wav", true, -10),
                track("b.wav", false, -10), new TrackFigures("c.wav", false, -10, 6, -1, balance)));
        List<Finding> findings = new AlbumOutlierRule().evaluate(with(album, null, List.of()));
        assertEquals(1, findings.size(), findings.toString());
        // Air -22 dB against -7 dB on the other two: 15.0 dB less than the rest (10.0 dB from the mean of all three).
        assertTrue(findings.get(0).headline().contains("15.0 dB less air"), findings.get(0).headline());
        assertEquals(15.0, findings.get(0).value(), 1e-9);
    }

    private static BlindTestSummary session(boolean verified) {
        return new BlindTestSummary("s.jsonl", "ABX", "Ana", "a.wav", "b.wav", 16, 13, 0.01, "Heard", verified);
    }

    @Test
    void tamperedBlindTestLogIsAHighFindingAndAVerifiedOneIsNot() {
        List<Finding> findings = new BlindTestUnverifiedRule().evaluate(with(null, null, List.of(session(false))));
        assertEquals(1, findings.size());
        assertEquals(Finding.Severity.HIGH, findings.get(0).severity());
        assertTrue(findings.get(0).headline().contains("s.jsonl failed verification"), findings.get(0).headline());
        assertEquals(List.of(), new BlindTestUnverifiedRule().evaluate(with(null, null, List.of(session(true)))));
    }
}
