package dev.earshot.device.importer;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileValidator;
import dev.earshot.device.Provenance;
import dev.earshot.dsp.MagnitudeCurve;
import dev.earshot.dsp.MinimumPhase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Creates a playback profile (JSON file plus impulse response WAV) from a measurement: a WAV, AIFF or FLAC impulse
 * response, a REW impulse response or frequency response text export, or an AutoEq CSV, optionally made relative to a
 * target curve.
 *
 * <p>Magnitude-only inputs are normalised to 0 dB at 1 kHz, held flat outside their measured range with short fades
 * at the edges ({@link EdgeHeldResponse}) and turned into a {@value #MAGNITUDE_IR_FRAMES}-frame minimum-phase IR at
 * 48 kHz. Impulse responses are trimmed, resampled to 48 kHz and normalised as {@link ImpulseResponseConditioner}
 * describes. Either way the IR is written as 32-bit float at 48 kHz, and the provenance notes record what was done.
 *
 * <p>The import never overwrites: an existing profile or IR file with the new id is an error. If anything fails,
 * nothing is left on disk (the IR is written first, atomically, and deleted again if the profile file cannot be
 * written). Two imports racing for the same id in the same folders are not guarded against. Thread-safe: no mutable
 * state; runs on the caller's thread (seconds for long IRs: run it off the EDT).
 */
public final class ProfileImporter {
    /** Length of IRs designed from magnitude-only inputs: 0.68 s at 48 kHz, long enough for narrow bass modes. */
    public static final int MAGNITUDE_IR_FRAMES = 32_768;
    /** Rate of every imported IR, in Hz. */
    public static final int SAMPLE_RATE = ImpulseResponseConditioner.SAMPLE_RATE;

    private final Clock clock;

    /** @param clock gives the import date recorded in the provenance (in the clock's zone) */
    public ProfileImporter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports {@code source} as a new profile named {@code name}.
     *
     * @param source      the measurement; its format is detected from its content ({@link ImportFormat#detect})
     * @param name        the profile's name; its id (and file names) are its kebab-case form
     * @param category    the profile's category
     * @param targetCsv   an AutoEq-format target curve to subtract (measurement − target), or null; only for
     *                    magnitude-only inputs
     * @param profilesDir the existing profile folder ({@code playback-profiles/})
     * @param irDir       the existing impulse-response folder ({@code impulse-responses/})
     * @throws ImportException whose one-line message names the file (and line) and the problem, for bad input, an
     *                         unusable name, an id that is already taken or a missing folder; nothing is created
     * @throws IOException     if reading or writing fails; nothing is left behind
     */
    public ImportResult importFile(Path source, String name, ProfileCategory category, Path targetCsv,
                                   Path profilesDir, Path irDir) throws ImportException, IOException {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(category, "category");
        String sourceName = TextFile.fileName(source);
        String id = idOf(name);
        requireFolder(profilesDir, "profile");
        requireFolder(irDir, "impulse-response");
        Path jsonFile = profilesDir.resolve(id + ProfileCodec.SUFFIX);
        Path irFile = irDir.resolve(id + ".wav");
        refuseExisting(jsonFile, id);
        refuseExisting(irFile, id);

        ImportFormat format = ImportFormat.detect(source);
        if (targetCsv != null && !format.magnitudeOnly()) {
            throw ImportException.inFile(sourceName, "is a " + format.label() + "; a target curve applies only to "
                    + "frequency responses (REW frequency response exports and AutoEq CSVs)");
        }
        Built built = build(source, sourceName, format, targetCsv);
        String targetNote = targetCsv == null ? "" : " minus target " + TextFile.fileName(targetCsv);
        Provenance provenance = new Provenance(Provenance.Kind.IMPORTED, "imported from " + sourceName + " ("
                + format.label() + ")" + targetNote, built.notes() + targetChecksum(targetCsv),
                Checksums.sha256(source), LocalDate.now(clock));
        PlaybackProfile profile = profile(id, name, category, sourceName, format, irFile, provenance);

        writeImpulseResponse(irFile, built.channels());
        try {
            List<String> problems = ProfileValidator.validate(profile, irDir);
            if (!problems.isEmpty()) {
                throw ImportException.inFile(sourceName, "the imported impulse response is not usable: "
                        + problems.get(0));
            }
            ProfileCodec.writeFile(profile, profilesDir);
        } catch (ImportException | IOException | RuntimeException e) {
            Files.deleteIfExists(irFile);
            throw e;
        }
        String summary = "Imported " + sourceName + " (" + format.label() + targetNote + ", " + built.detail()
                + ") as profile '" + id + "': wrote " + jsonFile.getFileName() + " and " + irFile.getFileName();
        return new ImportResult(profile, jsonFile, irFile, summary);
    }

    /** The IR channels at 48 kHz, notes for the provenance and a short description of what was read. */
    private record Built(float[][] channels, String notes, String detail) {
    }

    private static Built build(Path source, String sourceName, ImportFormat format, Path targetCsv)
            throws ImportException, IOException {
        return switch (format) {
            case WAV_IMPULSE_RESPONSE, AIFF_IMPULSE_RESPONSE, FLAC_IMPULSE_RESPONSE ->
                    fromImpulseResponse(sourceName, WavImpulseResponseReader.read(source));
            case REW_IMPULSE_RESPONSE -> fromImpulseResponse(sourceName, RewImpulseResponseParser.parse(source));
            case REW_FREQUENCY_RESPONSE -> fromMagnitude(RewFrequencyResponseParser.parse(source), targetCsv);
            case AUTOEQ_CSV -> fromMagnitude(AutoEqCsvParser.parse(source), targetCsv);
        };
    }

    private static Built fromImpulseResponse(String sourceName, MeasuredImpulseResponse measured)
            throws ImportException {
        ImpulseResponseConditioner.Conditioned ir = ImpulseResponseConditioner.condition(sourceName, measured);
        String detail = measured.channels().length + " channel" + (measured.channels().length == 1 ? "" : "s")
                + ", " + ir.channels()[0].length + " frames at " + SAMPLE_RATE + " Hz";
        return new Built(ir.channels(), ir.notes(), detail);
    }

    private static Built fromMagnitude(MeasuredCurve measured, Path targetCsv) throws ImportException, IOException {
        MagnitudeCurve curve = measured.curve();
        String targetNote = "";
        if (targetCsv != null) {
            MeasuredCurve target = AutoEqCsvParser.parse(targetCsv);
            curve = AutoEqCsvParser.relativeTo(curve, target.curve());
            targetNote = " Target " + TextFile.fileName(targetCsv) + " (also 0 dB at 1 kHz) subtracted, interpolated "
                    + "in log-frequency at the measurement's frequencies.";
        }
        float[] ir = MinimumPhase.fromMagnitude(new EdgeHeldResponse(curve), SAMPLE_RATE, MAGNITUDE_IR_FRAMES);
        String range = Numbers.hz(measured.lowestHz()) + " to " + Numbers.hz(measured.highestHz());
        String notes = "Magnitude only (any phase column ignored), " + measured.points() + " points from " + range
                + ", normalised to 0 dB at 1 kHz (the file's level there: "
                + String.format(Locale.ROOT, "%.1f", measured.levelAt1kHzDb()) + " dB)." + targetNote
                + " Made minimum phase at " + SAMPLE_RATE + " Hz, " + MAGNITUDE_IR_FRAMES
                + " frames; held flat outside the measured range, fading over the outermost 1/6 octave at each edge.";
        return new Built(new float[][] {ir}, notes, measured.points() + " points, " + range + ", minimum-phase IR of "
                + MAGNITUDE_IR_FRAMES + " frames at " + SAMPLE_RATE + " Hz");
    }

    private static String targetChecksum(Path targetCsv) throws IOException {
        return targetCsv == null ? "" : " Target SHA-256 " + Checksums.sha256(targetCsv) + ".";
    }

    private static PlaybackProfile profile(String id, String name, ProfileCategory category, String sourceName,
                                           ImportFormat format, Path irFile, Provenance provenance)
            throws ImportException {
        try {
            return new PlaybackProfile(id, name.strip(), category, "Imported from " + sourceName + " ("
                    + format.label() + ").", irFile.getFileName().toString(),
                    PlaybackProfile.REFERENCE_LEVEL_DB_SPL, List.of(), null, provenance);
        } catch (IllegalArgumentException e) {
            throw new ImportException("profile '" + id + "': " + e.getMessage(), e);
        }
    }

    private static String idOf(String name) throws ImportException {
        if (name == null || name.isBlank()) {
            throw new ImportException("the profile name is empty; give a name such as \"My car\"");
        }
        String id = ProfileIds.fromName(name);
        if (id.isEmpty()) {
            throw new ImportException("the profile name '" + name + "' has no letters or digits (a-z, 0-9) to make "
                    + "an id from");
        }
        return id;
    }

    private static void requireFolder(Path dir, String what) throws ImportException {
        if (!Files.isDirectory(Objects.requireNonNull(dir, what + " folder"))) {
            throw new ImportException("the " + what + " folder " + dir + " does not exist");
        }
    }

    private static void refuseExisting(Path file, String id) throws ImportException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new ImportException(file.getFileName() + ": already exists; a profile with the id '" + id
                    + "' is in the library, so choose another name (imports never overwrite)");
        }
    }

    private static void writeImpulseResponse(Path irFile, float[][] channels) throws IOException {
        try (WavWriter writer = WavWriter.create(irFile, SAMPLE_RATE, channels.length, WavSampleFormat.FLOAT32, 0)) {
            writer.write(channels, channels[0].length);
            writer.commit();
        }
    }
}
