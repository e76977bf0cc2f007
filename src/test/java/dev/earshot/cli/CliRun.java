package dev.earshot.cli;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code earshot} command line in the test's JVM, with its exit code and captured output. */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code args} with no answers on the input. */
    static CliRun of(String... args) {
        return withAnswers("", args);
    }

    /** Runs {@code args}; blind-test sessions read their answers, one per line, from {@code answers}. */
    static CliRun withAnswers(String answers, String... args) {
        return withAnswers(new BufferedReader(new StringReader(answers)), args);
    }

    /** Runs {@code args}; blind-test sessions read their answers from {@code answers}. */
    static CliRun withAnswers(BufferedReader answers, String... args) {
        CommandLine cli = EarshotCommand.commandLine(answers);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
