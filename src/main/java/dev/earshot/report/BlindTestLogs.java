package dev.earshot.report;

import dev.earshot.report.blind.BlindTestSummaries;
import dev.earshot.report.model.BlindTestSummary;
import dev.earshot.report.model.ReportMeta;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Blind-test session logs read and verified for a report, with their input-file entries (role {@code abx-log},
 * SHA-256 of the log's bytes). Immutable.
 *
 * @param summaries one per log, in the order given; a log that failed verification has {@code logVerified} false
 * @param inputs    the logs as report inputs
 */
public record BlindTestLogs(List<BlindTestSummary> summaries, List<ReportMeta.InputFile> inputs) {
    /** No blind tests. */
    public static final BlindTestLogs NONE = new BlindTestLogs(List.of(), List.of());

    public BlindTestLogs {
        summaries = List.copyOf(summaries);
        inputs = List.copyOf(inputs);
    }

    /**
     * Reads and verifies every log.
     *
     * @throws IOException if a log cannot be read, is not a session log or is unfinished; the message names it
     */
    public static BlindTestLogs read(List<Path> logs) throws IOException {
        List<BlindTestSummary> summaries = new ArrayList<>();
        List<ReportMeta.InputFile> inputs = new ArrayList<>();
        for (Path log : logs) {
            summaries.add(BlindTestSummaries.fromLog(log));
            inputs.add(new ReportMeta.InputFile("abx-log", log.getFileName().toString(),
                    InputFileDescriber.sha256(log), Double.NaN, 0, 0));
        }
        return new BlindTestLogs(summaries, inputs);
    }
}
