package dev.earshot.cli;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.device.ProfileValidator;
import dev.earshot.device.generator.ProfileLibraryGenerator;
import dev.earshot.device.importer.ImportException;
import dev.earshot.device.importer.ImportResult;
import dev.earshot.device.importer.ProfileImporter;
import dev.earshot.dsp.FrequencyResponse;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code earshot profiles list|show|validate|generate}: the playback-profile library. */
@Command(name = "profiles", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List, inspect, validate and regenerate playback profiles.",
        subcommands = {ProfilesCommand.ListProfiles.class, ProfilesCommand.Show.class, ProfilesCommand.Validate.class,
            ProfilesCommand.Generate.class, ProfilesCommand.Import.class})
final class ProfilesCommand implements Callable<Integer> {
    private static final double[] SHOWN_FREQUENCIES_HZ = {31.5, 63, 125, 250, 500, 1000, 2000, 4000, 8000, 16000};

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return ErrorHandler.EXIT_BAD_INPUT;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print a table of the profiles: id, category, provenance and description.")
    static final class ListProfiles extends LibraryOption implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ProfileFolders folders = folders();
            ProfileLibrary library = ProfileLibrary.load(folders.profiles(), folders.impulseResponses());
            out.printf(Locale.ROOT, "%-30s %-17s %-9s %s%n", "ID", "CATEGORY", "KIND", "DESCRIPTION");
            for (PlaybackProfile p : library.profiles()) {
                out.printf(Locale.ROOT, "%-30s %-17s %-9s %s%n", p.id(), p.category().jsonName(),
                        p.provenance().kind().name().toLowerCase(Locale.ROOT), p.description());
            }
            out.printf(Locale.ROOT, "%d profiles in %s%n", library.profiles().size(), folders.profiles());
            out.flush();
            return reportProblems(spec, library.problems());
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print one profile and its impulse response's gain at a few frequencies.")
    static final class Show extends LibraryOption implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The profile's id.")
        private String id;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ProfileFolders folders = folders();
            ProfileLibrary library = ProfileLibrary.load(folders.profiles(), folders.impulseResponses());
            PlaybackProfile profile = library.find(id).orElseThrow(() -> new UserInputException(
                    id + ": no such profile in " + folders.profiles() + " (see 'earshot profiles list')"));
            out.println(ProfileCodec.write(profile));
            ImpulseResponse ir = IrFiles.load(library.irPath(profile), 48_000);
            out.printf(Locale.ROOT, "Impulse response: %s, %d channel(s), %.3f s at %d Hz%n",
                    profile.impulseResponse(), ir.channelCount(), ir.lengthFrames() / (double) ir.sampleRate(),
                    ir.sampleRate());
            out.print("Gain re 1 kHz (dB):");
            for (double f : SHOWN_FREQUENCIES_HZ) {
                out.printf(Locale.ROOT, "%8s", f >= 1000 ? (int) (f / 1000) + "k" : trim(f));
            }
            out.println();
            for (int c = 0; c < ir.channelCount(); c++) {
                float[] channel = ir.channel(c);
                double reference = FrequencyResponse.gainDbAt(channel, ir.sampleRate(), 1000);
                out.printf(Locale.ROOT, "  %-17s", channelName(ir, c));
                for (double f : SHOWN_FREQUENCIES_HZ) {
                    out.printf(Locale.ROOT, "%8.1f", FrequencyResponse.gainDbAt(channel, ir.sampleRate(), f)
                            - reference);
                }
                out.println();
            }
            out.flush();
            return 0;
        }

        private static String trim(double f) {
            return f == Math.rint(f) ? Integer.toString((int) f) : Double.toString(f);
        }

        private static String channelName(ImpulseResponse ir, int c) {
            return switch (ir.layout()) {
                case MONO -> "mono";
                case STEREO -> c == 0 ? "left" : "right";
                case TRUE_STEREO -> new String[] {"left to left", "left to right", "right to left",
                    "right to right"}[c];
            };
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Check every profile: schema, impulse-response file, channels, length and gain.")
    static final class Validate implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "DIR", arity = "0..1",
                description = "Folder holding playback-profiles/ and impulse-responses/ (default: Earshot's own).")
        private Path root;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            ProfileFolders folders = ProfileFolders.resolve(root);
            if (!Files.isDirectory(folders.profiles())) {
                throw new UserInputException(folders.profiles() + ": no such folder");
            }
            ProfileLibrary library = ProfileLibrary.load(folders.profiles(), folders.impulseResponses());
            int problems = library.problems().size();
            for (PlaybackProfile p : library.profiles()) {
                List<String> found = ProfileValidator.validate(p, folders.impulseResponses());
                problems += found.size();
                for (String problem : found) {
                    spec.commandLine().getErr().println("earshot: " + problem);
                }
            }
            for (String problem : library.problems()) {
                spec.commandLine().getErr().println("earshot: " + problem);
            }
            spec.commandLine().getErr().flush();
            out.printf(Locale.ROOT, "%d profiles checked, %d problem(s)%n",
                    library.profiles().size() + library.problems().size(), problems);
            out.flush();
            return problems == 0 ? 0 : ErrorHandler.EXIT_BAD_INPUT;
        }
    }

    @Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Rewrite the shipped (modeled) profiles and their impulse responses from the generators.")
    static final class Generate extends LibraryOption implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            ProfileFolders folders = folders();
            Files.createDirectories(folders.profiles());
            Files.createDirectories(folders.impulseResponses());
            int count = ProfileLibraryGenerator.writeAll(folders.profiles(), folders.impulseResponses());
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %d profiles to %s and their impulse responses "
                    + "to %s%n", count, folders.profiles(), folders.impulseResponses());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = {"Create a profile (JSON + impulse response, provenance 'imported') from a measurement: a "
                    + "WAV, AIFF or FLAC impulse response (1, 2 or 4 channels), a REW impulse-response or "
                    + "frequency-response text export, or an AutoEq-style CSV (frequency,raw).",
                "Magnitude-only measurements become minimum-phase impulse responses at 48 kHz; with --target the "
                    + "device is taken relative to that target curve. An existing profile is never overwritten."})
    static final class Import extends LibraryOption implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The measurement to import.")
        private Path source;

        @Option(names = "--name", required = true, paramLabel = "NAME",
                description = "The profile's name; its id is the name in kebab-case.")
        private String name;

        @Option(names = "--category", required = true, paramLabel = "CAT",
                description = "One of: ${COMPLETION-CANDIDATES}.", converter = CategoryConverter.class,
                completionCandidates = CategoryNames.class)
        private ProfileCategory category;

        @Option(names = "--target", paramLabel = "TARGET.csv",
                description = "A target curve (frequency,raw) to subtract from a magnitude measurement.")
        private Path target;

        @Override
        public Integer call() throws IOException {
            ProfileFolders folders = folders();
            ImportResult result;
            try {
                result = new ProfileImporter(Clock.systemDefaultZone()).importFile(source, name, category, target,
                        folders.profiles(), folders.impulseResponses());
            } catch (ImportException e) {
                throw new UserInputException(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(result.summary());
            out.printf(Locale.ROOT, "wrote %s and %s%n", result.jsonFile(), result.irFile());
            out.flush();
            return 0;
        }
    }

    /** Parses a category by its JSON name ("car", "smart-speaker", ...). */
    static final class CategoryConverter implements ITypeConverter<ProfileCategory> {
        @Override
        public ProfileCategory convert(String value) {
            try {
                return ProfileCategory.fromJson(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The category names, for the help text. */
    static final class CategoryNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(ProfileCategory.values()).map(ProfileCategory::jsonName).iterator();
        }
    }

    static int reportProblems(CommandSpec spec, List<String> problems) {
        for (String problem : problems) {
            spec.commandLine().getErr().println("earshot: skipped: " + problem);
        }
        spec.commandLine().getErr().flush();
        return 0;
    }
}
