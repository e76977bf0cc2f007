package dev.earshot.report.html;

import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.MasterSummary;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.text.Figures;
import dev.earshot.report.text.PlainWords;

import java.util.List;
import java.util.Locale;

/** The cover, the summary card (master figures, top findings) and the full list of findings. */
final class SummaryHtml {

    /** How many findings the summary card shows; the findings section lists all. */
    static final int TOP_FINDINGS = 5;

    private SummaryHtml() {
    }

    static void cover(Html html, ReportDocument document) {
        ReportMeta meta = document.meta();
        html.open("header", "class", "cover");
        html.element("div", "Translation report", "class", "eyebrow");
        html.element("h1", meta.title());
        StringBuilder line = new StringBuilder();
        if (meta.client() != null && !meta.client().isBlank()) {
            line.append("For ").append(meta.client()).append(" \u00b7 ");
        }
        line.append(Figures.date(meta.created())).append(" \u00b7 Earshot ").append(meta.earshotVersion());
        html.element("p", line.toString(), "class", "meta");
        html.close("header").newline();
    }

    static void summary(Html html, ReportDocument document) {
        MasterSummary master = document.master();
        LoudnessFigures loudness = master.loudness();
        html.open("section", "id", "summary", "class", "card");
        html.element("div", "The master", "class", "eyebrow");
        html.element("h4", master.fileName());
        html.element("p", Figures.duration(master.durationSeconds()) + " \u00b7 " + master.sampleRate() + " Hz \u00b7 "
                + channels(master.channels()) + correlation(master.stereoCorrelation()), "class", "muted small");
        html.open("div", "class", "figures");
        figure(html, "Integrated", Figures.number(loudness.integratedLufs()), "LUFS");
        figure(html, "Max short-term", Figures.number(loudness.maxShortTermLufs()), "LUFS");
        figure(html, "Loudness range", Figures.number(loudness.loudnessRangeLu()), "LU");
        figure(html, "True peak", Figures.number(loudness.truePeakDbtp()), "dBTP");
        figure(html, "PLR", Figures.number(loudness.plrDb()), "dB");
        html.close("div");
        html.element("div", "Top findings", "class", "eyebrow");
        if (document.findings().isEmpty()) {
            html.element("p", "No rule found a translation problem on the devices in this report.");
        } else {
            html.open("ol", "class", "findings");
            for (Finding finding : document.findings().subList(0, Math.min(TOP_FINDINGS, document.findings().size()))) {
                html.open("li", "class", "finding");
                badge(html, finding.severity());
                html.element("span", finding.headline(), "class", "headline");
                html.close("li");
            }
            html.close("ol");
        }
        html.close("section").newline();
    }

    static void findings(Html html, ReportDocument document) {
        html.open("section", "id", "findings");
        html.element("h2", "Findings");
        if (document.findings().isEmpty()) {
            html.element("p", "No rule fired: on every device in this report the master stays within every "
                    + "threshold described in the method appendix.");
        } else {
            html.element("p", "Ranked by severity. Each finding comes from a rule with a fixed threshold; the "
                    + "figure behind it is given underneath.", "class", "muted");
            html.open("ol", "class", "findings");
            for (Finding finding : document.findings()) {
                html.open("li", "class", "finding");
                badge(html, finding.severity());
                html.element("span", finding.headline(), "class", "headline");
                html.element("p", finding.detail());
                html.element("div", evidence(finding, document.profiles()), "class", "evidence");
                html.close("li");
            }
            html.close("ol");
        }
        html.close("section").newline();
    }

    /** "Figure −24.1 dB (threshold −12.0 dB) · affects Phone, Laptop · rule low-end.fundamental-lost". */
    static String evidence(Finding finding, List<ProfileSection> profiles) {
        StringBuilder text = new StringBuilder("Figure ").append(Figures.withUnit(finding.value(), finding.unit()))
                .append(" (threshold ").append(Figures.withUnit(finding.threshold(), finding.unit())).append(')');
        text.append(" \u00b7 ").append(PlainWords.scope(finding, profiles));
        text.append(" \u00b7 rule ").append(finding.ruleId());
        return text.toString();
    }

    static void badge(Html html, Finding.Severity severity) {
        html.element("span", PlainWords.severity(severity), "class",
                "badge " + severity.name().toLowerCase(Locale.ROOT));
    }

    private static void figure(Html html, String label, String value, String unit) {
        html.open("div", "class", "figure");
        html.element("div", label, "class", "label");
        html.open("div", "class", "value").text(value).element("span", unit, "class", "unit").close("div");
        html.close("div");
    }

    static String channels(int channels) {
        return channels == 1 ? "mono" : channels == 2 ? "stereo" : channels + " channels";
    }

    private static String correlation(double stereoCorrelation) {
        return Double.isFinite(stereoCorrelation) ? " \u00b7 stereo correlation " + Figures.number(stereoCorrelation, 2)
                : "";
    }
}
