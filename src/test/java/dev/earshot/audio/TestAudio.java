package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/** Shared helpers of the audio reader tests. */
final class TestAudio {
    private TestAudio() {
    }

    static Path write(Path folder, String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    /** Reads the whole source with block sizes that vary from 1 to 1000 frames (seeded), one row per channel. */
    static float[][] readAll(AudioSource source) throws IOException {
        int channels = source.format().channels();
        long length = source.lengthFrames();
        float[][] all = new float[channels][(int) length];
        float[][] block = new float[channels][1000];
        Random random = new Random(length);
        int done = 0;
        for (int n = source.read(block, 1 + random.nextInt(1000)); n > 0;
             n = source.read(block, 1 + random.nextInt(1000))) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(block[c], 0, all[c], done, n);
            }
            done += n;
        }
        assertEquals(length, done, "frames delivered vs lengthFrames");
        return all;
    }

    /** Uniform random integers over the full signed range of {@code bits}, one row per channel. */
    static int[][] randomInts(int channels, int frames, int bits, long seed) {
        Random random = new Random(seed);
        int[][] samples = new int[channels][frames];
        long span = 1L << bits;
        for (int[] row : samples) {
            for (int i = 0; i < frames; i++) {
                row[i] = (int) ((random.nextLong() & Long.MAX_VALUE) % span - span / 2);
            }
        }
        // Always include both extremes so the scaling is checked at full scale.
        samples[0][0] = (int) (-span / 2);
        samples[0][1] = (int) (span / 2 - 1);
        return samples;
    }

    static double[][] randomDoubles(int channels, int frames, long seed) {
        Random random = new Random(seed);
        double[][] samples = new double[channels][frames];
        for (double[] row : samples) {
            for (int i = 0; i < frames; i++) {
                row[i] = 2.5 * random.nextDouble() - 1.25;
            }
        }
        return samples;
    }

    /** Asserts every sample equals v / 2^(bits-1) (exact: the reference quotient rounded once to float). */
    static void assertIntSamples(int[][] expected, int bits, float[][] actual) {
        double scale = Math.scalb(1.0, bits - 1);
        for (int c = 0; c < expected.length; c++) {
            for (int i = 0; i < expected[c].length; i++) {
                assertEquals((float) (expected[c][i] / scale), actual[c][i], 0f, "channel " + c + " frame " + i);
            }
        }
    }

    static void assertFloatSamples(double[][] expected, float[][] actual) {
        for (int c = 0; c < expected.length; c++) {
            for (int i = 0; i < expected[c].length; i++) {
                assertEquals((float) expected[c][i], actual[c][i], 0f, "channel " + c + " frame " + i);
            }
        }
    }
}
