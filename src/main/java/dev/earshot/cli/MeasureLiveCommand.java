package dev.earshot.cli;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.importer.Checksums;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.measure.DeviceUnavailableException;
import dev.earshot.measure.DuplexAudio;
import dev.earshot.measure.IrAssembly;
import dev.earshot.measure.JavaSoundDuplex;
import dev.earshot.measure.LevelCheck;
import dev.earshot.measure.LiveMeasurement;
import dev.earshot.measure.MeasurementRecord;
import dev.earshot.measure.SweepSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code earshot measure live}: plays the sweep and records it through this computer's audio devices. */
@Command(name = "live", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure through this computer's audio devices: a level check with a 1 kHz tone, then the "
                + "sweep on each speaker in turn while the microphone(s) record; ends in a new profile (provenance "
                + "'measured').",
            "Devices are chosen by part of their names. Without audio devices it stops and names what is missing."})
final class MeasureLiveCommand extends LibraryOption implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--out-device", required = true, paramLabel = "NAME", description = "The playback device.")
    private String outDevice;

    @Option(names = "--in-device", required = true, paramLabel = "NAME", description = "The recording device.")
    private String inDevice;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "The new profile's name.")
    private String name;

    @Option(names = "--category", required = true, paramLabel = "CAT", description = "${COMPLETION-CANDIDATES}.",
            converter = ProfilesCommand.CategoryConverter.class,
            completionCandidates = ProfilesCommand.CategoryNames.class)
    private ProfileCategory category;

    @Option(names = "--speakers", paramLabel = "N", defaultValue = "1",
            description = "1 (mono IR) or 2 (left then right: a stereo IR, true stereo with --mics 2).")
    private int speakers;

    @Option(names = "--mics", paramLabel = "N", defaultValue = "1", description = "Input channels to record, 1 or 2.")
    private int mics;

    @Option(names = "--recording", paramLabel = "FILE", defaultValue = "measurement-recording.wav",
            description = "Where the raw recording is kept (its SHA-256 goes into the profile).")
    private Path recording;

    @Mixin
    private SweepOptions sweep;

    @Override
    public Integer call() throws IOException {
        if (speakers < 1 || speakers > 2 || mics < 1 || mics > 2) {
            throw new UserInputException("--speakers and --mics take 1 or 2");
        }
        SweepSettings settings = sweep.settings();
        PrintWriter out = spec.commandLine().getOut();
        try (DuplexAudio io = JavaSoundDuplex.open(outDevice, inDevice, settings.sampleRate(), Math.max(2, speakers),
                mics)) {
            LevelCheck.Result level = LevelCheck.run(io, settings.levelDbfs());
            out.println("level check: " + level.advice());
            out.flush();
            if (level.clipping() || level.tooQuiet()) {
                throw new UserInputException("level check failed: " + level.advice());
            }
            LiveMeasurement.Result result = LiveMeasurement.run(io, settings,
                    speakers == 1 ? new int[] {0} : new int[] {0, 1});
            writeRecording(result);
            ImpulseResponse ir = IrAssembly.assemble(result.paths());
            MeasureReports.print(out, result.paths(), ir, null);
            MeasurementRecord record = new MeasurementRecord(LocalDate.now(), io.description(), settings,
                    MeasureReports.worstSnrDb(result.paths()), MeasureReports.meanDriftPpm(result.paths()),
                    Checksums.sha256(recording));
            MeasureReports.writeProfile(out, ir, name, category, record, folders());
        } catch (DeviceUnavailableException e) {
            throw new UserInputException(e.getMessage());
        }
        return 0;
    }

    /** The speakers' recordings back to back, one channel per microphone. */
    private void writeRecording(LiveMeasurement.Result result) throws IOException {
        try (WavWriter writer = WavWriter.create(recording, sweep.sampleRate, mics, WavSampleFormat.FLOAT32, 0)) {
            for (float[][] take : result.recordings()) {
                writer.write(take, take[0].length);
            }
            writer.commit();
        }
    }
}
