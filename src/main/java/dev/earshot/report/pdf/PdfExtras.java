package dev.earshot.report.pdf;

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
import dev.earshot.report.text.HeatColors;
import dev.earshot.report.text.ReleaseNotes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The optional sections of the PDF, each drawn only when the document has it. */
final class PdfExtras {

    private PdfExtras() {
    }

    static void references(PdfCanvas canvas, ReportDocument document, PdfCharts charts) throws IOException {
        if (document.references().isEmpty()) {
            return;
        }
        canvas.newPage();
        PdfReportWriter.heading(canvas, "Against the reference");
        canvas.paragraph("The master and each reference are matched to the same integrated loudness; figures are "
                + "master minus reference, so a negative value means the master has less of that range.",
                PdfCanvas.Style.REGULAR, 9f, PdfCanvas.MUTED, 6f);
        charts.draw(canvas, "reference");
        for (ReferenceComparison reference : document.references()) {
            canvas.ensure(80f);
            PdfReportWriter.subheading(canvas, reference.fileName());
            canvas.paragraph("Reference loudness " + Figures.withUnit(reference.referenceLoudness(), "LUFS") + ".",
                    PdfCanvas.Style.REGULAR, 8.5f, PdfCanvas.MUTED, 3f);
            PdfTable table = new PdfTable(bandColumns("WHERE"));
            table.row(bandCells("Studio (no device)", reference.studioBandDeltaDb()));
            for (ProfileSection profile : document.profiles()) {
                Map<Band, Double> deltas = reference.profileBandDeltaDb().get(profile.profileId());
                if (deltas != null) {
                    table.row(bandCells(profile.profileName(), deltas));
                }
            }
            table.draw(canvas, 10f);
        }
    }

    static void album(PdfCanvas canvas, AlbumComparison album, PdfCharts charts) throws IOException {
        if (album == null || album.tracks().isEmpty()) {
            return;
        }
        canvas.newPage();
        PdfReportWriter.heading(canvas, "Album consistency");
        canvas.paragraph(AlbumWords.rule(album), PdfCanvas.Style.REGULAR, 9f, PdfCanvas.MUTED, 6f);
        PdfTable table = new PdfTable(List.of(new PdfTable.Column("TRACK", 3.2f, false),
                new PdfTable.Column("I (LUFS)", 1f, true), new PdfTable.Column("LRA (LU)", 1f, true),
                new PdfTable.Column("TP (DBTP)", 1f, true), new PdfTable.Column("FLAGS", 3.4f, false)));
        for (AlbumComparison.Track track : album.tracks()) {
            table.row(track.isMaster() ? track.fileName() + " (this master)" : track.fileName(),
                    Figures.number(track.integratedLufs()), Figures.number(track.loudnessRangeLu()),
                    Figures.number(track.truePeakDbtp()),
                    track.flags().isEmpty() ? "sits with the others" : String.join("; ", track.flags()));
        }
        table.draw(canvas, 10f);
        charts.draw(canvas, "album-loudness");
        charts.draw(canvas, "album-balance");
    }

    static void release(PdfCanvas canvas, ReleasePreview release, PdfCharts charts) throws IOException {
        if (release == null || release.platforms().isEmpty()) {
            return;
        }
        canvas.ensure(200f);
        PdfReportWriter.heading(canvas, "On streaming platforms");
        canvas.paragraph("What each service's loudness normalisation does to this master. Targets marked "
                + "\u201creported\u201d are widely published but not on the service's own pages.",
                PdfCanvas.Style.REGULAR,
                9f, PdfCanvas.MUTED, 6f);
        PdfTable table = new PdfTable(List.of(new PdfTable.Column("PLATFORM", 2.2f, false),
                new PdfTable.Column("TARGET", 1f, true), new PdfTable.Column("GAIN (DB)", 1f, true),
                new PdfTable.Column("TP AFTER", 1f, true), new PdfTable.Column("PLAYS AT", 1f, true),
                new PdfTable.Column("WHAT HAPPENS", 3.6f, false)));
        for (ReleasePreview.Platform platform : release.platforms()) {
            table.row(platform.name(), ReleaseNotes.target(platform.name(), platform.targetLufs()),
                    Figures.signed(platform.gainDb()),
                    Figures.number(platform.resultingTruePeakDbtp()), Figures.number(platform.playbackLufs()),
                    (platform.limited() ? "Limited. " : "") + platform.note());
        }
        table.draw(canvas, 10f);
        charts.draw(canvas, "release-gains");
    }

