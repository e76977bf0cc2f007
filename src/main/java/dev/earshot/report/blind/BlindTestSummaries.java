package dev.earshot.report.blind;

import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogContents;
import dev.earshot.listen.SessionLogVerifier;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.listen.TestResult;
import dev.earshot.listen.VerificationReport;
import dev.earshot.report.model.BlindTestSummary;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Folds a blind-test session log into the report's {@link BlindTestSummary}: the log is verified
 * ({@link SessionLogVerifier}), the counts come from the verified footer and the p-value is recomputed from them
 * (one-sided exact binomial at the protocol's chance rate; two-sided for preference; none, NaN, for a sequential
 * design, where a fixed-n p-value is not valid). Stateless and thread-safe.
 */
public final class BlindTestSummaries {
    private BlindTestSummaries() {
    }

    /**
     * Reads, verifies and summarises {@code log}. A log that fails verification is still summarised, with
     * {@code logVerified} false, so the report can say so; the caller decides whether to show it.
     *
     * @throws IOException if the log cannot be read, has no readable header or has no footer (an unfinished session
     *                     has no result); the message names the file
     */
    public static BlindTestSummary fromLog(Path log) throws IOException {
        VerificationReport report = SessionLogVerifier.verify(log);
        SessionLogContents contents = SessionLogContents.read(log);
        SessionHeader header = contents.header();
        if (header == null) {
            throw new IOException(log.getFileName() + ": not a session log (" + report.summary() + ")");
        }
        if (contents.footer() == null) {
            throw new IOException(log.getFileName() + ": the session has not finished; it has no result yet");
        }
        int correct = contents.footer().result().correct();
        int trials = contents.footer().result().trials();
        return new BlindTestSummary(log.getFileName().toString(), protocolName(header.protocol()),
                header.listener(), describe(header.stimuli().get(0)), describe(header.stimuli().get(1)), trials,
                correct, pValue(header, correct, trials), contents.footer().result().verdict(), report.ok());
    }

    /** The p-value the report shows for {@code correct} of {@code trials}. */
    static double pValue(SessionHeader header, int correct, int trials) {
        if (header.design().sequential() || trials == 0) {
            return Double.NaN;
        }
        Protocol protocol = header.protocol();
        return protocol.isScored()
                ? TestResult.oneSided(correct, trials, protocol.chanceLevel().getAsDouble(), TestResult.DEFAULT_ALPHA)
                .pValue()
                : TestResult.preference(correct, trials, TestResult.DEFAULT_ALPHA).pValue();
    }

    /** The protocol's name for readers: ABX, Preference (A/B), Triangle, Same/different. */
    static String protocolName(Protocol protocol) {
        return switch (protocol) {
            case ABX -> "ABX";
            case PREFERENCE -> "Preference (A/B)";
            case TRIANGLE -> "Triangle";
            case SAME_DIFFERENT -> "Same/different";
        };
    }

    /** The stimulus's file name, and the profile it was heard through if any. */
    static String describe(StimulusInfo stimulus) {
        String path = stimulus.path().replace('\\', '/');
        String name = path.substring(path.lastIndexOf('/') + 1);
        return stimulus.profile() == null ? name : name + " through " + stimulus.profile();
    }
}
