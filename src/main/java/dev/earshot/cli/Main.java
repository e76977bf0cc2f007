package dev.earshot.cli;

/** Entry point of the {@code earshot} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(EarshotCommand.run(args));
    }
}
