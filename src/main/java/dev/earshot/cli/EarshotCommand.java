package dev.earshot.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code earshot} command. Without a subcommand it prints the help and writes the demo master (the
 * desktop app will take this place once it exists).
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

    @Override
    public Integer call() throws Exception {
        CommandLine cli = spec.commandLine();
        cli.usage(cli.getOut());
        PrintWriter out = cli.getOut();
        out.println();
        out.println("The desktop app is not built yet. Writing the demo master so you have something to try:");
        out.flush();
        Path file = DemoCommand.write(Path.of("."), dev.earshot.dsp.demo.DemoMaster.DEFAULT_SEED);
        out.print(InfoCommand.scan(file, spec.commandLine().getErr()).toText());
        out.println();
        out.println("Next: earshot loudness " + file + "   (or: earshot convolve " + file + " IR.wav -o out.wav)");
        out.flush();
        return 0;
    }
}
