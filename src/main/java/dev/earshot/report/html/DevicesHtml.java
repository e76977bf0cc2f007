package dev.earshot.report.html;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessDelta;
import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.chart.BandNames;
import dev.earshot.report.chart.ReportCharts;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.text.Figures;
import dev.earshot.report.text.HeatColors;
import dev.earshot.report.text.PlainWords;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The device-by-device section: an overview table, then per category its chart and one card per device. */
final class DevicesHtml {

    private DevicesHtml() {
    }

    static void devices(Html html, ReportDocument document, Map<String, String> inlineCharts) {
        html.open("section", "id", "devices", "class", "major");
        html.element("h2", "Device by device");
        if (document.profiles().isEmpty()) {
            html.element("p", "No playback profile was selected for this report.");
            html.close("section").newline();
            return;
        }
        html.element("p", "Loudness as each device plays the master, and how its tonal balance changes once the "
                + "loudness difference is taken out. Colours: blue is less than the master, red more.", "class",
                "muted");
        overview(html, document);
        Map<String, List<ProfileSection>> categories = ReportCharts.byCategory(document.profiles());
        for (Map.Entry<String, List<ProfileSection>> category : categories.entrySet()) {
            html.element("h3", category.getKey());
            for (String id : ReportCharts.spectralIds(List.copyOf(inlineCharts.keySet()), category.getKey())) {
                html.raw(inlineCharts.get(id));
            }
            for (ProfileSection profile : category.getValue()) {
                device(html, profile);
            }
        }
        html.close("section").newline();
    }

    private static void overview(Html html, ReportDocument document) {
        html.open("table", "class", "overview");
        html.open("thead").open("tr");
        html.element("th", "Device");
        html.element("th", "I (LUFS)", "class", "num");
        html.element("th", "\u0394I (LU)", "class", "num");
        html.element("th", "TP (dBTP)", "class", "num");
        for (Band band : Band.values()) {
            html.element("th", BandNames.shortName(band), "class", "num");
        }
        html.close("tr").close("thead").open("tbody");
        LoudnessFigures master = document.master().loudness();
        html.open("tr");
        html.element("td", "Master (studio)");
        html.element("td", Figures.number(master.integratedLufs()), "class", "num");
        html.element("td", "", "class", "num");
        html.element("td", Figures.number(master.truePeakDbtp()), "class", "num");
        for (int i = 0; i < Band.values().length; i++) {
            html.element("td", "", "class", "num");
        }
        html.close("tr");
        for (ProfileSection profile : document.profiles()) {
            html.open("tr");
            html.element("td", profile.profileName());
            html.element("td", Figures.number(profile.loudness().integratedLufs()), "class", "num");
            html.element("td", Figures.signed(profile.loudnessDelta().integratedLu()), "class", "num");
            html.element("td", Figures.number(profile.loudness().truePeakDbtp()), "class", "num");
            for (Band band : Band.values()) {
                Double deltaDb = profile.bandDeltaDb().get(band);
                double value = deltaDb == null ? Double.NaN : deltaDb;
                html.element("td", Figures.signed(value), "class", "heat", "style", "background-color:" + heat(value));
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private static void device(Html html, ProfileSection profile) {
        html.open("article", "class", "device", "id", "device-" + ReportCharts.slug(profile.profileId()));
        html.element("div", profile.categoryName(), "class", "category");
        html.element("h4", profile.profileName());
        if (profile.description() != null && !profile.description().isBlank()) {
            html.element("p", profile.description(), "class", "muted small");
        }
        LoudnessFigures figures = profile.loudness();
        LoudnessDelta delta = profile.loudnessDelta();
        html.open("table");
        html.open("thead").open("tr");
        for (String heading : List.of("", "I (LUFS)", "Max S (LUFS)", "LRA (LU)", "TP (dBTP)", "PLR (dB)")) {
            html.element("th", heading, "class", heading.isEmpty() ? null : "num");
        }
        html.close("tr").close("thead").open("tbody");
        row(html, "On this device", Figures.number(figures.integratedLufs()),
                Figures.number(figures.maxShortTermLufs()),
                Figures.number(figures.loudnessRangeLu()), Figures.number(figures.truePeakDbtp()),
                Figures.number(figures.plrDb()));
        row(html, "Change from master", Figures.signed(delta.integratedLu()), Figures.signed(delta.maxShortTermLu()),
                Figures.signed(delta.loudnessRangeLu()), Figures.signed(delta.truePeakDb()),
                Figures.signed(delta.plrDb()));
        html.close("tbody").close("table");
        html.open("ul", "class", "words");
        html.element("li", "Largest tonal change: " + PlainWords.largestBandChange(profile.bandDeltaDb()) + ".");
        for (String sentence : PlainWords.deviceSentences(profile)) {
            html.element("li", sentence);
        }
        html.close("ul");
        html.element("div", "Provenance: " + profile.provenanceKind() + " \u2014 " + profile.provenanceSource()
                + " \u00b7 assumed listening level " + Figures.number(profile.listeningLevelDbSpl(), 0) + " dB SPL"
                + " \u00b7 profile id " + profile.profileId(), "class", "provenance");
        html.close("article").newline();
    }

    private static void row(Html html, String label, String... values) {
        html.open("tr");
        html.element("td", label);
        for (String value : values) {
            html.element("td", value, "class", "num");
        }
        html.close("tr");
    }

    /** A background colour for a band delta (see {@link HeatColors}). */
    static String heat(double deltaDb) {
        return HeatColors.hex(deltaDb);
    }
}
