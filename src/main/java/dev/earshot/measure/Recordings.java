package dev.earshot.measure;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.Resampler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads a recording of a sweep into memory (it is deconvolved as a whole), at the sweep's sample rate. */
public final class Recordings {
    /** The longest recording accepted: 20 minutes at 48 kHz. */
    public static final long MAX_FRAMES = 20L * 60 * 48_000;
    private static final int BLOCK_FRAMES = 16_384;

    private Recordings() {
    }

    /**
     * @param file       WAV, AIFF, FLAC or MP3 with 1 or 2 channels (one per microphone)
     * @param sampleRate the sweep's rate; a recording at another rate is resampled to it
     * @return {@code channels[microphone][frame]}
     * @throws AudioFileException naming the file if it cannot be read, has more than 2 channels or is too long
     */
    public static float[][] read(Path file, int sampleRate) throws IOException {
        float[][] all;
        int length = 0;
        int fileRate;
        try (AudioSource source = AudioFiles.open(file)) {
            int channels = source.format().channels();
            if (channels > 2) {
                throw new AudioFileException(file, "has " + channels + " channels; a measurement recording needs "
                        + "1 or 2 (one per microphone)");
            }
            fileRate = source.format().sampleRate();
            long declared = source.lengthFrames();
            all = new float[channels][(int) Math.min(MAX_FRAMES, Math.max(BLOCK_FRAMES, declared))];
            float[][] block = new float[channels][BLOCK_FRAMES];
            int n;
            while ((n = source.read(block, BLOCK_FRAMES)) > 0) {
                if (length + (long) n > MAX_FRAMES) {
                    throw new AudioFileException(file, "is longer than 20 minutes; cut it to the sweeps");
                }
                if (length + n > all[0].length) {
                    for (int c = 0; c < channels; c++) {
                        all[c] = Arrays.copyOf(all[c], (int) Math.min(MAX_FRAMES, 2L * (length + n)));
                    }
                }
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block[c], 0, all[c], length, n);
                }
                length += n;
            }
        }
        if (length == 0) {
            throw new AudioFileException(file, "holds no samples");
        }
        for (int c = 0; c < all.length; c++) {
            all[c] = Arrays.copyOf(all[c], length);
            if (fileRate != sampleRate) {
                all[c] = Resampler.resample(all[c], fileRate, sampleRate);
            }
        }
        return all;
    }
}
