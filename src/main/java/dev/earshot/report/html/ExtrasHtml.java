package dev.earshot.report.html;

import dev.earshot.analysis.Band;
import dev.earshot.report.chart.BandNames;
import dev.earshot.report.model.AlbumComparison;
import dev.earshot.report.model.BlindTestSummary;
import dev.earshot.report.model.CodecPreview;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReleasePreview;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.text.AlbumWords;
import dev.earshot.report.text.Figures;
import dev.earshot.report.text.ReleaseNotes;

import java.util.List;
import java.util.Map;

/** The optional sections: reference tracks, album, release platforms, codec, blind tests. Each only when present. */
final class ExtrasHtml {

    private ExtrasHtml() {
    }

    static void references(Html html, ReportDocument document, Map<String, String> inlineCharts) {
        List<ReferenceComparison> references = document.references();
        if (references.isEmpty()) {
            return;
        }
        html.open("section", "id", "reference", "class", "major");
        html.element("h2", "Against the reference");
        html.element("p", "The master and each reference are matched to the same integrated loudness; the figures "
                + "are master minus reference, so a negative value means the master has less of that range.",
                "class", "muted");
        raw(html, inlineCharts.get("reference"));
        for (ReferenceComparison reference : references) {
            html.element("h3", reference.fileName());
            html.element("p", "Reference loudness " + Figures.withUnit(reference.referenceLoudness(), "LUFS") + ".",
                    "class", "muted small");
            html.open("table");
            bandHeader(html, "Where");
            bandRow(html, "Studio (no device)", reference.studioBandDeltaDb());
            for (ProfileSection profile : document.profiles()) {
                Map<Band, Double> deltas = reference.profileBandDeltaDb().get(profile.profileId());
                if (deltas != null) {
                    bandRow(html, profile.profileName(), deltas);
                }
            }
            html.close("tbody").close("table");
        }
        html.close("section").newline();
    }

