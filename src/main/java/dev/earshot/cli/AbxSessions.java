package dev.earshot.cli;

import dev.earshot.listen.AudioTrials;
import dev.earshot.listen.Power;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.SessionOutcome;
import dev.earshot.listen.SessionRunner;
import dev.earshot.listen.SigningKeys;
import dev.earshot.listen.TestResult;
import dev.earshot.listen.TrialPlayback;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Locale;

/** What {@code abx run} and {@code abx resume} share: the no-audio check, running the session, the result text. */
final class AbxSessions {
    /** Exit code when the input ended before the session did (the session stays resumable). */
    static final int EXIT_INPUT_ENDED = 1;


    private AbxSessions() {
    }

    /**
     * The user's signing key pair from {@link SigningKeys#configFolder()}; with {@code create} a new pair is made
     * (and announced) when there is none, otherwise a missing pair is a usage error.
     */
    static KeyPair signingKeys(boolean create, PrintWriter out) throws IOException {
        Path folder = SigningKeys.configFolder();
        KeyPair keys = SigningKeys.loadIfPresent(folder);
        if (keys == null) {
            if (!create) {
                throw new UserInputException(folder.resolve(SigningKeys.PRIVATE_KEY_FILE) + ": no signing key; a "
                        + "signed session continues only with the key it was started with");
            }
            keys = SigningKeys.loadOrCreate(folder);
            out.println("Created your signing key in " + folder + " (keep " + SigningKeys.PRIVATE_KEY_FILE
                    + " private).");
        }
        out.println("Signing with key " + SigningKeys.fingerprint(keys.getPublic()) + ".");
        return keys;
    }

    /** Runs the session to its end or until the listener stops, prints the result or how to resume. */
    static int run(SessionLogWriter writer, Path log, int trainingTrials, BufferedReader in, PrintWriter out)
            throws IOException {
        return run(writer, log, trainingTrials, in, out, null);
    }

    /** As {@link #run(SessionLogWriter, Path, int, BufferedReader, PrintWriter)}, playing through {@code audio}. */
    static int run(SessionLogWriter writer, Path log, int trainingTrials, BufferedReader in, PrintWriter out,
                   AudioTrials audio) throws IOException {
        TerminalAnswers answers = new TerminalAnswers(in, out, audio);
        SessionOutcome outcome;
        try {
            outcome = new SessionRunner(writer, answers, trainingTrials, Clock.systemUTC(),
                    audio != null ? audio : TrialPlayback.NONE).run();
        } finally {
            writer.close();
            if (audio != null) {
                audio.close();
            }
        }
        if (!outcome.finished()) {
            out.println((answers.inputEnded() ? "Input ended" : "Stopped") + " after " + outcome.completedTrials()
                    + " scored trials; every answer is saved in " + log + ".");
            out.println("Continue with: earshot abx resume " + log + (audio != null ? "" : " --no-audio"));
            out.flush();
            return answers.inputEnded() ? EXIT_INPUT_ENDED : 0;
        }
        printResult(writer.header(), outcome, out);
        out.println("Log: " + log + "   (check it with: earshot abx verify " + log + ")");
        out.flush();
        return 0;
    }

    static void printResult(SessionHeader header, SessionOutcome outcome, PrintWriter out) {
        TestResult result = outcome.result();
        out.println();
        out.println("Result: " + result.correct() + " of " + result.trials()
                + (header.protocol().isScored() ? " correct" : " trials preferred A"));
        if (outcome.decision() != null) {
            out.println("  Sequential test (SPRT): " + outcome.decision().name().toLowerCase(Locale.ROOT)
                    + "; no p-value is given because a fixed-n p-value is not valid after sequential stopping");
        } else {
            out.println(String.format(Locale.ROOT, "  p-value: %.4f (%s exact binomial)", result.pValue(),
                    header.protocol().isScored() ? "one-sided" : "two-sided"));
        }
        out.println("  Rate of " + (header.protocol().isScored() ? "right answers" : "picking A") + ": "
                + result.interval().describePercent());
        if (outcome.decision() == null && header.protocol().isScored()) {
            out.println("  " + Power.describe(result));
        }
        out.println("Verdict: " + outcome.verdict());
    }
}
