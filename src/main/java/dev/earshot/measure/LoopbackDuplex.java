package dev.earshot.measure;

import java.util.Objects;

/**
 * A {@link DuplexAudio} whose "recording" is what a synthetic system makes of the played signal: for tests and for
 * trying the live workflow without devices. Not thread-safe.
 */
public final class LoopbackDuplex implements DuplexAudio {
    /** The synthetic system between the output and the input. */
    @FunctionalInterface
    public interface Acoustics {
        /**
         * @param played         what is played, {@code played[channel][frame]}; only read
         * @param inputChannels  rows to return
         * @param recordedFrames frames per row to return
         * @return what the microphones pick up, new arrays
         */
        float[][] respond(float[][] played, int inputChannels, int recordedFrames);
    }

    private final int sampleRate;
    private final int outputChannels;
    private final int inputChannels;
    private final Acoustics system;

    public LoopbackDuplex(int sampleRate, int outputChannels, int inputChannels, Acoustics system) {
        if (outputChannels < 1 || inputChannels < 1) {
            throw new IllegalArgumentException("a loopback needs at least one output and one input channel");
        }
        this.sampleRate = sampleRate;
        this.outputChannels = outputChannels;
        this.inputChannels = inputChannels;
        this.system = Objects.requireNonNull(system, "system");
    }

    @Override
    public int sampleRate() {
        return sampleRate;
    }

    @Override
    public int outputChannels() {
        return outputChannels;
    }

    @Override
    public int inputChannels() {
        return inputChannels;
    }

    @Override
    public float[][] playAndRecord(float[][] output, int extraFrames) {
        if (output.length != outputChannels) {
            throw new IllegalArgumentException(output.length + " channels to play on a " + outputChannels
                    + "-channel output");
        }
        return system.respond(output, inputChannels, output[0].length + extraFrames);
    }

    @Override
    public String description() {
        return "synthetic loopback (" + outputChannels + " out, " + inputChannels + " in, " + sampleRate + " Hz)";
    }

    @Override
    public void close() {
    }
}
