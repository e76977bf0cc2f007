package dev.earshot.cli;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.dsp.demo.DemoMaster;
import dev.earshot.dsp.demo.DemoSong;
import dev.earshot.report.BlindTestLogs;
import dev.earshot.report.ProfileInput;
import dev.earshot.report.ReportFormatWriter;
import dev.earshot.report.ReportFormats;
import dev.earshot.report.ReportRequest;
import dev.earshot.report.model.ReportDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot demo [-o DIR] [--no-report]}: writes the built-in demo master and its translation report. */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write the built-in demo master, demo-master.wav (stereo, 48 kHz, 24-bit), and its translation "
                + "report (every profile; HTML, PDF and JSON) in demo-report/ beside it.",
            "It is a short generated song with the problems Earshot exists to catch: a 42 Hz kick that vanishes on "
                + "small speakers, an out-of-phase pad that collapses in mono, a harsh 3 kHz vocal resonance, and a "
                + "loud (about -9 LUFS) limited master bus."})
final class DemoCommand implements Callable<Integer> {
    static final String FILE_NAME = "demo-master.wav";
    static final String REPORT_FOLDER = "demo-report";
    private static final Set<String> REPORT_ENTRIES = Set.of("index.html", "report.pdf", "report.json", "report.schema.json", "charts");

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write " + FILE_NAME + " into (created if missing; default: current folder).")
    private Path folder;

    @Option(names = "--seed", paramLabel = "N", description = "Generator seed (default: the fixed demo seed).")
    private Long seed;

    @Option(names = "--no-report", description = "Write only the master, not its report.")
    private boolean noReport;

    @Option(names = "--library", paramLabel = "DIR",
            description = "Folder holding playback-profiles/ and impulse-responses/ for the report (default: "
                    + "Earshot's own).")
    private Path library;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path file = write(folder, seed == null ? DemoMaster.DEFAULT_SEED : seed);
        out.print(InfoCommand.scan(file, spec.commandLine().getErr()).toText());
        out.flush();
        if (!noReport) {
            Path reportFolder = folder.resolve(REPORT_FOLDER);
            clearPreviousReport(reportFolder);
            List<ProfileInput> profiles = ReportCommand.profiles(library, null, spec.commandLine().getErr());
            ReportRequest request = new ReportRequest(file, profiles, List.of(), List.of(), "Earshot demo master",
                    null, ReportCommand.version(), Runtime.getRuntime().availableProcessors());
            List<ReportFormatWriter> writers = ReportFormats.standard().select(ReportFormats.standard().names());
            ReportDocument document = ReportRun.run(request, writers, true, BlindTestLogs.NONE, reportFolder);
            ReportCommand.print(out, document, reportFolder, writers);
        }
        return 0;
    }

    /** Removes the report an earlier {@code earshot demo} wrote there; refuses a folder holding anything else. */
    private static void clearPreviousReport(Path reportFolder) throws IOException {
        if (!Files.isDirectory(reportFolder)) {
            return;
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(reportFolder)) {
            entries = listed.toList();
        }
        for (Path entry : entries) {
            if (!REPORT_ENTRIES.contains(entry.getFileName().toString())) {
                throw new UserInputException(reportFolder + ": holds " + entry.getFileName()
                        + ", which an earlier demo report did not write; move it away or use --no-report");
            }
        }
        try (Stream<Path> walk = Files.walk(reportFolder)) {
            for (Path entry : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(entry);
            }
        }
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
