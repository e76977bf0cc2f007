package dev.earshot.cli;

import dev.earshot.listen.SessionLogVerifier;
import dev.earshot.listen.SignatureCheck;
import dev.earshot.listen.SigningKeys;
import dev.earshot.listen.VerificationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot abx ...}: blind-test sessions. */
@Command(name = "abx", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Blind listening tests (ABX, preference, triangle, same/different).",
            "'run' and 'resume' play through the default audio output; --no-audio answers without sound."},
        subcommands = {AbxRunCommand.class, AbxResumeCommand.class, AbxCommand.Verify.class})
final class AbxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ErrorHandler.EXIT_BAD_INPUT;
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Check a session log: the hash chain of every line, the seed against its commitment, "
                    + "every trial's hidden assignment and score against the schedule re-derived from the seed, "
                    + "the result's counts, the footer's Ed25519 signature when the session was signed (and by which "
                    + "key), and the stimuli's SHA-256 when the files are present.",
                "Prints OK, or each altered line with what is wrong; exit 2 when anything was altered."})
    static final class Verify implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "LOG", description = "The session log (JSON Lines).")
        private Path log;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(log)) {
                throw new UserInputException(log + ": no such file");
            }
            VerificationReport report = SessionLogVerifier.verify(log);
            PrintWriter out = spec.commandLine().getOut();
            out.println(log + ": " + report.summary());
            out.println("  signature: " + report.signature().describe() + ownership(report.signature()));
            for (String note : report.notes()) {
                out.println("  note: " + note);
            }
            if (report.ok()) {
                out.println(report.finished() ? "  finished, " + report.completedTrials() + " trials"
                        : "  not finished: " + report.completedTrials() + " trials so far");
            }
            out.flush();
            return report.ok() ? 0 : ErrorHandler.EXIT_BAD_INPUT;
        }

        /** Whether the signing key is the one in this user's configuration folder (never creates one). */
        private static String ownership(SignatureCheck check) throws IOException {
            if (check.fingerprint() == null) {
                return "";
            }
            KeyPair own = SigningKeys.loadIfPresent(SigningKeys.configFolder());
            if (own == null) {
                return "";
            }
            return check.fingerprint().equals(SigningKeys.fingerprint(own.getPublic())) ? " (your key)"
                    : " (not your key " + SigningKeys.fingerprint(own.getPublic()) + ")";
        }
    }
}
