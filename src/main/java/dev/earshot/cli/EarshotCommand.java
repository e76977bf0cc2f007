package dev.earshot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code earshot} command. */
@Command(name = "earshot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Hear and measure how a master translates to consumer playback systems.")
public final class EarshotCommand implements Runnable {

    /** Runs the command line and returns the process exit code (0 ok, 1 failed run, 2 bad usage or input). */
    static int run(String... args) {
        CommandLine cli = new CommandLine(new EarshotCommand());
        return cli.execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
