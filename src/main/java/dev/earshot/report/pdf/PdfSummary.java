package dev.earshot.report.pdf;

import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.MasterSummary;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.text.Figures;
import dev.earshot.report.text.PlainWords;

import java.awt.Color;
import java.io.IOException;
import java.util.List;

/** The cover page (title, client, date, master figures, top findings) and the full findings list. */
final class PdfSummary {

    private static final int TOP_FINDINGS = 5;
    /** Devices listed on the cover; more would push the table onto a second page. */
    private static final int COVER_DEVICES = 8;

    private PdfSummary() {
    }

    static void cover(PdfCanvas canvas, ReportDocument document) throws IOException {
        ReportMeta meta = document.meta();
        canvas.newPage();
        canvas.bookmark("Summary");
        canvas.moveDown(40f);
        canvas.paragraph("TRANSLATION REPORT", PdfCanvas.Style.BOLD, 9f, PdfCanvas.MUTED, 6f);
        canvas.paragraph(meta.title(), PdfCanvas.Style.BOLD, 24f, PdfCanvas.INK, 8f);
        if (meta.client() != null && !meta.client().isBlank()) {
            canvas.paragraph("For " + meta.client(), PdfCanvas.Style.REGULAR, 13f, PdfCanvas.INK, 2f);
        }
        canvas.paragraph(Figures.date(meta.created()) + "  \u00b7  Earshot " + meta.earshotVersion(),
                PdfCanvas.Style.REGULAR, 10f, PdfCanvas.MUTED, 26f);
        MasterSummary master = document.master();
        canvas.paragraph("THE MASTER", PdfCanvas.Style.BOLD, 8f, PdfCanvas.MUTED, 2f);
        canvas.paragraph(master.fileName(), PdfCanvas.Style.BOLD, 11f, PdfCanvas.INK, 1f);
        canvas.paragraph(Figures.duration(master.durationSeconds()) + "  \u00b7  " + master.sampleRate()
                + " Hz  \u00b7  "
                + (master.channels() == 1 ? "mono" : master.channels() == 2 ? "stereo" : master.channels()
                + " channels"), PdfCanvas.Style.REGULAR, 9f, PdfCanvas.MUTED, 10f);
        figureBoxes(canvas, master.loudness());
        canvas.paragraph("TOP FINDINGS", PdfCanvas.Style.BOLD, 8f, PdfCanvas.MUTED, 4f);
        if (document.findings().isEmpty()) {
            canvas.paragraph("No rule found a translation problem on the devices in this report.",
                    PdfCanvas.Style.REGULAR, 10f, PdfCanvas.INK, 4f);
        }
        for (Finding finding : document.findings().subList(0, Math.min(TOP_FINDINGS, document.findings().size()))) {
            findingLine(canvas, finding, 10f);
            canvas.moveDown(5f);
        }
        if (!document.profiles().isEmpty()) {
            canvas.moveDown(12f);
            canvas.paragraph("DEVICES IN THIS REPORT", PdfCanvas.Style.BOLD, 8f, PdfCanvas.MUTED, 2f);
            PdfTable devices = new PdfTable(List.of(new PdfTable.Column("DEVICE", 2.6f, false),
                    new PdfTable.Column("CATEGORY", 1.3f, false), new PdfTable.Column("I (LUFS)", 0.9f, true),
                    new PdfTable.Column("CHANGE (LU)", 1f, true), new PdfTable.Column("LARGEST TONAL CHANGE", 2.6f,
                    false)));
            List<ProfileSection> shown = document.profiles().subList(0, Math.min(COVER_DEVICES,
                    document.profiles().size()));
            for (ProfileSection profile : shown) {
                devices.row(profile.profileName(), profile.categoryName(),
                        Figures.number(profile.loudness().integratedLufs()),
                        Figures.signed(profile.loudnessDelta().integratedLu()),
                        PlainWords.largestBandChange(profile.bandDeltaDb()));
            }
            devices.draw(canvas, 4f);
            int more = document.profiles().size() - shown.size();
            if (more > 0) {
                canvas.paragraph("\u2026 and " + more + " more in the device-by-device section.",
                        PdfCanvas.Style.ITALIC, 8f, PdfCanvas.MUTED, 2f);
            }
        }
    }

