package dev.earshot.dsp;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.Resampler;
import dev.earshot.audio.WholeSource;
import java.io.IOException;
import java.nio.file.Path;

/** Loads impulse-response files into memory, checked and brought to a target sample rate. */
public final class IrFiles {
    /** The longest IR accepted, in frames at the file's own rate (about 87 s at 48 kHz). */
    public static final int MAX_IR_FRAMES = 1 << 22;

    private IrFiles() {
    }

    /**
     * Reads an IR file (1 channel: same IR on every channel; 2: left→left, right→right; 4: true stereo LL, LR, RL,
     * RR) and resamples it to {@code targetRate} if its own rate differs.
     *
     * @throws AudioFileException if the file cannot be read, has another channel count, is longer than
     *                            {@link #MAX_IR_FRAMES}, is silent, or holds NaN or infinite samples
     */
    public static ImpulseResponse load(Path file, int targetRate) throws IOException {
        float[][] channels;
        int fileRate;
        try (AudioSource source = AudioFiles.open(file)) {
            int count = source.format().channels();
            if (count != 1 && count != 2 && count != 4) {
                throw new AudioFileException(file, "an impulse response needs 1 (mono), 2 (stereo) or 4 (true "
                        + "stereo: LL, LR, RL, RR) channels, but this file has " + count);
            }
            fileRate = source.format().sampleRate();
            channels = readAll(file, source);
        }
        checkSamples(file, channels);
        if (fileRate != targetRate) {
            for (int c = 0; c < channels.length; c++) {
                channels[c] = Resampler.resample(channels[c], fileRate, targetRate);
            }
        }
        return ImpulseResponse.of(channels, targetRate);
    }

    private static float[][] readAll(Path file, AudioSource source) throws IOException {
        float[][] all = WholeSource.read(source, MAX_IR_FRAMES);
        if (all[0].length > MAX_IR_FRAMES) {
            throw new AudioFileException(file, String.format("impulse response is longer than %d frames "
                    + "(%.1f s at %d Hz); trim it to the part above the noise floor",
                    MAX_IR_FRAMES, MAX_IR_FRAMES / (double) source.format().sampleRate(),
                    source.format().sampleRate()));
        }
        if (all[0].length == 0) {
            throw new AudioFileException(file, "impulse response holds no samples");
        }
        return all;
    }

    private static void checkSamples(Path file, float[][] channels) throws AudioFileException {
        boolean silent = true;
        for (int c = 0; c < channels.length; c++) {
            for (int i = 0; i < channels[c].length; i++) {
                float s = channels[c][i];
                if (!Float.isFinite(s)) {
                    throw new AudioFileException(file, "impulse response channel " + (c + 1) + " holds a "
                            + (Float.isNaN(s) ? "NaN" : "infinite") + " sample at frame " + i);
                }
                silent &= s == 0f;
            }
        }
        if (silent) {
            throw new AudioFileException(file, "impulse response is silent (every sample is zero)");
        }
    }
}
