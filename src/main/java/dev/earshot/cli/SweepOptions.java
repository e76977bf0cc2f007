package dev.earshot.cli;

import dev.earshot.measure.SweepSettings;
import picocli.CommandLine.Option;

/** The sweep settings shared by {@code measure sweep} and {@code measure live}. */
final class SweepOptions {
    @Option(names = "--from", paramLabel = "HZ", defaultValue = "20", description = "Start frequency (default 20 Hz).")
    double fromHz;

    @Option(names = "--to", paramLabel = "HZ", defaultValue = "20000",
            description = "End frequency (default 20000 Hz, at most half the rate).")
    double toHz;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
            description = "Duration of each sweep (default 10 s; longer gives more signal-to-noise).")
    double seconds;

    @Option(names = "--level", paramLabel = "DBFS", defaultValue = "-6", description = "Peak level (default -6 dBFS).")
    double levelDbfs;

    @Option(names = "--repeats", paramLabel = "N", defaultValue = "2",
            description = "Sweeps in a row (default 2): two or more let clock drift be measured and are averaged.")
    int repeats;

    @Option(names = "--rate", paramLabel = "HZ", defaultValue = "48000", description = "Sample rate (default 48000).")
    int sampleRate;

    @Option(names = "--tail", paramLabel = "S", defaultValue = "2",
            description = "Silence after each sweep for the decay and the latency (default 2 s).")
    double tailSeconds;

    /** @throws IllegalArgumentException naming the setting out of range (the CLI reports it as bad input) */
    SweepSettings settings() {
        return SweepSettings.of(sampleRate, fromHz, toHz, seconds, levelDbfs).withRepeats(repeats)
                .withSilences(0.5, tailSeconds);
    }
}
