package dev.earshot.cli;

import dev.earshot.audio.ProgressListener;
import dev.earshot.report.BlindTestLogs;
import dev.earshot.report.ReportBuilder;
import dev.earshot.report.ReportCancellation;
import dev.earshot.report.ReportFolder;
import dev.earshot.report.ReportFormatWriter;
import dev.earshot.report.ReportRequest;
import dev.earshot.report.StandardReportExtension;
import dev.earshot.report.findings.FindingRules;
import dev.earshot.report.model.ReportDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a report with the standard extension and writes its folder, with a progress bar per stage on the terminal
 * and Ctrl-C handling (the passes stop and the temporary folder is removed). Shared by {@code report} and
 * {@code demo}.
 */
final class ReportRun {
    private static final double PASSES_SHARE = 0.9;

    private ReportRun() {
    }

    /**
     * @param request    what to cover
     * @param writers    the formats to write
     * @param withCodec  whether to run the MP3 codec preview
     * @param blindTests blind-test logs, already read
     * @param folder     the report folder to create (must not exist)
     * @return the document written
     * @throws IOException if an input cannot be read or the folder cannot be written; nothing is left behind
     */
    static ReportDocument run(ReportRequest request, List<ReportFormatWriter> writers, boolean withCodec,
                              BlindTestLogs blindTests, Path folder) throws IOException {
        ReportCancellation cancellation = new ReportCancellation();
        // Ctrl-C: stop the passes and let the temporary report folder be removed before the JVM goes.
        InterruptCleanUp onInterrupt = InterruptCleanUp.register(cancellation::cancel, "earshot-report-cancel");
        ReportDocument document;
        try (StagedProgress stages = new StagedProgress()) {
            StandardReportExtension extension = StandardReportExtension.start(request, withCodec, blindTests,
                    stages::stage, cancellation);
            try {
                ProgressListener passes = stages.stage("Analysing " + request.profiles().size() + " profiles");
                document = new ReportBuilder(extension, FindingRules.standard(), Clock.systemUTC()).build(request,
                        fraction -> passes.progress(Math.min(1, fraction / PASSES_SHARE)), cancellation);
            } catch (IOException | RuntimeException e) {
                cancellation.cancel();
                extension.abandon();
                throw e;
            }
            ReportFolder.write(document, withProgress(writers, stages.stage("Writing " + names(writers))),
                    folder, cancellation);
        } finally {
            onInterrupt.finished();
        }
        onInterrupt.unregister();
        return document;
    }

    private static String names(List<ReportFormatWriter> writers) {
        List<String> names = new ArrayList<>();
        for (ReportFormatWriter writer : writers) {
            names.add(writer.fileName());
        }
        return String.join(", ", names);
    }

    /** The writers, each telling {@code progress} when it has finished. */
    private static List<ReportFormatWriter> withProgress(List<ReportFormatWriter> writers,
                                                         ProgressListener progress) {
        List<ReportFormatWriter> wrapped = new ArrayList<>();
        for (int i = 0; i < writers.size(); i++) {
            ReportFormatWriter writer = writers.get(i);
            double done = (i + 1.0) / writers.size();
            wrapped.add(new ReportFormatWriter() {
                @Override
                public String format() {
                    return writer.format();
                }

                @Override
                public String fileName() {
                    return writer.fileName();
                }

                @Override
                public void write(ReportDocument document, Path folder) throws IOException {
                    writer.write(document, folder);
                    progress.progress(done);
                }
            });
        }
        return wrapped;
    }
}
