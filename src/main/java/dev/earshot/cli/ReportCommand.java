package dev.earshot.cli;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.report.ProfileInput;
import dev.earshot.report.ReportBuilder;
import dev.earshot.report.ReportCancellation;
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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot report MASTER [--reference F]... [--profile ID,...] [-o DIR] [--format json]}: the client report. */
@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Write a translation report: how the master sounds on every playback profile (loudness, "
                + "tonal balance, low end, vocal presence, mono fold, road-noise masking) and a ranked list of "
                + "findings in plain language, each with its number and the devices it affects.",
            "The master is analysed through every device in one streaming pass per device; no audio is written. "
                + "The report folder appears only when complete."})
final class ReportCommand implements Callable<Integer> {
    private static final long CLEAN_UP_SECONDS = 5;
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

    @Option(names = "--format", split = ",", paramLabel = "FORMAT", defaultValue = "json",
            description = "Output formats, comma-separated (default: ${DEFAULT-VALUE}; known: json).")
    private List<String> formats;

    @Option(names = "--threads", paramLabel = "N", description = "Passes run at once (default: cores).")
    private Integer threads;

    @Option(names = "--library", paramLabel = "DIR",
            description = "Folder holding playback-profiles/ and impulse-responses/ (default: Earshot's own).")
    private Path library;

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
        int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (poolSize < 1) {
            throw new UserInputException("--threads " + poolSize + ": must be 1 or more");
        }
        List<ProfileInput> profiles = selectProfiles(err);
        Path folder = outputDir != null ? outputDir
                : ReportFolder.defaultFolder(Path.of("reports"), master, LocalDateTime.now());
        if (!album.isEmpty()) {
            err.println("earshot: --album: the album comparison is not part of this build yet; the tracks are "
                    + "listed with their hashes in the report's inputs");
        }
        ReportRequest request = new ReportRequest(master, profiles, references, album, title, client, version(),
                poolSize);
        ReportCancellation cancellation = new ReportCancellation();
        CountDownLatch finished = new CountDownLatch(1);
        // Ctrl-C: stop the passes and let the temporary report folder be removed before the JVM goes.
        Thread onInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                finished.await(CLEAN_UP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "earshot-report-cancel");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        ReportDocument document;
        try {
            try (TerminalProgress progress = TerminalProgress.onStderr("Analysing " + profiles.size()
                    + " profiles")) {
                document = new ReportBuilder().build(request, progress, cancellation);
            }
            ReportFolder.write(document, writers, folder, cancellation);
        } finally {
            finished.countDown();
        }
        Runtime.getRuntime().removeShutdownHook(onInterrupt);
        print(out, document, folder, writers);
        return 0;
    }

    private List<ProfileInput> selectProfiles(PrintWriter err) {
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

    private static String version() {
        return new VersionProvider().getVersion()[0].replaceFirst("^Earshot ", "");
    }

    private static void print(PrintWriter out, ReportDocument document, Path folder,
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
