package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PartitionedConvolverProperties {
    private static final int RATE = 48_000;

    /**
     * For any response length, layout, partition length and block size, the streamed output equals the direct
     * convolution delayed by one partition. Tolerance 1e-5 relative RMS: float transforms and accumulation.
     */
    @Property(tries = 40, seed = "20261125")
    void streamedOutputIsTheDelayedConvolution(@ForAll @IntRange(min = 1, max = 1_500) int irFrames,
                                               @ForAll @IntRange(min = 0, max = 2) int layout,
                                               @ForAll @IntRange(min = 1, max = 600) int partitionFrames,
                                               @ForAll @IntRange(min = 1, max = 1_000) int blockFrames,
                                               @ForAll @IntRange(min = 1, max = 2) int inputChannels,
                                               @ForAll long seed) {
        Random random = new Random(seed);
        int irChannels = new int[] {1, 2, 4}[layout];
        float[][] ir = new float[irChannels][irFrames];
        for (float[] channel : ir) {
            for (int i = 0; i < irFrames; i++) {
                channel[i] = 2 * random.nextFloat() - 1;
            }
        }
        float[][] input = new float[inputChannels][3_000];
        for (float[] channel : input) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = 2 * random.nextFloat() - 1;
            }
        }
        PartitionedConvolver convolver = new PartitionedConvolver(ImpulseResponse.of(ir, RATE), inputChannels,
                partitionFrames);

        float[][] output = PartitionedConvolverTest.runInBlocks(convolver, input, 3_000 + partitionFrames,
                blockFrames);

        double[][] expected = DirectConvolution.convolve(input, ir);
        for (int c = 0; c < output.length; c++) {
            float[] aligned = Arrays.copyOfRange(output[c], partitionFrames, output[c].length);
            double error = DirectConvolution.relativeRmsError(aligned, expected[c]);
            assertTrue(error < 1e-5, "channel " + c + " relative error " + error);
        }
    }
}
