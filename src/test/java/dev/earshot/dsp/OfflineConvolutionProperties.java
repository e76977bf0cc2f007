package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OfflineConvolutionProperties {
    private static final int RATE = 44_100;

    /**
     * A (scaled, delayed) Dirac returns the input, scaled and delayed, for any length, channel count, chunking and
     * thread count. Tolerance 1e-6: float rounding in the transforms of signals within +-1.
     */
    @Property(tries = 40, seed = "20261125")
    void diracReturnsTheInput(@ForAll @IntRange(min = 1, max = 40_000) int inputFrames,
                              @ForAll @IntRange(min = 1, max = 3) int channels,
                              @ForAll @IntRange(min = 0, max = 3_000) int delayFrames,
                              @ForAll @IntRange(min = 1, max = 20_000) int chunkFrames,
                              @ForAll @IntRange(min = 1, max = 3) int threads,
                              @ForAll long seed) throws IOException {
        Random random = new Random(seed);
        float[][] input = new float[channels][inputFrames];
        for (float[] channel : input) {
            for (int i = 0; i < inputFrames; i++) {
                channel[i] = 2 * random.nextFloat() - 1;
            }
        }
        float[] dirac = new float[delayFrames + 1];
        dirac[delayFrames] = 1f;
        CollectingSink sink = new CollectingSink();
        long written = OfflineConvolution.render(new FloatArraySource(input, RATE, chunkFrames, seed % 2 == 0),
                ImpulseResponse.of(new float[][] {dirac}, RATE), false, sink, ProgressListener.NONE, threads);

        assertEquals(inputFrames + delayFrames, written);
        float[][] output = sink.samples();
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < output[c].length; i++) {
                float expected = i < delayFrames ? 0f : input[c][i - delayFrames];
                if (Math.abs(output[c][i] - expected) > 1e-6f) {
                    throw new AssertionError("channel " + c + " frame " + i + ": " + output[c][i] + " != " + expected);
                }
            }
        }
    }
}
