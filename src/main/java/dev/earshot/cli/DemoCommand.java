package dev.earshot.cli;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.dsp.demo.DemoMaster;
import dev.earshot.dsp.demo.DemoSong;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot demo [-o DIR]}: writes the built-in demo master. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the built-in demo master, demo-master.wav (stereo, 48 kHz, 24-bit).",
            "It is a short generated song with the problems Earshot exists to catch: a 42 Hz kick that vanishes on "
                + "small speakers, an out-of-phase pad that collapses in mono, a harsh 3 kHz vocal resonance, and a "
                + "loud (about -9 LUFS) limited master bus."})
final class DemoCommand implements Callable<Integer> {
    static final String FILE_NAME = "demo-master.wav";

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write " + FILE_NAME + " into (created if missing; default: current folder).")
    private Path folder;

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default: the fixed demo seed).")
    private Long seed;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = write(folder, seed == null ? DemoMaster.DEFAULT_SEED : seed);
        out.print(InfoCommand.scan(file, spec.commandLine().getErr()).toText());
        out.flush();
        return 0;
    }

    /** Generates the demo master and writes it to {@code folder}/demo-master.wav; returns the file. */
    static Path write(Path folder, long seed) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UserInputException(folder + ": is a file, not a folder");
        }
        Files.createDirectories(folder);
        Path file = folder.resolve(FILE_NAME);
        DemoSong demo = DemoMaster.generate(seed);
        try (AudioSource source = demo.openSource();
             WavWriter writer = WavWriter.create(file, demo.sampleRate(), demo.channels(), WavSampleFormat.PCM24,
                     seed)) {
            int blockFrames = 65_536;
            float[][] block = new float[demo.channels()][blockFrames];
            int n;
            while ((n = source.read(block, blockFrames)) > 0) {
                writer.write(block, n);
            }
            writer.commit();
        }
        return file;
    }
}
