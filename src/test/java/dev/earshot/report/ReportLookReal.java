package dev.earshot.report;

import dev.earshot.audio.ProgressListener;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.report.html.HtmlReportWriter;
import dev.earshot.report.json.JsonReportWriter;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.pdf.PdfReportWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a real report of a master through every profile of the repository's library, for a human to look at:
 * {@code java ... dev.earshot.report.ReportLookReal MASTER.wav [FOLDER]} (default /tmp/report-look-real), run from
 * the repository root. Not a test.
 */
public final class ReportLookReal {

    private ReportLookReal() {
    }

    public static void main(String[] args) throws Exception {
        Path master = Path.of(args[0]);
        Path folder = Files.createDirectories(Path.of(args.length > 1 ? args[1] : "/tmp/report-look-real"));
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        library.problems().forEach(problem -> System.err.println("profile problem: " + problem));
        List<ProfileInput> profiles = new ArrayList<>();
        for (PlaybackProfile profile : library.profiles()) {
            profiles.add(new ProfileInput(profile, library.irPath(profile)));
        }
        ReportRequest request = new ReportRequest(master, profiles, List.of(), List.of(), "Demo master",
                "Look test", "0.1.0", 2);
        ReportDocument document = new ReportBuilder().build(request, ProgressListener.NONE,
                new ReportCancellation());
        for (ReportFormatWriter writer : new ReportFormatWriter[] {new JsonReportWriter(), new HtmlReportWriter(),
            new PdfReportWriter()}) {
            writer.write(document, folder);
        }
        System.out.println("wrote " + folder + " (" + profiles.size() + " profiles)");
    }
}
