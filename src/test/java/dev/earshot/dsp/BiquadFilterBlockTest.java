package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BiquadFilterBlockTest {
    private static final int FRAMES = 1000;

    private static BiquadFilter shelf() {
        BiquadFilter filter = new BiquadFilter(2);
        filter.setLowShelf(48000, 150, Math.sqrt(0.5), -9.0);
        return filter;
    }

    private static double[] noise(long seed) {
        Random random = new Random(seed);
        double[] x = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            x[i] = 2 * random.nextDouble() - 1;
        }
        return x;
    }

    @Test
    void doubleRangesGiveExactlyTheSampleBySampleOutput() {
        // Reference: the per-sample method. Filtering in ranges of varying length on channel 1 must reproduce it bit
        // for bit (same arithmetic in the same order), and leave channel 0's state alone.
        double[] x = noise(3);
        BiquadFilter reference = BiquadFilter.lowPass(48000, 200, Math.sqrt(0.5), 2);
        BiquadFilter blocks = BiquadFilter.lowPass(48000, 200, Math.sqrt(0.5), 2);
        double[] expected = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            expected[i] = reference.process(x[i], 1);
        }
        double[] actual = x.clone();
        int from = 0;
        for (int length = 1; from < FRAMES; length = length * 2 % 61 + 1) {
            int to = Math.min(FRAMES, from + length);
            blocks.process(actual, from, to, 1);
            from = to;
        }
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(expected[i], actual[i], 0.0, "frame " + i);
        }
        assertEquals(reference.process(0.5, 0), blocks.process(0.5, 0), 0.0, "channel 0 untouched");
    }

    @Test
    void floatRangesGiveExactlyTheSampleBySampleOutputRoundedToFloat() {
        double[] x = noise(4);
        float[] actual = new float[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            actual[i] = (float) x[i];
        }
        BiquadFilter reference = shelf();
        BiquadFilter blocks = shelf();
        float[] expected = new float[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            expected[i] = (float) reference.process(actual[i], 0);
        }
        blocks.process(actual, 0, 333, 0);
        blocks.process(actual, 333, FRAMES, 0);
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(expected[i], actual[i], 0.0f, "frame " + i);
        }
    }

    @Test
    void pairsGiveExactlyWhatEachChannelGivesAlone() {
        double[] left = noise(5);
        double[] right = noise(6);
        BiquadFilter reference = shelf();
        BiquadFilter pair = shelf();
        double[] expectedLeft = left.clone();
        double[] expectedRight = right.clone();
        reference.process(expectedLeft, 0, FRAMES, 0);
        reference.process(expectedRight, 0, FRAMES, 1);
        pair.processPair(left, right, 0, 400);
        pair.processPair(left, right, 400, FRAMES);
        float[] leftFloat = new float[FRAMES];
        float[] rightFloat = new float[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(expectedLeft[i], left[i], 0.0, "left frame " + i);
            assertEquals(expectedRight[i], right[i], 0.0, "right frame " + i);
            leftFloat[i] = (float) noise(5)[i];
            rightFloat[i] = (float) noise(6)[i];
        }
        BiquadFilter floatReference = shelf();
        BiquadFilter floatPair = shelf();
        float[] expectedLeftFloat = leftFloat.clone();
        float[] expectedRightFloat = rightFloat.clone();
        floatReference.process(expectedLeftFloat, 0, FRAMES, 0);
        floatReference.process(expectedRightFloat, 0, FRAMES, 1);
        floatPair.processPair(leftFloat, rightFloat, 0, FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            assertEquals(expectedLeftFloat[i], leftFloat[i], 0.0f, "left float frame " + i);
            assertEquals(expectedRightFloat[i], rightFloat[i], 0.0f, "right float frame " + i);
        }
    }
}
