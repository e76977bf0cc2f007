package dev.earshot.report;

import dev.earshot.report.html.HtmlReportWriter;
import dev.earshot.report.pdf.PdfReportWriter;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the fixture reports for a human to look at: {@code java ... dev.earshot.report.ReportLook [FOLDER]} (default
 * /tmp/report-look). Not a test; run it by hand, then convert the PDF pages to PNG and view them.
 */
public final class ReportLook {

    private ReportLook() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/report-look");
        Path full = Files.createDirectories(folder.resolve("full"));
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Path many = Files.createDirectories(folder.resolve("many"));
        for (ReportFormatWriter writer : writers()) {
            writer.write(ReportDocumentFixtures.full(), full);
            writer.write(ReportDocumentFixtures.withoutOptionalSections(), empty);
            writer.write(ReportDocumentFixtures.silentWithManyProfiles(), many);
        }
        System.out.println("wrote " + full + ", " + empty + " and " + many);
    }

    private static ReportFormatWriter[] writers() {
        return new ReportFormatWriter[] {new HtmlReportWriter(), new PdfReportWriter()};
    }
}
