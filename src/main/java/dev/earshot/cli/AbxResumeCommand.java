package dev.earshot.cli;

import dev.earshot.listen.AudioTrials;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogReader;
import dev.earshot.listen.SessionLogWriter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot abx resume LOG --no-audio}: continues a stopped or crashed session at its next trial. */
@Command(name = "resume", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Continue a session that was stopped (q), interrupted or crashed, at its next trial; every "
                + "completed trial stays as it is. Needs the log's .seed file next to it.",
            "Plays through the default audio output as 'abx run' does; --no-audio answers without sound."})
final class AbxResumeCommand implements Callable<Integer> {
    private final BufferedReader in;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "LOG", description = "The unfinished session log.")
    private Path log;

    @Option(names = "--no-audio", description = "Take answers without playing anything (for scripts and tests).")
    private boolean noAudio;

    @Option(names = "--null-audio", hidden = true, description = "Play into a null output (tests).")
    private boolean nullAudio;

    AbxResumeCommand(BufferedReader in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(log)) {
            throw new UserInputException(log + ": no such file");
        }
        PrintWriter out = spec.commandLine().getOut();
        SessionHeader header = SessionLogReader.resumeState(log).header();
        AudioTrials audio = null;
        if (noAudio) {
            out.println("No audio: nothing is played; answers come from the input, one per line.");
        } else {
            audio = AbxAudio.forHeader(header, log.toAbsolutePath().getParent(), nullAudio, out);
        }
        SessionLogWriter writer;
        try {
            writer = SessionLogWriter.resume(log, header.signed() ? AbxSessions.signingKeys(false, out) : null);
        } catch (IOException | RuntimeException e) {
            if (audio != null) {
                audio.close();
            }
            throw e;
        }
        out.println("Resuming " + log + " after " + writer.completedTrials() + " scored trials.");
        out.flush();
        return AbxSessions.run(writer, log, 0, in, out, audio);
    }
}
