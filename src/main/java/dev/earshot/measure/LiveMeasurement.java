package dev.earshot.measure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A live measurement: the sweep is played on each chosen output channel in turn (one speaker after the other) while
 * every input channel records, and each speaker-to-microphone path is extracted. The latency comes from the
 * deconvolved peak itself, so no loopback cable is needed. Runs on the caller's thread and blocks for the length of
 * the sweeps.
 */
public final class LiveMeasurement {
    private LiveMeasurement() {
    }

    /**
     * The outcome: the paths and the raw recordings (kept so their checksum can go into the provenance).
     *
     * @param paths      {@code paths.get(speaker).get(microphone)}
     * @param recordings {@code recordings.get(speaker)[microphone][frame]}
     */
    public record Result(List<List<ExtractedResponse>> paths, List<float[][]> recordings) {
    }

    /**
     * @param io       the devices; their rate must be the sweep's
     * @param settings the sweep
     * @param speakers output channels to measure one after the other, 0-based, 1 or 2 of them
     * @throws IllegalArgumentException if the rates differ or a speaker channel does not exist
     */
    public static Result run(DuplexAudio io, SweepSettings settings, int... speakers) throws IOException {
        if (io.sampleRate() != settings.sampleRate()) {
            throw new IllegalArgumentException("the devices run at " + io.sampleRate() + " Hz but the sweep is at "
                    + settings.sampleRate() + " Hz");
        }
        float[] signal = ExponentialSweep.signal(settings);
        List<List<ExtractedResponse>> paths = new ArrayList<>();
        List<float[][]> recordings = new ArrayList<>();
        for (int speaker : speakers) {
            if (speaker < 0 || speaker >= io.outputChannels()) {
                throw new IllegalArgumentException("output channel " + (speaker + 1) + " does not exist; the output "
                        + "has " + io.outputChannels());
            }
            float[][] output = new float[io.outputChannels()][signal.length];
            output[speaker] = signal;
            float[][] recorded = io.playAndRecord(output, settings.sampleRate() / 2);
            recordings.add(recorded);
            List<ExtractedResponse> row = new ArrayList<>();
            for (float[] channel : recorded) {
                row.add(ResponseExtractor.extract(SweepAverager.average(List.of(channel), settings), settings));
            }
            paths.add(List.copyOf(row));
        }
        return new Result(List.copyOf(paths), List.copyOf(recordings));
    }
}
