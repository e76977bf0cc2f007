package dev.earshot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.analysis.ChannelLayout;
import dev.earshot.analysis.LoudnessAnalyzer;
import dev.earshot.analysis.LoudnessResult;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.report.ReleaseTarget;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot loudness FILE...}: EBU R 128 / ITU-R BS.1770-4 loudness, loudness range and true peak. */
@Command(name = "loudness", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Measure integrated loudness, loudness range, maximum momentary and short-term loudness, "
                + "true peak and PLR (ITU-R BS.1770-4, EBU R 128, EBU Tech 3342), and how far each release "
                + "platform will turn the file up or down.",
            "A mono file is measured as one channel, as the standard says; a mono file played on two speakers "
                + "reads 3 LU louder on many meters: use --mono-as-dual for that reading.",
            "5.1 files are read in WAV order (L R C LFE Ls Rs) with the LFE left out; Ls and Rs weigh 1.41."})
final class LoudnessCommand implements Callable<Integer> {
    private static final ReleaseTarget[] SHOWN_TARGETS = {ReleaseTarget.SPOTIFY, ReleaseTarget.APPLE_MUSIC,
        ReleaseTarget.YOUTUBE, ReleaseTarget.AMAZON_MUSIC, ReleaseTarget.DEEZER, ReleaseTarget.EBU_R128};

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Audio files (WAV, RF64, AIFF, FLAC, MP3).")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON (field names carry units) instead of a table.")
    private boolean json;

    @Option(names = "--mono-as-dual", description = "Weigh a mono file as if played on two speakers (+3.01 LU).")
    private boolean monoAsDual;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Measured> measured = new ArrayList<>();
        int exitCode = 0;
        for (Path file : files) {
            try {
                measured.add(measure(file));
            } catch (IOException | RuntimeException e) {
                // One line per bad file; the others are still measured.
                err.println("earshot: " + ErrorHandler.describe(e));
                err.flush();
                exitCode = Math.max(exitCode, ErrorHandler.exitCodeOf(e));
            }
        }
        if (json) {
            out.println(toJson(measured));
        } else {
            for (Measured m : measured) {
                out.print(toText(m));
            }
        }
        out.flush();
        return exitCode;
    }

    private Measured measure(Path file) throws IOException {
        try (AudioSource source = InputFiles.open(file, spec.commandLine().getErr());
             TerminalProgress progress = TerminalProgress.onStderr("Measuring " + file.getFileName())) {
            AudioFormatInfo format = source.format();
            ChannelLayout layout = ChannelLayout.defaultFor(format.channels());
            LoudnessResult result = LoudnessAnalyzer.analyze(source, layout, monoAsDual, progress);
            return new Measured(file, format, layout, result);
        }
    }

    private record Measured(Path file, AudioFormatInfo format, ChannelLayout layout, LoudnessResult result) {
    }

    private String toText(Measured m) {
        LoudnessResult r = m.result();
        StringBuilder text = new StringBuilder();
        text.append(m.file()).append('\n');
        text.append(String.format(Locale.ROOT, "  %d ch (%s%s), %d Hz, %.2f s%n", m.format().channels(),
                label(m.layout()), m.format().channels() == 1 ? (monoAsDual ? ", weighed as dual mono"
                        : ", weighed as one channel") : "", m.format().sampleRate(),
                m.format().secondsOf(r.frames())));
        if (r.frames() < 0.4 * r.sampleRate()) {
            text.append(String.format(Locale.ROOT, "  %-22s    n/a (shorter than one 400 ms gating block)%n",
                    "Integrated loudness"));
        } else {
            text.append(line("Integrated loudness", r.integratedLufs(), "LUFS"));
        }
        text.append(line("Loudness range", r.loudnessRangeLu(), "LU"));
        text.append(line("Max momentary", r.maxMomentaryLufs(), "LUFS"));
        text.append(line("Max short-term", r.maxShortTermLufs(), "LUFS"));
        text.append(line("True peak", r.truePeakDbtp(), "dBTP"));
        text.append(line("Sample peak", r.samplePeakDbfs(), "dBFS"));
        text.append(line("PLR", r.plrDb(), "dB"));
        if (Double.isFinite(r.integratedLufs())) {
            text.append("  Release platforms (gain each applies on playback):\n");
            for (ReleaseTarget target : SHOWN_TARGETS) {
                double gainDb = target.playbackGainDb(r.integratedLufs(), r.truePeakDbtp());
                text.append(String.format(Locale.ROOT, "    %-20s %6.1f LUFS  %+6.1f dB%s%n", target.displayName(),
                        target.targetLufs(), gainDb, target.confirmedBySource() ? "" : "  (reported figure)"));
            }
            if (r.truePeakDbtp() > -1.0) {
                text.append(String.format(Locale.ROOT, "  Warning: true peak %.1f dBTP is above -1 dBTP; lossy "
                        + "encoding may clip%n", r.truePeakDbtp()));
            }
        }
        return text.toString();
    }

    private static String label(ChannelLayout layout) {
        return switch (layout) {
            case MONO -> "mono";
            case STEREO -> "stereo";
            case SURROUND_5_0 -> "5.0";
            case SURROUND_5_1 -> "5.1, LFE not counted";
            case SURROUND_7_1 -> "7.1, LFE not counted";
            case EQUAL_WEIGHTS -> "every channel weighed 1.0";
        };
    }

    private static String line(String label, double value, String unit) {
        String number = Double.isFinite(value) ? String.format(Locale.ROOT, "%7.1f", value)
                : (value < 0 ? "   -inf" : "    n/a");
        return String.format(Locale.ROOT, "  %-22s%s %s%n", label, number, unit);
    }

    private String toJson(List<Measured> measured) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (Measured m : measured) {
            LoudnessResult r = m.result();
            ObjectNode node = array.addObject();
            node.put("file", m.file().toString());
            node.put("channels", m.format().channels());
            node.put("channelLayout", m.layout().name());
            node.put("monoAsDual", monoAsDual && m.format().channels() == 1);
            node.put("sampleRate", m.format().sampleRate());
            node.put("durationSeconds", m.format().secondsOf(r.frames()));
            put(node, "integratedLufs", r.integratedLufs());
            put(node, "loudnessRangeLu", r.loudnessRangeLu());
            put(node, "maxMomentaryLufs", r.maxMomentaryLufs());
            put(node, "maxShortTermLufs", r.maxShortTermLufs());
            put(node, "truePeakDbtp", r.truePeakDbtp());
            put(node, "samplePeakDbfs", r.samplePeakDbfs());
            put(node, "plrDb", r.plrDb());
            ArrayNode tp = node.putArray("truePeakDbtpPerChannel");
            for (double v : r.truePeakDbtpPerChannel()) {
                add(tp, v);
            }
            ArrayNode platforms = node.putArray("platforms");
            for (ReleaseTarget target : ReleaseTarget.values()) {
                ObjectNode p = platforms.addObject();
                p.put("platform", target.name());
                p.put("targetLufs", target.targetLufs());
                put(p, "playbackGainDb", target.playbackGainDb(r.integratedLufs(), r.truePeakDbtp()));
                p.put("confirmedBySource", target.confirmedBySource());
            }
        }
        return mapper.writeValueAsString(array);
    }

    /** Rounds to 0.01 and writes null for minus infinity (silence), which JSON cannot hold. */
    private static void put(ObjectNode node, String field, double value) {
        if (Double.isFinite(value)) {
            node.put(field, Math.round(value * 100) / 100.0);
        } else {
            node.putNull(field);
        }
    }

    private static void add(ArrayNode array, double value) {
        if (Double.isFinite(value)) {
            array.add(Math.round(value * 100) / 100.0);
        } else {
            array.addNull();
        }
    }
}
