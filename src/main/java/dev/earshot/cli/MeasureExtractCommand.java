package dev.earshot.cli;

import dev.earshot.device.ProfileCategory;
import dev.earshot.device.importer.Checksums;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.measure.ExtractedResponse;
import dev.earshot.measure.IrAssembly;
import dev.earshot.measure.MeasurementRecord;
import dev.earshot.measure.Recordings;
import dev.earshot.measure.ResponseExtractor;
import dev.earshot.measure.SweepAverager;
import dev.earshot.measure.SweepFiles;
import dev.earshot.measure.SweepSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot measure extract RECORDING... --sweep sweep.wav -o ir.wav}: a recorded sweep to an IR. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Turn recordings of a sweep into an impulse response: deconvolve, correct clock drift, average "
                + "the sweeps, separate the harmonic distortion, trim and fade where the response meets the noise.",
            "Several RECORDINGs of the same speaker are averaged. Recordings with --right (the right speaker, "
                + "recorded after the left) make a stereo IR; two-channel recordings (two microphones) with --right "
                + "make a true-stereo IR. With --profile-name the IR also becomes a profile (provenance 'measured')."})
final class MeasureExtractCommand extends LibraryOption implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "RECORDING", arity = "1..*",
            description = "Recordings of the (left) speaker: WAV, AIFF or FLAC, 1 or 2 microphone channels.")
    private List<Path> recordings;

    @Option(names = "--right", paramLabel = "RECORDING", description = "Recordings of the right speaker.")
    private List<Path> rightRecordings = new ArrayList<>();

    @Option(names = "--sweep", required = true, paramLabel = "SWEEP.wav",
            description = "The sweep that was played; its settings are read from SWEEP.sweep.json beside it.")
    private Path sweep;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "IR.wav",
            description = "The impulse response to write (32-bit float; a wire is 0 dB at 1 kHz).")
    private Path output;

    @Option(names = "--profile-name", paramLabel = "NAME", description = "Also create a profile with this name.")
    private String profileName;

    @Option(names = "--category", paramLabel = "CAT", description = "The profile's category: "
            + "${COMPLETION-CANDIDATES}.", converter = ProfilesCommand.CategoryConverter.class,
            completionCandidates = ProfilesCommand.CategoryNames.class)
    private ProfileCategory category;

    @Option(names = "--devices", paramLabel = "TEXT",
            description = "What was measured with what, for the profile's provenance.")
    private String devices;

    @Override
    public Integer call() throws IOException {
        if (profileName != null && category == null) {
            throw new UserInputException("--profile-name needs --category (one of "
                    + ProfileCategory.allJsonNames() + ")");
        }
        SweepSettings settings = SweepFiles.read(sweep);
        List<List<ExtractedResponse>> paths = new ArrayList<>();
        paths.add(extract(recordings, settings));
        if (!rightRecordings.isEmpty()) {
            paths.add(extract(rightRecordings, settings));
        }
        ImpulseResponse ir = IrAssembly.assemble(paths);
        MeasureReports.writeIr(output, ir);
        MeasureReports.print(spec.commandLine().getOut(), paths, ir, output);
        if (profileName != null) {
            String what = devices != null ? devices : "recorded elsewhere, " + recordings.get(0).getFileName();
            MeasurementRecord record = new MeasurementRecord(LocalDate.now(), what, settings,
                    MeasureReports.worstSnrDb(paths), MeasureReports.meanDriftPpm(paths),
                    Checksums.sha256(recordings.get(0)));
            ProfileFolders folders = folders();
            MeasureReports.writeProfile(spec.commandLine().getOut(), ir, profileName, category, record, folders);
        }
        return 0;
    }

    /** One path per microphone channel, averaging the takes. */
    private static List<ExtractedResponse> extract(List<Path> files, SweepSettings settings) throws IOException {
        List<float[][]> takes = new ArrayList<>();
        for (Path file : files) {
            float[][] take = Recordings.read(file, settings.sampleRate());
            if (!takes.isEmpty() && take.length != takes.get(0).length) {
                throw new UserInputException(file + ": has " + take.length + " channels but "
                        + files.get(0).getFileName() + " has " + takes.get(0).length + "; takes must match");
            }
            takes.add(take);
        }
        List<ExtractedResponse> row = new ArrayList<>();
        for (int m = 0; m < takes.get(0).length; m++) {
            List<float[]> channel = new ArrayList<>();
            for (float[][] take : takes) {
                channel.add(take[m]);
            }
            row.add(ResponseExtractor.extract(SweepAverager.average(channel, settings), settings));
        }
        return row;
    }
}
