package dev.earshot.listen;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;

/** Writes a pair of float WAVs for blind-test tests: seeded stereo noise A and B = A delayed and scaled. */
public final class StimulusWavs {
    public static final int SAMPLE_RATE = 44_100;

    private StimulusWavs() {
    }

    /**
     * @param delayFrames frames B lags A (≥ 0)
     * @param gainBDb     level of B against A in dB (negative: quieter)
     */
    public static void writePair(Path a, Path b, double seconds, int delayFrames, double gainBDb, long seed)
            throws IOException {
        int frames = (int) Math.round(seconds * SAMPLE_RATE);
        float[][] noise = new float[2][frames];
        SplittableRandom random = new SplittableRandom(seed);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < frames; i++) {
                noise[c][i] = (float) (0.2 * (random.nextDouble() * 2 - 1));
            }
        }
        float scale = (float) Math.pow(10, gainBDb / 20);
        float[][] delayed = new float[2][frames];
        for (int c = 0; c < 2; c++) {
            for (int i = delayFrames; i < frames; i++) {
                delayed[c][i] = noise[c][i - delayFrames] * scale;
            }
        }
        write(a, noise, frames);
        write(b, delayed, frames);
    }

    private static void write(Path file, float[][] samples, int frames) throws IOException {
        try (WavWriter writer = WavWriter.create(file, SAMPLE_RATE, 2, WavSampleFormat.FLOAT32, 1)) {
            writer.write(samples, frames);
            writer.commit();
        }
    }
}
