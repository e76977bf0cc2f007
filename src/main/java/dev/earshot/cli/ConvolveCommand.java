package dev.earshot.cli;

import dev.earshot.analysis.PeakScan;
import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import dev.earshot.dsp.OfflineConvolution;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code earshot convolve IN IR -o OUT}: renders a file through an impulse response. */
@Command(name = "convolve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Convolve an audio file with an impulse response and write a WAV.",
            "The IR may have 1 channel (same on every channel), 2 (L->L, R->R) or 4 (true stereo: LL, LR, RL, RR); "
                + "it is resampled to the input's rate if needed. The output is aligned with the input (no added "
                + "latency) and includes the IR's tail unless --trim is given."})
final class ConvolveCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN", description = "The audio file to convolve.")
    private Path input;

    @Parameters(index = "1", paramLabel = "IR", description = "The impulse response (WAV, AIFF, FLAC).")
    private Path impulseResponse;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The WAV file to write.")
    private Path output;

    @Option(names = "--trim", description = "Cut the output to the input's length (drop the IR's tail).")
    private boolean trim;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "float32",
            description = "Output samples: float32 (default, keeps overs) or pcm24 (TPDF-dithered 24-bit).")
    private String format;

    @Override
    public Integer call() throws IOException {
        WavSampleFormat sampleFormat = OutputFormats.parse(format);
        if (Files.isDirectory(output)) {
            throw new UserInputException(output + ": is a folder; give a file name for the output");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (AudioSource source = InputFiles.open(input, spec.commandLine().getErr())) {
            AudioFormatInfo inputFormat = source.format();
            ImpulseResponse ir = IrFiles.load(impulseResponse, inputFormat.sampleRate());
            if (ir.layout() != ImpulseResponse.IrLayout.MONO && inputFormat.channels() > 2) {
                throw new UserInputException(input + ": has " + inputFormat.channels() + " channels; a "
                        + ir.layout().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " impulse response needs a mono or stereo input");
            }
            int outputChannels = ir.outputChannels(inputFormat.channels());
            PeakScan peaks = new PeakScan(outputChannels);
            try (WavWriter writer = WavWriter.create(output, inputFormat.sampleRate(), outputChannels,
                         sampleFormat, 0x5EEDL);
                 TerminalProgress progress = TerminalProgress.onStderr("Convolving")) {
                long frames = OfflineConvolution.render(source, ir, trim, (block, n) -> {
                    writer.write(block, n);
                    peaks.add(block, n);
                }, progress);
                writer.commit();
                out.printf(Locale.ROOT, "%s: %d channels, %d Hz, %.3f s, peak %.2f dBFS%n", output, outputChannels,
                        inputFormat.sampleRate(), frames / (double) inputFormat.sampleRate(),
                        PeakScan.toDbfs(peaks.peak()));
            }
            if (peaks.peak() > 1.0) {
                out.printf(Locale.ROOT, "note: the output peaks %.2f dB above full scale%s%n",
                        PeakScan.toDbfs(peaks.peak()), sampleFormat == WavSampleFormat.PCM24
                                ? " and was clipped in the 24-bit file; use --format float32 to keep it"
                                : " (kept in the float file)");
            }
        }
        out.flush();
        return 0;
    }
}
