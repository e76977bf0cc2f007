package dev.earshot.ui.tools;

import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.measure.DuplexAudio;
import dev.earshot.measure.ExtractedResponse;
import dev.earshot.measure.IrAssembly;
import dev.earshot.measure.LevelCheck;
import dev.earshot.measure.LiveMeasurement;
import dev.earshot.measure.MeasurementRecord;
import dev.earshot.measure.Recordings;
import dev.earshot.measure.ResponseExtractor;
import dev.earshot.measure.SweepAverager;
import dev.earshot.measure.SweepFiles;
import dev.earshot.measure.SweepSettings;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A finished measurement of the wizard: the paths, the assembled impulse response and the record for the profile's
 * provenance. The two ways to get one run on the caller's (worker) thread and block.
 *
 * @param paths  {@code paths.get(speaker).get(microphone)}
 * @param ir     the assembled impulse response
 * @param record how it was measured
 */
public record Measurement(List<List<ExtractedResponse>> paths, ImpulseResponse ir, MeasurementRecord record) {

    /**
     * Level check, then the sweep on speaker 1 (and 2 if the output has two channels).
     *
     * @param stage     told what runs now
     * @param cancelled checked between the steps
     * @throws IOException naming the problem when the level is unusable or the devices fail
     */
    public static Measurement live(DuplexAudio io, SweepSettings settings, Consumer<String> stage,
                                   BooleanSupplier cancelled) throws IOException {
        stage.accept("Level check: a 1 kHz tone at " + Math.round(settings.levelDbfs()) + " dBFS…");
        LevelCheck.Result level = LevelCheck.run(io, settings.levelDbfs());
        if (level.clipping() || level.tooQuiet()) {
            throw new IOException(io.description() + ": level check failed: " + level.advice());
        }
        check(cancelled);
        stage.accept("Sweeping " + Math.round(settings.startHz()) + " Hz to " + Math.round(settings.endHz())
                + " Hz (" + level.advice() + ")…");
        int[] speakers = io.outputChannels() >= 2 ? new int[] {0, 1} : new int[] {0};
        LiveMeasurement.Result result = LiveMeasurement.run(io, settings, speakers);
        check(cancelled);
        stage.accept("Assembling the impulse response…");
        String sha = sha256(result.recordings());
        return of(result.paths(), settings, io.description(), sha);
    }

    /**
     * The response in a recording of the sweep file {@code sweepWav} (its settings come from the sidecar next to it).
     *
     * @throws IOException naming the file that cannot be read
     */
    public static Measurement fromFiles(Path sweepWav, Path recording, Consumer<String> stage,
                                        BooleanSupplier cancelled) throws IOException {
        stage.accept("Reading " + sweepWav.getFileName() + " and " + recording.getFileName() + "…");
        SweepSettings settings = SweepFiles.read(sweepWav);
        float[][] channels = Recordings.read(recording, settings.sampleRate());
        check(cancelled);
        stage.accept("Deconvolving " + recording.getFileName() + "…");
        List<ExtractedResponse> row = new ArrayList<>();
        for (float[] channel : channels) {
            row.add(ResponseExtractor.extract(SweepAverager.average(List.of(channel), settings), settings));
            check(cancelled);
        }
        String sha;
        try {
            sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(recording)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return of(List.of(List.copyOf(row)), settings, "recorded elsewhere, " + recording.getFileName(), sha);
    }

    private static Measurement of(List<List<ExtractedResponse>> paths, SweepSettings settings, String devices,
                                  String sha) {
        ImpulseResponse ir = IrAssembly.assemble(paths);
        double worstSnr = Double.POSITIVE_INFINITY;
        double drift = 0;
        int count = 0;
        for (List<ExtractedResponse> row : paths) {
            for (ExtractedResponse path : row) {
                worstSnr = Math.min(worstSnr, path.snrDb());
                if (Double.isFinite(path.driftPpm())) {
                    drift += path.driftPpm();
                    count++;
                }
            }
        }
        MeasurementRecord record = new MeasurementRecord(LocalDate.now(), devices, settings, worstSnr,
                count == 0 ? Double.NaN : drift / count, sha);
        return new Measurement(paths, ir, record);
    }

    /** The first path (speaker 1 to microphone 1), whose response and distortion the wizard plots. */
    public ExtractedResponse firstPath() {
        return paths.get(0).get(0);
    }

    private static void check(BooleanSupplier cancelled) throws IOException {
        if (cancelled.getAsBoolean()) {
            throw new InterruptedIOException("measurement cancelled");
        }
    }

    private static String sha256(List<float[][]> recordings) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (float[][] take : recordings) {
                for (float[] channel : take) {
                    ByteBuffer bytes = ByteBuffer.allocate(channel.length * Float.BYTES);
                    bytes.asFloatBuffer().put(channel);
                    digest.update(bytes);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
