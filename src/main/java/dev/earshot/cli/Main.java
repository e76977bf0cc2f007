package dev.earshot.cli;

import dev.earshot.dsp.DspRuntime;

/** Entry point of the {@code earshot} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DspRuntime.configureThreads(1);
        System.exit(EarshotCommand.run(args));
    }
}
