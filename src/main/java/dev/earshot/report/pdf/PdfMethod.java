package dev.earshot.report.pdf;

import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import dev.earshot.report.text.Figures;
import dev.earshot.report.text.MethodText;

import java.io.IOException;
import java.util.List;

/** The method appendix: terms, how the simulation works, profile provenance, input files with their hashes. */
final class PdfMethod {

    private PdfMethod() {
    }

    static void method(PdfCanvas canvas, ReportDocument document) throws IOException {
        canvas.newPage();
        PdfReportWriter.heading(canvas, "Method");
        PdfReportWriter.subheading(canvas, "What the figures mean");
        for (MethodText.Term term : MethodText.terms()) {
            canvas.ensure(34f);
            canvas.paragraph(term.term(), PdfCanvas.Style.BOLD, 9.5f, PdfCanvas.INK, 0f);
            canvas.paragraph(term.explanation(), PdfCanvas.Style.REGULAR, 9.5f, PdfCanvas.INK, 5f);
        }
        PdfReportWriter.subheading(canvas, "How the simulation works");
        for (String paragraph : MethodText.simulation()) {
            canvas.paragraph(paragraph, PdfCanvas.Style.REGULAR, 9.5f, PdfCanvas.INK, 5f);
        }
        if (!document.profiles().isEmpty()) {
            canvas.ensure(80f);
            PdfReportWriter.subheading(canvas, "Where the profiles come from");
            canvas.paragraph(MethodText.provenanceKinds(), PdfCanvas.Style.REGULAR, 8.5f, PdfCanvas.MUTED, 4f);
            PdfTable table = new PdfTable(List.of(new PdfTable.Column("PROFILE", 2.2f, false),
                    new PdfTable.Column("KIND", 1f, false), new PdfTable.Column("SOURCE", 4.5f, false)));
            for (ProfileSection profile : document.profiles()) {
                table.row(profile.profileName(), profile.provenanceKind(), profile.provenanceSource());
            }
            table.draw(canvas, 10f);
        }
        canvas.ensure(80f);
        PdfReportWriter.subheading(canvas, "Input files");
        canvas.paragraph("SHA-256 of every file the report was computed from, so it can be reproduced and checked.",
                PdfCanvas.Style.REGULAR, 8.5f, PdfCanvas.MUTED, 4f);
        PdfTable table = new PdfTable(List.of(new PdfTable.Column("ROLE", 1.7f, false),
                new PdfTable.Column("FILE", 2.6f, false), new PdfTable.Column("FORMAT", 1.8f, false),
                new PdfTable.Column("SHA-256", 3.6f, false)));
        for (ReportMeta.InputFile input : document.meta().inputs()) {
            table.row(input.role(), input.fileName(), input.sampleRate() > 0 ? input.sampleRate() + " Hz, "
                    + input.channels() + " ch, " + Figures.duration(input.durationSeconds()) : "", input.sha256());
        }
        table.draw(canvas, 10f);
    }
}
