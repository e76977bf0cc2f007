package dev.earshot.dsp;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.Resampler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Loads impulse-response files into memory, checked and brought to a target sample rate. */
public final class IrFiles {
    /** The longest IR accepted, in frames at the file's own rate (about 87 s at 48 kHz). */
    public static final int MAX_IR_FRAMES = 1 << 22;
    private static final int BLOCK_FRAMES = 16_384;

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
            channels = readAll(file, source, count);
        }
        checkSamples(file, channels);
        if (fileRate != targetRate) {
            for (int c = 0; c < channels.length; c++) {
                channels[c] = Resampler.resample(channels[c], fileRate, targetRate);
            }
        }
        return ImpulseResponse.of(channels, targetRate);
    }

    private static float[][] readAll(Path file, AudioSource source, int count) throws IOException {
        long declared = source.lengthFrames();
        int capacity = (int) Math.min(MAX_IR_FRAMES, Math.max(BLOCK_FRAMES, declared));
        float[][] all = new float[count][capacity];
        float[][] block = new float[count][BLOCK_FRAMES];
        int length = 0;
        int n;
        while ((n = source.read(block, BLOCK_FRAMES)) > 0) {
            if ((long) length + n > MAX_IR_FRAMES) {
                throw new AudioFileException(file, String.format("impulse response is longer than %d frames "
                        + "(%.1f s at %d Hz); trim it to the part above the noise floor",
                        MAX_IR_FRAMES, MAX_IR_FRAMES / (double) source.format().sampleRate(),
                        source.format().sampleRate()));
            }
            if (length + n > all[0].length) {
                int grown = (int) Math.min(MAX_IR_FRAMES, Math.max(length + n, 2L * all[0].length));
                for (int c = 0; c < count; c++) {
                    all[c] = Arrays.copyOf(all[c], grown);
                }
            }
            for (int c = 0; c < count; c++) {
                System.arraycopy(block[c], 0, all[c], length, n);
            }
            length += n;
        }
        if (length == 0) {
            throw new AudioFileException(file, "impulse response holds no samples");
        }
        for (int c = 0; c < count; c++) {
            all[c] = Arrays.copyOf(all[c], length);
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
