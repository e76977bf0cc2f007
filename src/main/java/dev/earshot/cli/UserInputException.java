package dev.earshot.cli;

/** Bad input from the user (a missing file, an option that makes no sense); reported in one line, exit code 2. */
final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UserInputException(String message) {
        super(message);
    }
}
