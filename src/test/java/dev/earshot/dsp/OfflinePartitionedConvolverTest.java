package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfflinePartitionedConvolverTest {
    private static final int SAMPLE_RATE = 48_000;
    /** Float transforms of up to 131 072 points with float accumulation: errors around 1e-7 relative RMS. */
    private static final double TOLERANCE = 1e-5;

    /** Offline convolvers (direct for the shortest responses) against the direct double-precision sum. */
    @ParameterizedTest(name = "{0} channels IR, {1} frames IR, blocks of {2}")
    @CsvSource({
        "1, 1, 4096", "1, 1, 37", "4, 20, 5000", "2, 32, 9000", "1, 33, 700", "1, 4096, 16384", "1, 12287, 5000",
        "2, 8192, 16384", "2, 3000, 1",
        "4, 12000, 16384", "4, 24575, 7919", "1, 65536, 16384", "2, 70000, 16384"})
    void matchesDirectConvolutionAfterItsLatency(int irChannels, int irFrames, int blockFrames) {
        Random random = new Random(irChannels * 1_000_003L + irFrames * 31L + blockFrames);
        float[][] ir = PartitionedConvolverTest.noise(random, irChannels, irFrames, true);
        // At least three transforms' worth of input, so hops, history and the response's tail all take part.
        int inputFrames = irFrames > 20_000 ? 300_000 : 60_000;
        float[][] input = PartitionedConvolverTest.noise(random, 2, inputFrames, false);
        StreamingConvolver convolver = StreamingConvolver.create(ImpulseResponse.of(ir, SAMPLE_RATE), 2,
                PartitionedConvolver.OFFLINE);
        int latency = convolver.latencyFrames();
        assertEquals(irFrames <= DirectConvolver.MAX_FRAMES, convolver instanceof DirectConvolver);

        float[][] output = PartitionedConvolverTest.runInBlocks(convolver, input, inputFrames + latency,
                blockFrames);

        // Checked at 1 500 seeded output frames (each a direct double-precision dot product), including the last
        // frames before and the first after every hop boundary.
        // A direct convolver has no latency; its internal chunks are 4096 frames.
        int[] frames = checkedFrames(random, inputFrames, latency > 0 ? latency : 4_096);
        for (int c = 0; c < 2; c++) {
            float[] actual = new float[frames.length];
            double[] expected = new double[frames.length];
            for (int i = 0; i < frames.length; i++) {
                actual[i] = output[c][frames[i] + latency];
                expected[i] = direct(input, ir, c, frames[i]);
            }
            double error = DirectConvolution.relativeRmsError(actual, expected);
            assertTrue(error < TOLERANCE, "channel " + c + " error " + error);
        }
    }

    @Test
    void takesTheTransformWithTheLeastWorkPerFrame() {
        // N (log2 N + 2) / (N - L + 1) over N = 8192..131072: for 4 096 frames 65536 (19.20 against 19.43
        // for 32768), for 12 287 frames 131072 (20.97 against 22.15 for 65536), and the smallest size for one frame.
        assertEquals(65_536 - 4_096 + 1, latencyFor(4_096));
        assertEquals(131_072 - 12_287 + 1, latencyFor(12_287));
        assertEquals(131_072 - 32_191 + 1, latencyFor(32_191));
        assertEquals(8_192, latencyFor(1));
        // Past 65 536 frames the response falls back to uniform 8192-frame partitions.
        assertEquals(8_192, latencyFor(70_000));
    }

    @Test
    void directConvolutionInPlaceEqualsIntoOtherArrays() {
        Random random = new Random(11);
        ImpulseResponse ir = ImpulseResponse.of(PartitionedConvolverTest.noise(random, 4, 20, true), SAMPLE_RATE);
        float[][] input = PartitionedConvolverTest.noise(random, 2, 10_000, false);
        DirectConvolver separate = new DirectConvolver(ir, 2);
        DirectConvolver inPlace = new DirectConvolver(ir, 2);
        float[][] expected = PartitionedConvolverTest.runInBlocks(separate, input, 10_000, 5_000);
        float[][] block = {input[0].clone(), input[1].clone()};
        inPlace.process(block, block, 5_000);
        float[][] rest = {java.util.Arrays.copyOfRange(input[0], 5_000, 10_000),
            java.util.Arrays.copyOfRange(input[1], 5_000, 10_000)};
        inPlace.process(rest, rest, 5_000);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 5_000; i++) {
                assertEquals(expected[c][i], block[c][i], 0f);
                assertEquals(expected[c][5_000 + i], rest[c][i], 0f);
            }
        }
    }

    private static int latencyFor(int irFrames) {
        return PartitionedConvolver.offline(ImpulseResponse.of(new float[][] {new float[irFrames]}, SAMPLE_RATE), 2)
                .latencyFrames();
    }

    private static int[] checkedFrames(Random random, int inputFrames, int hop) {
        java.util.List<Integer> frames = new java.util.ArrayList<>();
        for (int boundary = hop; boundary < inputFrames; boundary += hop) {
            for (int d = -2; d <= 1; d++) {
                frames.add(boundary + d - hop);
                frames.add(boundary + d);
            }
        }
        while (frames.size() < 1_500) {
            frames.add(random.nextInt(inputFrames));
        }
        return frames.stream().filter(f -> f >= 0 && f < inputFrames).mapToInt(Integer::intValue).toArray();
    }

    /** Output channel {@code o} of the direct convolution at frame {@code n}, routed as the convolver routes. */
    private static double direct(float[][] input, float[][] ir, int o, int n) {
        double sum = 0;
        int paths = ir.length == 4 ? 2 : 1;
        for (int path = 0; path < paths; path++) {
            float[] x = input[ir.length == 4 ? path : o];
            float[] h = ir[ir.length == 4 ? path * 2 + o : ir.length == 2 ? o : 0];
            for (int k = 0, last = Math.min(n, h.length - 1); k <= last; k++) {
                sum += h[k] * (double) x[n - k];
            }
        }
        return sum;
    }
}
