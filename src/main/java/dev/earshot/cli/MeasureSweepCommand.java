package dev.earshot.cli;

import dev.earshot.measure.SweepFiles;
import dev.earshot.measure.SweepSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot measure sweep -o sweep.wav}: writes the measurement signal, its inverse and its settings. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write an exponential sine sweep (32-bit float WAV) to play on the device to measure, its "
                + "inverse filter (NAME.inverse.wav) and its settings (NAME.sweep.json, which 'extract' reads).",
            "Play it from a phone or any player when the device cannot be driven live; record at the listening "
                + "position and keep the recording lossless."})
final class MeasureSweepCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "SWEEP.wav", description = "The WAV to write.")
    private Path output;

    @Mixin
    private SweepOptions sweep;

    @Option(names = "--channel", paramLabel = "WHICH", defaultValue = "both",
            description = "both (default: a mono file, every speaker plays it), left or right (a stereo file with "
                    + "the sweep on that side only, to measure one speaker at a time from a player).")
    private String channel;

    @Override
    public Integer call() throws IOException {
        if (Files.isDirectory(output)) {
            throw new UserInputException(output + ": is a folder; give a file name for the sweep");
        }
        SweepSettings settings = sweep.settings();
        int side = switch (channel.toLowerCase(Locale.ROOT)) {
            case "both" -> SweepFiles.MONO;
            case "left" -> 0;
            case "right" -> 1;
            default -> throw new UserInputException("--channel must be both, left or right, not '" + channel + "'");
        };
        SweepFiles.write(output, settings, side);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "%s: %d sweep(s) of %.1f s, %.0f to %.0f Hz at %.1f dBFS, %d Hz, %.1f s in all%n",
                output, settings.repeats(), settings.sweepSeconds(), settings.startHz(), settings.endHz(),
                settings.levelDbfs(), settings.sampleRate(), settings.totalFrames() / (double) settings.sampleRate());
        out.printf("wrote %s, %s and %s%n", output, SweepFiles.inverseOf(output), SweepFiles.sidecarOf(output));
        out.flush();
        return 0;
    }
}
