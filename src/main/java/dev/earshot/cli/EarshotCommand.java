package dev.earshot.cli;

import dev.earshot.ui.EarshotApp;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code earshot} command. Without a subcommand it opens the desktop app; with no display it says so
 * and exits with 2.
 */
@Command(name = "earshot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Hear and measure how a master translates to consumer playback systems.",
        subcommands = {InfoCommand.class, LoudnessCommand.class, RenderCommand.class, ReportCommand.class,
            ProfilesCommand.class, AbxCommand.class, ConvolveCommand.class, MeasureCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the run failed", "2:bad usage or bad input (damaged or unsupported file)"})
public final class EarshotCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Runs the command line and returns the process exit code (0 ok, 1 failed run, 2 bad usage or input). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line (used by tests to capture output). */
    static CommandLine commandLine() {
        return commandLine(new BufferedReader(new InputStreamReader(System.in, Charset.defaultCharset())));
    }

    /** The configured command line whose blind-test sessions read their answers from {@code answers}. */
    static CommandLine commandLine(BufferedReader answers) {
        CommandLine cli = new CommandLine(new EarshotCommand(), new CommandFactory(answers));
        cli.setExecutionExceptionHandler(new ErrorHandler(System.getenv("EARSHOT_DEBUG") != null));
        cli.setParameterExceptionHandler((ex, args) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("earshot: " + ex.getMessage());
            err.println("Run '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ErrorHandler.EXIT_BAD_INPUT;
        });
        return cli;
    }

    /** No subcommand: opens the desktop app (blocks until its window closes), or says there is no display. */
    @Override
    public Integer call() {
        ProfileFolders folders = ProfileFolders.resolve(null);
        return EarshotApp.run(folders.profiles(), folders.impulseResponses(), spec.commandLine().getErr());
    }
}
