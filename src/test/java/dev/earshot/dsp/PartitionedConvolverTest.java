package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.AllocationProbe;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartitionedConvolverTest {
    private static final int SAMPLE_RATE = 48_000;
    /** Float FFTs of a few thousand points with float accumulation leave errors around 1e-7 relative. */
    private static final double TOLERANCE = 1e-5;

    @ParameterizedTest(name = "{0} channels IR, {1} frames IR, partition {2}, blocks of {3}")
    @CsvSource({
        "1, 100, 256, 1", "1, 3000, 256, 37", "1, 3000, 256, 512", "1, 3000, 256, 4096", "1, 100, 512, 4096",
        "2, 200, 256, 37", "2, 5000, 512, 512", "2, 700, 128, 4096", "2, 5000, 256, 1",
        "4, 200, 256, 512", "4, 5000, 256, 37", "4, 3000, 1024, 4096", "4, 1000, 64, 1",
        "2, 2000, 480, 37", "4, 1500, 300, 512", "1, 50, 3, 1"})
    void matchesDirectConvolutionAfterTheLatency(int irChannels, int irFrames, int partitionFrames, int blockFrames) {
        Random random = new Random(irChannels * 1_000_003L + irFrames * 31L + partitionFrames + blockFrames);
        float[][] ir = noise(random, irChannels, irFrames, true);
        float[][] input = noise(random, 2, 9_000, false);
        PartitionedConvolver convolver = new PartitionedConvolver(ImpulseResponse.of(ir, SAMPLE_RATE), 2,
                partitionFrames);

        float[][] output = runInBlocks(convolver, input, input[0].length + partitionFrames, blockFrames);

        double[][] expected = DirectConvolution.convolve(input, ir);
        for (int c = 0; c < 2; c++) {
            float[] aligned = Arrays.copyOfRange(output[c], partitionFrames, output[c].length);
            assertTrue(DirectConvolution.relativeRmsError(aligned, expected[c]) < TOLERANCE,
                    "channel " + c + " error " + DirectConvolution.relativeRmsError(aligned, expected[c]));
        }
    }

    @Test
    void monoInputFeedsBothSidesOfATrueStereoResponse() {
        Random random = new Random(7);
        float[][] ir = noise(random, 4, 900, true);
        float[][] input = noise(random, 1, 4_000, false);
        PartitionedConvolver convolver = new PartitionedConvolver(ImpulseResponse.of(ir, SAMPLE_RATE), 1, 256);
        assertEquals(2, convolver.outputChannels());

        float[][] output = runInBlocks(convolver, input, input[0].length + 256, 300);

        double[][] expected = DirectConvolution.convolve(input, ir);
        for (int c = 0; c < 2; c++) {
            float[] aligned = Arrays.copyOfRange(output[c], 256, output[c].length);
            assertTrue(DirectConvolution.relativeRmsError(aligned, expected[c]) < TOLERANCE);
        }
    }

    @Test
    void diracResponseReturnsTheInputDelayedByTheLatency() {
        float[][] input = noise(new Random(3), 2, 5_000, false);
        PartitionedConvolver convolver = new PartitionedConvolver(
                ImpulseResponse.of(new float[][] {{1f}}, SAMPLE_RATE), 2, 128);
        assertEquals(128, convolver.latencyFrames());

        float[][] output = runInBlocks(convolver, input, input[0].length + 128, 100);

        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 128; i++) {
                assertEquals(0f, output[c][i], 1e-6f);
            }
            for (int i = 0; i < input[c].length; i++) {
                // One forward and one inverse float FFT of 256 points: rounding stays far below 1e-6 full scale.
                assertEquals(input[c][i], output[c][i + 128], 1e-6f, "frame " + i);
            }
        }
    }

    @Test
    void processingInPlaceGivesTheSameOutput() {
        float[][] ir = noise(new Random(5), 2, 600, true);
        float[][] input = noise(new Random(6), 2, 3_000, false);
        PartitionedConvolver separate = new PartitionedConvolver(ImpulseResponse.of(ir, SAMPLE_RATE), 2, 256);
        PartitionedConvolver inPlace = new PartitionedConvolver(ImpulseResponse.of(ir, SAMPLE_RATE), 2, 256);
        float[][] expected = runInBlocks(separate, input, input[0].length, 100);

        float[][] block = {input[0].clone(), input[1].clone()};
        inPlace.process(block, block, block[0].length);

        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < block[c].length; i++) {
                assertEquals(expected[c][i], block[c][i], 0f);
            }
        }
    }

    @Test
    void resetForgetsEarlierInput() {
        float[][] ir = noise(new Random(8), 4, 700, true);
        float[][] input = noise(new Random(9), 2, 2_000, false);
        PartitionedConvolver convolver = new PartitionedConvolver(ImpulseResponse.of(ir, SAMPLE_RATE), 2, 64);
        float[][] first = runInBlocks(convolver, input, 2_000, 50);
        runInBlocks(convolver, noise(new Random(10), 2, 777, false), 777, 33);
        convolver.reset();
        float[][] again = runInBlocks(convolver, input, 2_000, 50);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 2_000; i++) {
                assertEquals(first[c][i], again[c][i], 0f);
            }
        }
    }

    @Test
    void steadyStateProcessingAllocatesNothing() {
        float[][] ir = noise(new Random(11), 4, 48_000, true);
        PartitionedConvolver convolver = new PartitionedConvolver(ImpulseResponse.of(ir, SAMPLE_RATE), 2, 256);
        float[][] in = noise(new Random(12), 2, 256, false);
        float[][] out = new float[2][256];
        AllocationProbe.assertSteadyStateAllocatesNothing(i -> convolver.process(in, out, 1 + (i * 37) % 256), 500);
    }

    @Test
    void rejectsAnEmptyPartition() {
        ImpulseResponse ir = ImpulseResponse.of(new float[][] {{1f}}, SAMPLE_RATE);
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new PartitionedConvolver(ir, 2, 0));
        assertTrue(error.getMessage().contains("partition length 0"));
    }

    static float[][] runInBlocks(StreamingConvolver convolver, float[][] input, int totalFrames, int blockFrames) {
        int inChannels = convolver.inputChannels();
        float[][] output = new float[convolver.outputChannels()][totalFrames];
        float[][] in = new float[inChannels][blockFrames];
        float[][] out = new float[convolver.outputChannels()][blockFrames];
        for (int start = 0; start < totalFrames; start += blockFrames) {
            int frames = Math.min(blockFrames, totalFrames - start);
            for (int c = 0; c < inChannels; c++) {
                Arrays.fill(in[c], 0f);
                int available = Math.max(0, Math.min(frames, input[c].length - start));
                if (available > 0) {
                    System.arraycopy(input[c], start, in[c], 0, available);
                }
            }
            convolver.process(in, out, frames);
            for (int c = 0; c < out.length; c++) {
                System.arraycopy(out[c], 0, output[c], start, frames);
            }
        }
        return output;
    }

    static float[][] noise(Random random, int channels, int frames, boolean decaying) {
        float[][] samples = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                double envelope = decaying ? Math.exp(-3.0 * i / frames) : 0.5;
                samples[c][i] = (float) (envelope * (2 * random.nextDouble() - 1));
            }
        }
        return samples;
    }
}
