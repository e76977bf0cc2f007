package dev.earshot.cli;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.report.BlindTestLogs;
import dev.earshot.report.ProfileInput;
import dev.earshot.report.ReportFolder;
import dev.earshot.report.ReportFormatWriter;
import dev.earshot.report.ReportFormats;
import dev.earshot.report.ReportRequest;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code earshot report MASTER [--reference F]... [--album F]... [--abx LOG]... [--profile ID,...] [-o DIR]
 * [--format html,pdf,json] [--no-codec]}: the client report.
 */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a translation report: how the master sounds on every playback profile (loudness, "
                + "tonal balance, low end, vocal presence, mono fold, road-noise masking) and a ranked list of "
                + "findings in plain language, each with its number and the devices it affects; with the "
                + "streaming-platform preview, the MP3 codec preview and, when given, the album and blind-test "
                + "sections.",
            "Writes index.html, report.pdf and report.json. The master is analysed through every device in one "
                + "streaming pass per device; no audio is written. The report folder appears only when complete."})
final class ReportCommand implements Callable<Integer> {
    private static final int FINDINGS_SHOWN = 8;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MASTER", description = "The master (WAV, AIFF, FLAC, MP3).")
    private Path master;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "A released track to compare the tonal balance with (repeatable).")
    private List<Path> references = new ArrayList<>();

    @Option(names = "--album", paramLabel = "FILE",
            description = "Another track of the EP or album, for the album consistency section (repeatable).")
    private List<Path> album = new ArrayList<>();

    @Option(names = "--profile", split = ",", paramLabel = "ID",
            description = "Profiles to report on, by id (comma-separated or repeated; default: every valid profile).")
    private List<String> profileIds;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Report folder (default: reports/<master name>-<yyyyMMdd-HHmmss>).")
    private Path outputDir;

    @Option(names = "--title", paramLabel = "TEXT", description = "Report title (default: the master's file name).")
    private String title;

    @Option(names = "--client", paramLabel = "NAME", description = "Client name shown on the report.")
    private String client;

    @Option(names = "--abx", paramLabel = "LOG",
            description = "A blind-test session log (from 'earshot abx run') to include, verified (repeatable).")
    private List<Path> abxLogs = new ArrayList<>();

    @Option(names = "--no-codec", description = "Skip the MP3 codec preview (128 and 320 kbit/s).")
    private boolean noCodec;

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "html,pdf,json",
            description = "Output formats, comma-separated (default: ${DEFAULT-VALUE}; known: html, pdf, json).")
    private List<String> formats;

    @Option(names = "--threads", paramLabel = "N", description = "Passes run at once (default: cores).")
    private Integer threads;

    @Mixin
    private LibraryOption library = new LibraryOption();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ReportFormatWriter> writers;
        try {
            writers = ReportFormats.standard().select(formats);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        requireFile(master, "");
        for (Path reference : references) {
            requireFile(reference, "--reference ");
        }
        for (Path track : album) {
            requireFile(track, "--album ");
        }
        for (Path log : abxLogs) {
            requireFile(log, "--abx ");
        }
        BlindTestLogs blindTests;
        try {
            blindTests = BlindTestLogs.read(abxLogs);
        } catch (IOException e) {
            throw new UserInputException("--abx " + e.getMessage());
        }
        for (var session : blindTests.summaries()) {
            if (!session.logVerified()) {
                err.println("earshot: warning: --abx " + session.logFileName() + ": the log failed verification "
                        + "(changed after the session); the report includes it marked as not verified");
            }
        }
        int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (poolSize < 1) {
            throw new UserInputException("--threads " + poolSize + ": must be 1 or more");
        }
        List<ProfileInput> profiles = profiles(library.path(), profileIds, err);
        Path folder = outputDir != null ? outputDir
                : ReportFolder.defaultFolder(Path.of("reports"), master, LocalDateTime.now());
        ReportRequest request = new ReportRequest(master, profiles, references, album, title, client, version(),
                poolSize);
        ReportDocument document = ReportRun.run(request, writers, !noCodec, blindTests, folder);
        print(out, document, folder, writers);
        return 0;
    }

    /** The profiles {@code ids} names in the library (every valid one for null or empty); problems go to err. */
    static List<ProfileInput> profiles(Path library, List<String> profileIds, PrintWriter err) {
        ProfileFolders folders = ProfileFolders.resolve(library);
        ProfileLibrary loaded = ProfileLibrary.load(folders.profiles(), folders.impulseResponses());
        for (String problem : loaded.problems()) {
            err.println("earshot: skipping a profile: " + problem);
        }
        List<ProfileInput> inputs = new ArrayList<>();
        if (profileIds == null || profileIds.isEmpty()) {
            for (PlaybackProfile p : loaded.profiles()) {
                inputs.add(new ProfileInput(p, loaded.irPath(p)));
            }
        } else {
            for (String id : profileIds) {
                Optional<PlaybackProfile> p = loaded.find(id.strip());
                if (p.isEmpty()) {
                    throw new UserInputException("--profile " + id + ": no such profile in " + folders.profiles()
                            + " (see 'earshot profiles list')");
                }
                inputs.add(new ProfileInput(p.get(), loaded.irPath(p.get())));
            }
        }
        if (inputs.isEmpty()) {
            throw new UserInputException("no valid profiles in " + folders.profiles());
        }
        return inputs;
    }

    private static void requireFile(Path file, String option) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException(option + file + ": no such file");
        }
    }

    static String version() {
        return new VersionProvider().getVersion()[0].replaceFirst("^Earshot ", "");
    }

    static void print(PrintWriter out, ReportDocument document, Path folder,
                              List<ReportFormatWriter> writers) {
        var loudness = document.master().loudness();
        out.printf(Locale.ROOT, "%s: %.1f LUFS integrated, %.1f dBTP true peak, %d profiles%n",
                document.master().fileName(), loudness.integratedLufs(), loudness.truePeakDbtp(),
                document.profiles().size());
        List<Finding> findings = document.findings();
        out.println(findings.isEmpty() ? "No findings." : "Findings (" + findings.size() + "):");
        for (int i = 0; i < Math.min(FINDINGS_SHOWN, findings.size()); i++) {
            Finding f = findings.get(i);
            out.printf(Locale.ROOT, "  %-6s %s%n", f.severity(), f.headline());
        }
        if (findings.size() > FINDINGS_SHOWN) {
            out.println("  ... and " + (findings.size() - FINDINGS_SHOWN) + " more in the report");
        }
        for (ReportFormatWriter writer : writers) {
            out.println("Wrote " + folder.resolve(writer.fileName()));
        }
        out.flush();
    }
}
