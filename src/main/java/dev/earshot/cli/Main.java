package dev.earshot.cli;

import dev.earshot.dsp.DspRuntime;
import dev.earshot.ui.EarshotApp;
import java.io.PrintWriter;

/** Entry point of the {@code earshot} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        DspRuntime.configureThreads(1);
        if (args.length == 0) {
            // The desktop app: skip building the command line so that the window shows sooner.
            ProfileFolders folders = ProfileFolders.resolve(null);
            System.exit(EarshotApp.run(folders.profiles(), folders.impulseResponses(),
                    new PrintWriter(System.err, true)));
        }
        System.exit(EarshotCommand.run(args));
    }
}
