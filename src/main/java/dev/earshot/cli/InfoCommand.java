package dev.earshot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.earshot.analysis.PeakScan;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code earshot info FILE...}: format facts and sample peak of audio files. */
@Command(name = "info", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Show format, channels, sample rate, bit depth, duration and sample peak of audio files.")
final class InfoCommand implements Callable<Integer> {
    private static final int BLOCK_FRAMES = 65_536;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "WAV, RF64, AIFF, AIFF-C, FLAC or MP3 files.")
    private List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        List<FileInfo> infos = new ArrayList<>();
        for (Path file : files) {
            infos.add(scan(file, spec.commandLine().getErr()));
        }
        if (json) {
            out.println(toJson(infos));
        } else {
            for (FileInfo info : infos) {
                out.print(info.toText());
            }
        }
        out.flush();
        return 0;
    }

    /** Reads {@code file} through once and gathers its facts. */
    static FileInfo scan(Path file, PrintWriter err) throws IOException {
        try (AudioSource source = InputFiles.open(file, err);
             TerminalProgress progress = TerminalProgress.onStderr("Scanning " + file.getFileName())) {
            AudioFormatInfo format = source.format();
            PeakScan peaks = new PeakScan(format.channels());
            float[][] block = new float[format.channels()][BLOCK_FRAMES];
            long expected = Math.max(1, source.lengthFrames());
            int n;
            while ((n = source.read(block, BLOCK_FRAMES)) > 0) {
                peaks.add(block, n);
                progress.progress(Math.min(1.0, peaks.frames() / (double) expected));
            }
            return new FileInfo(file, format, peaks.frames(), peaks.channelPeaks(), peaks.peak(),
                    peaks.nonFiniteSamples());
        }
    }

    private static String toJson(List<FileInfo> infos) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode array = mapper.createArrayNode();
        for (FileInfo info : infos) {
            ObjectNode node = array.addObject();
            node.put("file", info.file().toString());
            node.put("container", info.format().container());
            node.put("encoding", info.format().encoding().name());
            node.put("bitsPerSample", info.format().bitsPerSample());
            node.put("channels", info.format().channels());
            node.put("sampleRate", info.format().sampleRate());
            node.put("frames", info.frames());
            node.put("durationSeconds", info.format().secondsOf(info.frames()));
            putDb(node, "samplePeakDbfs", info.peak());
            ArrayNode channels = node.putArray("channelPeaksDbfs");
            for (double p : info.channelPeaks()) {
                double db = PeakScan.toDbfs(p);
                if (Double.isFinite(db)) {
                    channels.add(round2(db));
                } else {
                    channels.addNull();
                }
            }
            node.put("nonFiniteSamples", info.nonFiniteSamples());
        }
        return mapper.writeValueAsString(infos.size() == 1 ? array.get(0) : array);
    }

    private static void putDb(ObjectNode node, String field, double linear) {
        double db = PeakScan.toDbfs(linear);
        if (Double.isFinite(db)) {
            node.put(field, round2(db));
        } else {
            node.putNull(field);
        }
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
