package dev.earshot.cli;

import java.io.BufferedReader;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;

/** Creates the commands, handing the session commands the reader they take answers from. */
final class CommandFactory implements IFactory {
    private final BufferedReader answers;

    /** @param answers where {@code abx run} and {@code abx resume} read answers (standard input in the real tool) */
    CommandFactory(BufferedReader answers) {
        this.answers = answers;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == AbxRunCommand.class) {
            return type.cast(new AbxRunCommand(answers));
        }
        if (type == AbxResumeCommand.class) {
            return type.cast(new AbxResumeCommand(answers));
        }
        return CommandLine.defaultFactory().create(type);
    }
}
