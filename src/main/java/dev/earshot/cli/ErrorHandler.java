package dev.earshot.cli;

import dev.earshot.audio.AudioFileException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one readable line on stderr and an exit code: 2 for bad usage or bad input (a damaged
 * or unsupported file, a missing file, an invalid option value), 1 for a run that failed for another reason. A stack
 * trace is printed only when the environment variable {@code EARSHOT_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_FAILED = 1;
    static final int EXIT_BAD_INPUT = 2;

    private final boolean debug;

    ErrorHandler(boolean debug) {
        this.debug = debug;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Throwable problem = ex instanceof UncheckedIOException u ? u.getCause() : ex;
        err.println("earshot: " + describe(problem));
        if (debug) {
            problem.printStackTrace(err);
        }
        err.flush();
        return exitCodeOf(problem);
    }

    static int exitCodeOf(Throwable problem) {
        if (problem instanceof AudioFileException || problem instanceof UserInputException
                || problem instanceof IllegalArgumentException || problem instanceof NoSuchFileException
                || problem instanceof AccessDeniedException) {
            return EXIT_BAD_INPUT;
        }
        return EXIT_FAILED;
    }

    static String describe(Throwable problem) {
        if (problem instanceof NoSuchFileException e) {
            return e.getFile() + ": no such file";
        }
        if (problem instanceof AccessDeniedException e) {
            return e.getFile() + ": permission denied";
        }
        if (problem instanceof FileSystemException e) {
            String reason = e.getReason() == null ? "file system error" : e.getReason();
            return e.getFile() + ": " + reason;
        }
        if (problem instanceof OutOfMemoryError) {
            return "out of memory (raise the Java heap with EARSHOT_JAVA_OPTS=-Xmx4g)";
        }
        String message = problem.getMessage();
        if (problem instanceof IOException || problem instanceof UserInputException
                || problem instanceof IllegalArgumentException) {
            return message == null ? problem.getClass().getSimpleName() : message;
        }
        return "internal error: " + problem.getClass().getSimpleName()
                + (message == null ? "" : ": " + message)
                + " (please report it; set EARSHOT_DEBUG=1 for details)";
    }
}
