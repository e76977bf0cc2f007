package dev.earshot.report.pdf;

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

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The device-by-device section: overview table with band-delta heat cells, then per category chart and devices. */
final class PdfDevices {

    private PdfDevices() {
    }

    static void devices(PdfCanvas canvas, ReportDocument document, PdfCharts charts) throws IOException {
        canvas.newPage();
        PdfReportWriter.heading(canvas, "Device by device");
        if (document.profiles().isEmpty()) {
            canvas.paragraph("No playback profile was selected for this report.", PdfCanvas.Style.REGULAR, 10f,
                    PdfCanvas.INK, 8f);
            return;
        }
        canvas.paragraph("Loudness as each device plays the master, and how its tonal balance changes once the "
                + "loudness difference is taken out. Blue cells: less than the master; red: more.",
                PdfCanvas.Style.REGULAR, 9f, PdfCanvas.MUTED, 6f);
        overview(canvas, document);
        Map<String, List<ProfileSection>> categories = ReportCharts.byCategory(document.profiles());
        for (Map.Entry<String, List<ProfileSection>> category : categories.entrySet()) {
            canvas.ensure(260f);
            PdfReportWriter.subheading(canvas, category.getKey());
            for (String id : ReportCharts.spectralIds(charts.ids(), category.getKey())) {
                charts.draw(canvas, id);
            }
            for (ProfileSection profile : category.getValue()) {
                device(canvas, profile);
            }
        }
    }

    private static void overview(PdfCanvas canvas, ReportDocument document) throws IOException {
        List<PdfTable.Column> columns = new ArrayList<>();
        columns.add(new PdfTable.Column("DEVICE", 2.5f, false));
        columns.add(new PdfTable.Column("I (LUFS)", 1.0f, true));
        columns.add(new PdfTable.Column("dI (LU)", 0.9f, true));
        columns.add(new PdfTable.Column("TP (dBTP)", 1.0f, true));
        for (Band band : Band.values()) {
            columns.add(new PdfTable.Column(BandNames.shortName(band).toUpperCase(java.util.Locale.ROOT), 1.2f, true));
        }
        PdfTable table = new PdfTable(columns);
        LoudnessFigures master = document.master().loudness();
        table.row("Master (studio)", Figures.number(master.integratedLufs()), "",
                Figures.number(master.truePeakDbtp()), "", "", "", "", "");
        for (ProfileSection profile : document.profiles()) {
            List<PdfTable.Cell> cells = new ArrayList<>();
            cells.add(PdfTable.Cell.of(profile.profileName()));
            cells.add(PdfTable.Cell.of(Figures.number(profile.loudness().integratedLufs())));
            cells.add(PdfTable.Cell.of(Figures.signed(profile.loudnessDelta().integratedLu())));
            cells.add(PdfTable.Cell.of(Figures.number(profile.loudness().truePeakDbtp())));
            for (Band band : Band.values()) {
                Double value = profile.bandDeltaDb().get(band);
                double deltaDb = value == null ? Double.NaN : value;
                cells.add(new PdfTable.Cell(Figures.signed(deltaDb), HeatColors.of(deltaDb),
                        PdfCanvas.Style.REGULAR));
            }
            table.row(cells);
        }
        table.draw(canvas, 10f);
    }

    private static void device(PdfCanvas canvas, ProfileSection profile) throws IOException {
        canvas.ensure(150f);
        canvas.moveDown(4f);
        canvas.paragraph(profile.categoryName().toUpperCase(java.util.Locale.ROOT), PdfCanvas.Style.BOLD, 7f,
                PdfCanvas.MUTED, 1f);
        canvas.paragraph(profile.profileName(), PdfCanvas.Style.BOLD, 11.5f, PdfCanvas.INK, 1f);
        if (profile.description() != null && !profile.description().isBlank()) {
            canvas.paragraph(profile.description(), PdfCanvas.Style.REGULAR, 8.5f, PdfCanvas.MUTED, 3f);
        }
        LoudnessFigures figures = profile.loudness();
        LoudnessDelta delta = profile.loudnessDelta();
        PdfTable table = new PdfTable(List.of(new PdfTable.Column("", 2.2f, false),
                new PdfTable.Column("I (LUFS)", 1f, true), new PdfTable.Column("MAX S (LUFS)", 1.2f, true),
                new PdfTable.Column("LRA (LU)", 1f, true), new PdfTable.Column("TP (DBTP)", 1f, true),
                new PdfTable.Column("PLR (DB)", 1f, true)));
        table.row("On this device", Figures.number(figures.integratedLufs()),
                Figures.number(figures.maxShortTermLufs()),
                Figures.number(figures.loudnessRangeLu()), Figures.number(figures.truePeakDbtp()),
                Figures.number(figures.plrDb()));
        table.row("Change from master", Figures.signed(delta.integratedLu()), Figures.signed(delta.maxShortTermLu()),
                Figures.signed(delta.loudnessRangeLu()), Figures.signed(delta.truePeakDb()),
                Figures.signed(delta.plrDb()));
        table.draw(canvas, 5f);
        List<String> sentences = new ArrayList<>();
        sentences.add("Largest tonal change: " + PlainWords.largestBandChange(profile.bandDeltaDb()) + ".");
        sentences.addAll(PlainWords.deviceSentences(profile));
        for (String sentence : sentences) {
            bullet(canvas, sentence);
        }
        canvas.paragraph("Provenance: " + profile.provenanceKind() + " \u2014 " + profile.provenanceSource()
                + "  \u00b7  assumed listening level " + Figures.number(profile.listeningLevelDbSpl(), 0)
                + " dB SPL  \u00b7  profile id " + profile.profileId(), PdfCanvas.Style.ITALIC, 7.5f, PdfCanvas.MUTED,
                12f);
    }

    static void bullet(PdfCanvas canvas, String sentence) throws IOException {
        float indent = 12f;
        canvas.ensure(14f);
        canvas.text("\u2022", PdfCanvas.Style.REGULAR, 9.5f, PdfCanvas.INK, PdfCanvas.MARGIN_X + 2f,
                canvas.y() - 9.5f * 1.35f + 2.2f);
        canvas.paragraph(sentence, PdfCanvas.Style.REGULAR, 9.5f, PdfCanvas.INK, PdfCanvas.MARGIN_X + indent,
                PdfCanvas.WIDTH - indent, 2f);
    }
}
