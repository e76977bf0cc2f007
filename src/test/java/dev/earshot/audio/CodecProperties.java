package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Invariants of the codecs and the resampler over random shapes: channel counts, depths, block sizes, rates. Seeds
 * are fixed so a failure repeats on every run.
 */
class CodecProperties {
    private static final int[] RATES = {8_000, 22_050, 32_000, 44_100, 48_000, 88_200, 96_000, 176_400, 192_000};

    @Property(tries = 40, seed = "20261125")
    void flacRoundTripIsExactForAnyShape(@ForAll @IntRange(min = 1, max = 8) int channels,
                                         @ForAll @IntRange(min = 0, max = 1) int depthChoice,
                                         @ForAll @IntRange(min = 16, max = 5000) int blockFrames,
                                         @ForAll @IntRange(min = 1, max = 6000) int frames,
                                         @ForAll @IntRange(min = 1, max = 5000) int readFrames,
                                         @ForAll long seed) throws IOException {
        int bits = depthChoice == 0 ? 16 : 24;
        SplittableRandom random = new SplittableRandom(seed);
        int[][] samples = new int[channels][frames];
        for (int[] channel : samples) {
            for (int i = 0; i < frames; i++) {
                channel[i] = random.nextInt(-(1 << (bits - 1)), 1 << (bits - 1));
            }
        }
        Path file = Files.createTempFile("earshot-property", ".flac");
        try {
            Files.write(file, FlacTestEncoder.encode(samples, 96_000, bits, blockFrames, random.nextBoolean()));
            try (FlacSource source = FlacSource.open(file)) {
                float[][] decoded = FlacSourceTest.readAll(source, readFrames);
                float scale = (float) Math.scalb(1.0, 1 - bits);
                for (int c = 0; c < channels; c++) {
                    float[] expected = new float[frames];
                    for (int i = 0; i < frames; i++) {
                        expected[i] = samples[c][i] * scale;
                    }
                    assertArrayEquals(expected, decoded[c], "channel " + c);
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 30, seed = "20261125")
    void streamingResamplingEqualsWholeBufferForAnyRatesAndBlocks(
            @ForAll @IntRange(min = 0, max = 8) int fromIndex, @ForAll @IntRange(min = 0, max = 8) int toIndex,
            @ForAll @IntRange(min = 0, max = 3000) int frames, @ForAll @IntRange(min = 1, max = 5000) int readFrames,
            @ForAll long seed) throws IOException {
        int fromRate = RATES[fromIndex];
        int toRate = RATES[toIndex];
        SplittableRandom random = new SplittableRandom(seed);
        float[] signal = new float[frames];
        for (int i = 0; i < frames; i++) {
            signal[i] = (float) (2 * random.nextDouble() - 1);
        }
        float[] expected = Resampler.resample(signal, fromRate, toRate);
        assertEquals(Math.round(frames * (double) toRate / fromRate), expected.length);
        try (ResamplingSource source = new ResamplingSource(ArraySource.of(fromRate, signal), toRate)) {
            assertEquals(expected.length, source.lengthFrames());
            assertArrayEquals(expected, FlacSourceTest.readAll(source, readFrames)[0]);
        }
    }
}
