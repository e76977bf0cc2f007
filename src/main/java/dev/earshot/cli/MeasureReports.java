package dev.earshot.cli;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.ProfileCategory;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.measure.ExtractedResponse;
import dev.earshot.measure.MeasuredProfileWriter;
import dev.earshot.measure.MeasurementRecord;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What {@code measure extract} and {@code measure live} print and write. */
final class MeasureReports {
    private static final double[] THD_AT_HZ = {100, 1000, 10_000};

    private MeasureReports() {
    }

    static void writeIr(Path file, ImpulseResponse ir) throws IOException {
        float[][] channels = new float[ir.channelCount()][];
        for (int c = 0; c < channels.length; c++) {
            channels[c] = ir.channel(c);
        }
        try (WavWriter writer = WavWriter.create(file, ir.sampleRate(), channels.length, WavSampleFormat.FLOAT32,
                0)) {
            writer.write(channels, ir.lengthFrames());
            writer.commit();
        }
    }

    /** One line per path (SNR, latency, drift, THD at 100 Hz, 1 kHz, 10 kHz), then the IR ({@code file} or null). */
    static void print(PrintWriter out, List<List<ExtractedResponse>> paths, ImpulseResponse ir, Path file) {
        for (int s = 0; s < paths.size(); s++) {
            for (int m = 0; m < paths.get(s).size(); m++) {
                ExtractedResponse path = paths.get(s).get(m);
                String name = (paths.size() == 1 ? "speaker" : s == 0 ? "left speaker" : "right speaker")
                        + " -> mic " + (m + 1);
                String drift = Double.isNaN(path.driftPpm()) ? "drift not measured (one sweep; use --repeats 2)"
                        : String.format(Locale.ROOT, "drift %.2f ppm", path.driftPpm());
                StringBuilder thd = new StringBuilder();
                for (double hz : THD_AT_HZ) {
                    double percent = path.harmonics().thdPercent(hz);
                    thd.append(String.format(Locale.ROOT, ", THD %s %s", hz >= 1000 ? (int) (hz / 1000) + " kHz"
                            : (int) hz + " Hz", Double.isNaN(percent) ? "n/a (harmonic beyond the sweep)" : String.format(Locale.ROOT, "%.2f %%",
                            percent)));
                }
                out.printf(Locale.ROOT, "%s: SNR %.1f dB, latency %.2f ms, %s%s, %d sweep(s) averaged%n", name,
                        path.snrDb(), 1000 * path.latencySeconds(), drift, thd, path.sweepsAveraged());
            }
        }
        out.printf(Locale.ROOT, "%s: %s impulse response, %d channel(s), %d frames (%.3f s) at %d Hz%n",
                file == null ? "measured" : file,
                ir.layout().name().toLowerCase(Locale.ROOT).replace('_', ' '), ir.channelCount(), ir.lengthFrames(),
                ir.lengthFrames() / (double) ir.sampleRate(), ir.sampleRate());
        out.flush();
    }

    static void writeProfile(PrintWriter out, ImpulseResponse ir, String name, ProfileCategory category,
                             MeasurementRecord record, ProfileFolders folders) throws IOException {
        MeasuredProfileWriter.Written written;
        try {
            written = MeasuredProfileWriter.write(ir, name, category, record, folders.profiles(),
                    folders.impulseResponses());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        out.printf("profile '%s': wrote %s and %s%n", written.profile().id(), written.jsonFile(), written.irFile());
        out.flush();
    }

    static double worstSnrDb(List<List<ExtractedResponse>> paths) {
        return paths.stream().flatMap(List::stream).mapToDouble(ExtractedResponse::snrDb).min().orElse(0);
    }

    static double meanDriftPpm(List<List<ExtractedResponse>> paths) {
        return paths.stream().flatMap(List::stream).mapToDouble(ExtractedResponse::driftPpm)
                .filter(d -> !Double.isNaN(d)).average().orElse(Double.NaN);
    }
}
