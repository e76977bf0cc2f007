package dev.earshot.report.html;

import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.text.Figures;
import dev.earshot.report.text.MethodText;

/** The method appendix: what each figure means, how the simulation works, profile provenance, input files. */
final class MethodHtml {

    private MethodHtml() {
    }

    static void method(Html html, ReportDocument document) {
        html.open("section", "id", "method", "class", "major");
        html.element("h2", "Method");
        html.element("h3", "What the figures mean");
        html.open("dl", "class", "terms");
        for (MethodText.Term term : MethodText.terms()) {
            html.element("dt", term.term());
            html.element("dd", term.explanation());
        }
        html.close("dl");
        html.element("h3", "How the simulation works");
        for (String paragraph : MethodText.simulation()) {
            html.element("p", paragraph);
        }
        if (!document.profiles().isEmpty()) {
            html.element("h3", "Where the profiles come from");
            html.element("p", MethodText.provenanceKinds(), "class", "muted");
            html.open("table");
            html.open("thead").open("tr");
            html.element("th", "Profile");
            html.element("th", "Kind");
            html.element("th", "Source");
            html.close("tr").close("thead").open("tbody");
            for (ProfileSection profile : document.profiles()) {
                html.open("tr");
                html.element("td", profile.profileName());
                html.element("td", profile.provenanceKind());
                html.element("td", profile.provenanceSource());
                html.close("tr");
            }
            html.close("tbody").close("table");
        }
        html.element("h3", "Input files");
        html.element("p", "SHA-256 of every file the report was computed from, so it can be reproduced and checked.",
                "class", "muted");
        html.open("table");
        html.open("thead").open("tr");
        html.element("th", "Role");
        html.element("th", "File");
        html.element("th", "Format");
        html.element("th", "SHA-256");
        html.close("tr").close("thead").open("tbody");
        for (ReportMeta.InputFile input : document.meta().inputs()) {
            html.open("tr");
            html.element("td", input.role());
            html.element("td", input.fileName());
            html.element("td", input.sampleRate() > 0 ? input.sampleRate() + " Hz, " + input.channels() + " ch, "
                    + Figures.duration(input.durationSeconds()) : "");
            html.element("td", input.sha256(), "class", "hash");
            html.close("tr");
        }
        html.close("tbody").close("table");
        html.close("section").newline();
    }
}
