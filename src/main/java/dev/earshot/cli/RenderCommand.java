package dev.earshot.cli;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.render.ProfileRenderer;
import dev.earshot.render.RenderOutcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot render MASTER --profile ID[,ID...] | --all [-o DIR]}: the master as each device plays it. */
@Command(name = "render", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Render a master through playback profiles (impulse response plus the device's non-linear "
                + "stages, road noise and listening level) to one WAV per profile, named after the profile.",
            "Every render is level-matched to one integrated loudness (the master's, at most -16 LUFS to leave "
                + "headroom for devices that lift the bass) unless --no-level-match is given, so the files differ in "
                + "tone, not level; the studio-monitors profile gives the master itself at that level.",
            "Profiles render in parallel; 'earshot profiles list' shows what there is."})
final class RenderCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MASTER", description = "The master (WAV, AIFF, FLAC, MP3).")
    private Path master;

    @ArgGroup(multiplicity = "1")
    private Selection selection;

    static final class Selection {
        @Option(names = "--profile", split = ",", paramLabel = "ID", required = true,
                description = "Profiles to render, by id (comma-separated or repeated).")
        List<String> ids;

        @Option(names = "--all", required = true, description = "Render every valid profile.")
        boolean all;
    }

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder for the renders (default: <master name>-renders in the current folder).")
    private Path outputDir;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "pcm24",
            description = "pcm24 (default: TPDF-dithered 24-bit) or float32 (keeps overs).")
    private String format;

    @Option(names = "--no-level-match", negatable = false,
            description = "Write each device's raw output instead of matching the master's integrated loudness "
                    + "(bass-heavy devices may clip a 24-bit file: use --format float32).")
    private boolean noLevelMatch;

    @Option(names = "--match-lufs", paramLabel = "LUFS",
            description = "Integrated loudness to match every render to (default: the master's, but at most -16).")
    private Double matchLufs;

    @Option(names = "--threads", paramLabel = "N", description = "Profiles rendered at once (default: cores).")
    private Integer threads;

    @Mixin
    private LibraryOption library = new LibraryOption();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        WavSampleFormat sampleFormat = OutputFormats.parse(format);
        if (!Files.isRegularFile(master)) {
            throw new UserInputException(master + ": no such file");
        }
        ProfileFolders folders = library.folders();
        ProfileLibrary profiles = ProfileLibrary.load(folders.profiles(), folders.impulseResponses());
        for (String problem : profiles.problems()) {
            err.println("earshot: skipping a profile: " + problem);
        }
        List<ProfileRenderer.Job> jobs = new ArrayList<>();
        if (selection.all) {
            for (PlaybackProfile p : profiles.profiles()) {
                jobs.add(new ProfileRenderer.Job(p, profiles.irPath(p)));
            }
        } else {
            for (String id : selection.ids) {
                Optional<PlaybackProfile> p = profiles.find(id.strip());
                if (p.isEmpty()) {
                    throw new UserInputException("--profile " + id + ": no such profile in " + folders.profiles()
                            + " (see 'earshot profiles list')");
                }
                jobs.add(new ProfileRenderer.Job(p.get(), profiles.irPath(p.get())));
            }
        }
        if (jobs.isEmpty()) {
            throw new UserInputException("no valid profiles in " + folders.profiles());
        }
        Path folder = outputDir != null ? outputDir
                : Path.of(stripExtension(master.getFileName().toString()) + "-renders");
        int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (poolSize < 1) {
            throw new UserInputException("--threads " + poolSize + ": must be 1 or more");
        }
        ProfileRenderer.Result result;
        ProfileRenderer.Cancellation cancellation = new ProfileRenderer.Cancellation();
        // Ctrl-C: stop the renders and let them remove their temporary files before the JVM goes.
        InterruptCleanUp onInterrupt = InterruptCleanUp.register(cancellation::cancel, "earshot-render-cancel");
        try (TerminalProgress progress = TerminalProgress.onStderr("Rendering " + jobs.size() + " profiles")) {
            result = ProfileRenderer.renderAll(master, jobs, folder, new ProfileRenderer.Settings(sampleFormat,
                    !noLevelMatch, matchLufs == null ? Double.NaN : matchLufs, poolSize), progress, cancellation);
        } finally {
            onInterrupt.finished();
        }
        onInterrupt.unregister();
        List<RenderOutcome> outcomes = result.outcomes();
        out.println("Renders in " + folder.toAbsolutePath().normalize());
        if (Double.isFinite(result.matchedLufs())) {
            out.printf(Locale.ROOT, "level-matched to %.1f LUFS integrated (the master measures %.1f LUFS)%n",
                    result.matchedLufs(), result.masterLufs());
        }
        int nameWidth = 0;
        for (RenderOutcome o : outcomes) {
            nameWidth = Math.max(nameWidth, o.succeeded() ? o.output().getFileName().toString().length() : 0);
        }
        int failed = 0;
        for (RenderOutcome o : outcomes) {
            if (o.succeeded()) {
                out.printf(Locale.ROOT, "  %-" + nameWidth + "s  %speak %6.2f dBFS%s%n", o.output().getFileName(),
                        noLevelMatch ? "" : String.format(Locale.ROOT, "gain %+5.1f dB  ", o.matchGainDb()),
                        o.peakDbfs(), o.clippedFrames() > 0 ? "  (" + o.clippedFrames()
                                + " frames clipped; use --format float32)" : "");
            } else {
                failed++;
                err.println("earshot: " + o.profileId() + ": " + o.problem());
            }
        }
        out.flush();
        err.flush();
        return failed == 0 ? 0 : ErrorHandler.EXIT_FAILED;
    }

    private static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
