package dev.earshot.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code earshot measure sweep|extract|live}: measure a real playback system with an exponential sine sweep. */
@Command(name = "measure", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure your own devices (a car, earbuds on a coupler, a soundbar) with an exponential sine "
                + "sweep and turn the result into a playback profile.",
            "'sweep' writes the test signal to play from any device, 'extract' turns a recording of it into an "
                + "impulse response (and a profile), 'live' plays and records through this computer's devices."},
        subcommands = {MeasureSweepCommand.class, MeasureExtractCommand.class, MeasureLiveCommand.class})
final class MeasureCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ErrorHandler.EXIT_BAD_INPUT;
    }
}