    static void album(Html html, AlbumComparison album, Map<String, String> inlineCharts) {
        if (album == null || album.tracks().isEmpty()) {
            return;
        }
        html.open("section", "id", "album", "class", "major");
        html.element("h2", "Album consistency");
        html.element("p", AlbumWords.rule(album), "class", "muted");
        raw(html, inlineCharts.get("album-loudness"));
        html.open("table");
        html.open("thead").open("tr");
        html.element("th", "Track");
        html.element("th", "I (LUFS)", "class", "num");
        html.element("th", "LRA (LU)", "class", "num");
        html.element("th", "TP (dBTP)", "class", "num");
        html.element("th", "Flags");
        html.close("tr").close("thead").open("tbody");
        for (AlbumComparison.Track track : album.tracks()) {
            html.open("tr");
            html.element("td", track.isMaster() ? track.fileName() + " (this master)" : track.fileName());
            html.element("td", Figures.number(track.integratedLufs()), "class", "num");
            html.element("td", Figures.number(track.loudnessRangeLu()), "class", "num");
            html.element("td", Figures.number(track.truePeakDbtp()), "class", "num");
            if (track.flags().isEmpty()) {
                html.element("td", "sits with the others", "class", "ok");
            } else {
                html.element("td", String.join("; ", track.flags()), "class", "flag");
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
        raw(html, inlineCharts.get("album-balance"));
        html.close("section").newline();
    }

    static void release(Html html, ReleasePreview release, Map<String, String> inlineCharts) {
        if (release == null || release.platforms().isEmpty()) {
            return;
        }
        html.open("section", "id", "release", "class", "major");
        html.element("h2", "On streaming platforms");
        html.element("p", "What each service's loudness normalisation does to this master. Targets marked "
                + "\u201creported\u201d are widely published but not on the service's own pages.", "class", "muted");
        html.open("table");
        html.open("thead").open("tr");
        html.element("th", "Platform");
        html.element("th", "Target (LUFS)", "class", "num");
        html.element("th", "Gain (dB)", "class", "num");
        html.element("th", "TP after (dBTP)", "class", "num");
        html.element("th", "Plays at (LUFS)", "class", "num");
        html.element("th", "What happens");
        html.close("tr").close("thead").open("tbody");
        for (ReleasePreview.Platform platform : release.platforms()) {
            html.open("tr");
            html.element("td", platform.name());
            html.element("td", ReleaseNotes.target(platform.name(), platform.targetLufs()), "class", "num");
            html.element("td", Figures.signed(platform.gainDb()), "class", "num");
            html.element("td", Figures.number(platform.resultingTruePeakDbtp()), "class", "num");
            html.element("td", Figures.number(platform.playbackLufs()), "class", "num");
            html.element("td", (platform.limited() ? "Limited. " : "") + platform.note());
            html.close("tr");
        }
        html.close("tbody").close("table");
        raw(html, inlineCharts.get("release-gains"));
        html.close("section").newline();
    }

    static void codec(Html html, CodecPreview codec) {
        if (codec == null || codec.results().isEmpty()) {
            return;
        }
        html.open("section", "id", "codec");
        html.element("h2", "Through a lossy codec");
        html.element("p", "The master encoded and decoded in process. Overs are decoded samples above full scale, "
                + "which a player will clip.", "class", "muted");
        html.open("table");
        html.open("thead").open("tr");
        for (String heading : List.of("Codec", "TP (dBTP)", "Overs", "Above 16 kHz (dB)", "Cut-off")) {
            html.element("th", heading, "class", heading.equals("Codec") ? null : "num");
        }
        html.close("tr").close("thead").open("tbody");
        for (CodecPreview.Result result : codec.results()) {
            html.open("tr");
            html.element("td", result.codec() + " " + result.bitrateKbps() + " kbit/s");
            html.element("td", Figures.number(result.truePeakDbtp()), "class", "num");
            html.element("td", Long.toString(result.oversCount()), "class",
                    result.oversCount() > 0 ? "num flag" : "num");
            html.element("td", Figures.signed(result.highFrequencyLossDb()), "class", "num");
            html.element("td", Figures.hertz(result.cutoffHz()), "class", "num");
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.close("section").newline();
    }

    /** Shown instead of the verdict of a session whose log failed verification. */
    static final String UNVERIFIED_VERDICT = "No result: the log failed verification (changed after the session).";

    static void blindTests(Html html, List<BlindTestSummary> blindTests) {
        if (blindTests.isEmpty()) {
            return;
        }
        html.open("section", "id", "blind-tests");
        html.element("h2", "Blind listening tests");
        html.open("table");
        html.open("thead").open("tr");
        for (String heading : List.of("Session", "Compared", "Score", "p", "Verdict", "Log")) {
            html.element("th", heading, "class", heading.equals("Score") || heading.equals("p") ? "num" : null);
        }
        html.close("tr").close("thead").open("tbody");
        for (BlindTestSummary test : blindTests) {
            html.open("tr");
            html.element("td", test.protocol() + " by " + test.listener() + " (" + test.logFileName() + ")");
            html.element("td", test.stimulusA() + " vs " + test.stimulusB());
            // Only a verified log's result is reported; an edited log's score could be anything.
            html.element("td", test.logVerified() ? test.correct() + " / " + test.trials() : "withheld", "class",
                    "num");
            html.element("td", test.logVerified() ? Figures.number(test.pValue(), 3) : "-", "class", "num");
            html.element("td", test.logVerified() ? test.verdict() : UNVERIFIED_VERDICT);
            html.element("td", test.logVerified() ? "verified" : "NOT verified", "class",
                    test.logVerified() ? "ok" : "flag");
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.close("section").newline();
    }

    private static void bandHeader(Html html, String first) {
        html.open("thead").open("tr");
        html.element("th", first);
        for (Band band : Band.values()) {
            html.element("th", BandNames.shortName(band), "class", "num");
        }
        html.close("tr").close("thead").open("tbody");
    }

    private static void bandRow(Html html, String label, Map<Band, Double> deltasDb) {
        html.open("tr");
        html.element("td", label);
        for (Band band : Band.values()) {
            Double value = deltasDb.get(band);
            double deltaDb = value == null ? Double.NaN : value;
            html.element("td", Figures.signed(deltaDb), "class", "heat", "style",
                    "background-color:" + DevicesHtml.heat(deltaDb));
        }
        html.close("tr");
    }

    private static void raw(Html html, String markup) {
        if (markup != null) {
            html.raw(markup);
        }
    }
}