    static void codec(PdfCanvas canvas, CodecPreview codec) throws IOException {
        if (codec == null || codec.results().isEmpty()) {
            return;
        }
        canvas.ensure(120f);
        PdfReportWriter.heading(canvas, "Through a lossy codec");
        canvas.paragraph("The master encoded and decoded in process. Overs are decoded samples above full scale, "
                + "which a player will clip.", PdfCanvas.Style.REGULAR, 9f, PdfCanvas.MUTED, 6f);
        PdfTable table = new PdfTable(List.of(new PdfTable.Column("CODEC", 2f, false),
                new PdfTable.Column("TP (DBTP)", 1f, true), new PdfTable.Column("OVERS", 1f, true),
                new PdfTable.Column("ABOVE 16 KHZ (DB)", 1.4f, true), new PdfTable.Column("CUT-OFF", 1.1f, true)));
        for (CodecPreview.Result result : codec.results()) {
            table.row(result.codec() + " " + result.bitrateKbps() + " kbit/s", Figures.number(result.truePeakDbtp()),
                    Long.toString(result.oversCount()), Figures.signed(result.highFrequencyLossDb()),
                    Figures.hertz(result.cutoffHz()));
        }
        table.draw(canvas, 10f);
    }

    static void blindTests(PdfCanvas canvas, List<BlindTestSummary> blindTests) throws IOException {
        if (blindTests.isEmpty()) {
            return;
        }
        canvas.ensure(120f);
        PdfReportWriter.heading(canvas, "Blind listening tests");
        PdfTable table = new PdfTable(List.of(new PdfTable.Column("SESSION", 2.4f, false),
                new PdfTable.Column("COMPARED", 2.2f, false), new PdfTable.Column("SCORE", 0.9f, true),
                new PdfTable.Column("P", 0.8f, true), new PdfTable.Column("VERDICT", 2.2f, false),
                new PdfTable.Column("LOG", 1f, false)));
        for (BlindTestSummary test : blindTests) {
            // Only a verified log's result is reported; an edited log's score could be anything.
            boolean verified = test.logVerified();
            table.row(test.protocol() + " by " + test.listener() + " (" + test.logFileName() + ")",
                    test.stimulusA() + " vs " + test.stimulusB(),
                    verified ? test.correct() + " / " + test.trials() : "withheld",
                    verified ? Figures.number(test.pValue(), 3) : "-",
                    verified ? test.verdict() : "No result: the log failed verification (changed after the session).",
                    verified ? "verified" : "NOT verified");
        }
        table.draw(canvas, 10f);
    }

    private static List<PdfTable.Column> bandColumns(String first) {
        List<PdfTable.Column> columns = new ArrayList<>();
        columns.add(new PdfTable.Column(first, 3f, false));
        for (Band band : Band.values()) {
            columns.add(new PdfTable.Column(BandNames.shortName(band).toUpperCase(Locale.ROOT), 1f, true));
        }
        return columns;
    }

    private static List<PdfTable.Cell> bandCells(String label, Map<Band, Double> deltasDb) {
        List<PdfTable.Cell> cells = new ArrayList<>();
        cells.add(PdfTable.Cell.of(label));
        for (Band band : Band.values()) {
            Double value = deltasDb.get(band);
            double deltaDb = value == null ? Double.NaN : value;
            cells.add(new PdfTable.Cell(Figures.signed(deltaDb), HeatColors.of(deltaDb), PdfCanvas.Style.REGULAR));
        }
        return cells;
    }
}