    private static void figureBoxes(PdfCanvas canvas, LoudnessFigures loudness) throws IOException {
        String[][] figures = {
            {"INTEGRATED", Figures.number(loudness.integratedLufs()), "LUFS"},
            {"MAX SHORT-TERM", Figures.number(loudness.maxShortTermLufs()), "LUFS"},
            {"LOUDNESS RANGE", Figures.number(loudness.loudnessRangeLu()), "LU"},
            {"TRUE PEAK", Figures.number(loudness.truePeakDbtp()), "dBTP"},
            {"PLR", Figures.number(loudness.plrDb()), "dB"}};
        float gap = 8f;
        float boxWidth = (PdfCanvas.WIDTH - gap * (figures.length - 1)) / figures.length;
        float boxHeight = 46f;
        canvas.ensure(boxHeight + 16f);
        float top = canvas.y();
        for (int i = 0; i < figures.length; i++) {
            float x = PdfCanvas.MARGIN_X + i * (boxWidth + gap);
            canvas.fillRect(x, top - boxHeight, boxWidth, boxHeight, new Color(0xF4F6F8));
            canvas.text(figures[i][0], PdfCanvas.Style.BOLD, 6.5f, PdfCanvas.MUTED, x + 8f, top - 14f);
            canvas.text(figures[i][1], PdfCanvas.Style.BOLD, 16f, PdfCanvas.INK, x + 8f, top - 36f);
            float valueWidth = canvas.width(figures[i][1], PdfCanvas.Style.BOLD, 16f);
            canvas.text(figures[i][2], PdfCanvas.Style.REGULAR, 8f, PdfCanvas.MUTED, x + 11f + valueWidth, top - 36f);
        }
        canvas.moveDown(boxHeight + 18f);
    }

    static void findings(PdfCanvas canvas, ReportDocument document) throws IOException {
        PdfReportWriter.heading(canvas, "Findings");
        if (document.findings().isEmpty()) {
            canvas.paragraph("No rule fired: on every device in this report the master stays within every threshold "
                    + "described in the method appendix.", PdfCanvas.Style.REGULAR, 10f, PdfCanvas.INK, 8f);
            return;
        }
        canvas.paragraph("Ranked by severity. Each finding comes from a rule with a fixed threshold; the figure behind "
                + "it is given underneath.", PdfCanvas.Style.REGULAR, 9f, PdfCanvas.MUTED, 8f);
        for (Finding finding : document.findings()) {
            canvas.ensure(48f);
            findingLine(canvas, finding, 10.5f);
            float indent = 62f;
            canvas.paragraph(finding.detail(), PdfCanvas.Style.REGULAR, 9.5f, PdfCanvas.INK,
                    PdfCanvas.MARGIN_X + indent, PdfCanvas.WIDTH - indent, 1f);
            canvas.paragraph(evidence(finding, document.profiles()), PdfCanvas.Style.REGULAR, 8f, PdfCanvas.MUTED,
                    PdfCanvas.MARGIN_X + indent, PdfCanvas.WIDTH - indent, 9f);
        }
    }

    /** A severity badge and the headline wrapped beside it. */
    private static void findingLine(PdfCanvas canvas, Finding finding, float sizePt) throws IOException {
        float indent = 62f;
        List<String> lines = canvas.wrap(finding.headline(), PdfCanvas.Style.BOLD, sizePt, PdfCanvas.WIDTH - indent);
        float leading = sizePt * 1.35f;
        canvas.ensure(leading * Math.min(lines.size(), 3));
        float top = canvas.y();
        String label = PlainWords.severity(finding.severity()).toUpperCase(java.util.Locale.ROOT);
        canvas.fillRect(PdfCanvas.MARGIN_X, top - leading + 1f, 52f, leading - 1f, badgeColor(finding.severity()));
        float labelWidth = canvas.width(label, PdfCanvas.Style.BOLD, 7f);
        canvas.text(label, PdfCanvas.Style.BOLD, 7f, Color.WHITE, PdfCanvas.MARGIN_X + (52f - labelWidth) / 2,
                top - leading + (leading - 7f) / 2 + 1.5f);
        canvas.paragraph(finding.headline(), PdfCanvas.Style.BOLD, sizePt, PdfCanvas.INK, PdfCanvas.MARGIN_X + indent,
                PdfCanvas.WIDTH - indent, 1f);
    }

    private static Color badgeColor(Finding.Severity severity) {
        return switch (severity) {
            case HIGH -> new Color(0xB3261E);
            case MEDIUM -> new Color(0xB86E00);
            case LOW -> new Color(0x1F4E79);
            case INFO -> new Color(0x5B6770);
        };
    }

    private static String evidence(Finding finding, List<ProfileSection> profiles) {
        return "Figure " + Figures.withUnit(finding.value(), finding.unit()) + " (threshold "
                + Figures.withUnit(finding.threshold(), finding.unit()) + ")  \u00b7  "
                + PlainWords.scope(finding, profiles)
                + "  \u00b7  rule " + finding.ruleId();
    }
}
