package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OfflineConvolutionTest {
    private static final int RATE = 48_000;
    /**
     * Float FFT convolution against a double-precision direct sum: single-precision rounding (6e-8) grows with
     * log2 of the FFT size (14..16 here) and with the number of summed paths, staying a few times 1e-7.
     */
    private static final double MAX_RELATIVE_RMS_ERROR = 1e-6;

    static Stream<Arguments> layoutsAndLengths() {
        // IR of 300 frames: FFT 16384, hop 16085, a two-thread batch 32170 frames; IR of 5000: FFT 32768, hop 27769.
        int[] lengths = {1, 16_084, 16_085, 16_086, 32_170, 32_171, 45_000};
        List<Arguments> cases = new ArrayList<>();
        int[][] irAndInputChannels = {{1, 1}, {1, 2}, {2, 1}, {2, 2}, {4, 1}, {4, 2}};
        for (int[] channels : irAndInputChannels) {
            for (int length : lengths) {
                cases.add(Arguments.of(channels[0], channels[1], 300, length));
            }
            cases.add(Arguments.of(channels[0], channels[1], 5_000, 60_000));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} IR channels, {1} input channels, IR {2} frames, input {3} frames")
    @MethodSource("layoutsAndLengths")
    void randomSignalsMatchDirectConvolution(int irChannels, int inputChannels, int irFrames, int inputFrames)
            throws IOException {
        Random random = new Random(irChannels * 1_000_003L + inputChannels * 7919L + irFrames * 31L + inputFrames);
        float[][] input = noise(random, inputChannels, inputFrames);
        float[][] ir = decayingNoise(random, irChannels, irFrames);

        float[][] output = render(input, ImpulseResponse.of(ir, RATE), false);

        double[][] expected = DirectConvolution.convolve(input, ir);
        assertEquals(expected.length, output.length, "output channels");
        for (int c = 0; c < expected.length; c++) {
            assertEquals(inputFrames + irFrames - 1, output[c].length, "output length");
            double error = DirectConvolution.relativeRmsError(output[c], expected[c]);
            assertTrue(error < MAX_RELATIVE_RMS_ERROR, "channel " + c + " relative RMS error " + error);
        }
    }

    @Test
    void diracReturnsTheInput() throws IOException {
        float[][] input = noise(new Random(1), 2, 70_000);
        float[][] output = render(input, ImpulseResponse.of(new float[][] {{1f}}, RATE), false);
        // Only float rounding inside the transforms separates output from input.
        assertArrayEquals(input[0], output[0], 1e-6f);
        assertArrayEquals(input[1], output[1], 1e-6f);
    }

    @Test
    void delayedDiracShiftsByTheDelay() throws IOException {
        int delay = 1_234;
        float[] dirac = new float[delay + 1];
        dirac[delay] = 1f;
        float[][] input = noise(new Random(2), 1, 40_000);
        float[] output = render(input, ImpulseResponse.of(new float[][] {dirac}, RATE), false)[0];
        assertEquals(40_000 + delay, output.length);
        for (int i = 0; i < output.length; i++) {
            float expected = i < delay ? 0f : input[0][i - delay];
            assertEquals(expected, output[i], 1e-6f, "frame " + i);
        }
    }

    @Test
    void impulseResponseLongerThanTheInput() throws IOException {
        Random random = new Random(3);
        float[][] input = noise(random, 2, 700);
        float[][] ir = decayingNoise(random, 4, 20_000);
        float[][] output = render(input, ImpulseResponse.of(ir, RATE), false);
        double[][] expected = DirectConvolution.convolve(input, ir);
        for (int c = 0; c < 2; c++) {
            assertEquals(20_699, output[c].length);
            assertTrue(DirectConvolution.relativeRmsError(output[c], expected[c]) < MAX_RELATIVE_RMS_ERROR);
        }
    }

    @Test
    void oneSampleInputGivesTheScaledResponse() throws IOException {
        float[] ir = decayingNoise(new Random(4), 1, 500)[0];
        float[] output = render(new float[][] {{0.5f}}, ImpulseResponse.of(new float[][] {ir}, RATE), false)[0];
        assertEquals(500, output.length);
        for (int i = 0; i < ir.length; i++) {
            assertEquals(0.5f * ir[i], output[i], 1e-6f, "frame " + i);
        }
    }

    @Test
    void silenceInGivesSilenceOut() throws IOException {
        float[][] ir = decayingNoise(new Random(5), 4, 3_000);
        float[][] output = render(new float[2][50_000], ImpulseResponse.of(ir, RATE), false);
        for (float[] channel : output) {
            assertEquals(52_999, channel.length);
            for (float sample : channel) {
                assertTrue(sample == 0f, "sample " + sample);
            }
        }
    }

    @Test
    void trimGivesExactlyTheInputLengthAndTheSameSamples() throws IOException {
        Random random = new Random(6);
        float[][] input = noise(random, 2, 33_333);
        ImpulseResponse ir = ImpulseResponse.of(decayingNoise(random, 2, 4_000), RATE);
        float[][] full = render(input, ir, false);
        CollectingSink sink = new CollectingSink();
        long written = OfflineConvolution.render(new FloatArraySource(input, RATE), ir, true, sink,
                ProgressListener.NONE);
        assertEquals(33_333, written);
        float[][] trimmed = sink.samples();
        for (int c = 0; c < 2; c++) {
            assertEquals(33_333, trimmed[c].length);
            for (int i = 0; i < trimmed[c].length; i++) {
                assertEquals(full[c][i], trimmed[c][i], "frame " + i);
            }
        }
    }

    @Test
    void shortReadsAndUnknownLengthGiveIdenticalOutput() throws IOException {
        Random random = new Random(7);
        float[][] input = noise(random, 2, 61_111);
        ImpulseResponse ir = ImpulseResponse.of(decayingNoise(random, 4, 2_500), RATE);
        float[][] reference = render(input, ir, false);
        for (int chunk : new int[] {1_000, 4_097, 12_345}) {
            CollectingSink sink = new CollectingSink();
            OfflineConvolution.render(new FloatArraySource(input, RATE, chunk, chunk != 4_097), ir, false, sink,
                    ProgressListener.NONE);
            assertArrayEquals(reference, sink.samples(), "reads of at most " + chunk + " frames");
        }
    }

    @Test
    void everyThreadCountGivesIdenticalOutput() throws IOException {
        Random random = new Random(8);
        float[][] input = noise(random, 2, 80_000);
        ImpulseResponse ir = ImpulseResponse.of(decayingNoise(random, 4, 1_000), RATE);
        float[][] reference = renderWithThreads(input, ir, 1);
        assertArrayEquals(reference, renderWithThreads(input, ir, 2));
        assertArrayEquals(reference, renderWithThreads(input, ir, 3));
    }

    @Test
    void progressIsNonDecreasingAndEndsAtOne() throws IOException {
        Random random = new Random(9);
        float[][] input = noise(random, 1, 100_000);
        ImpulseResponse ir = ImpulseResponse.of(decayingNoise(random, 1, 100), RATE);
        List<Double> fractions = new ArrayList<>();
        OfflineConvolution.render(new FloatArraySource(input, RATE), ir, false, (block, frames) -> { },
                fractions::add, 1);
        assertTrue(fractions.size() > 2, "several progress reports: " + fractions);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1), "non-decreasing: " + fractions);
        }
        assertTrue(fractions.get(0) >= 0);
        assertEquals(1.0, fractions.get(fractions.size() - 1));
    }

    @Test
    void rejectsAResponseAtAnotherSampleRate() {
        ImpulseResponse ir = ImpulseResponse.of(new float[][] {{1f}}, 44_100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OfflineConvolution.render(
                new FloatArraySource(new float[1][10], RATE), ir, false, (b, f) -> { }, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("44100 Hz"), e.getMessage());
    }

    @Test
    void rejectsThreeChannelsThroughAStereoResponse() {
        ImpulseResponse ir = ImpulseResponse.of(new float[][] {{1f}, {1f}}, RATE);
        assertThrows(IllegalArgumentException.class, () -> OfflineConvolution.render(
                new FloatArraySource(new float[3][10], RATE), ir, false, (b, f) -> { }, ProgressListener.NONE));
    }

    static float[][] render(float[][] input, ImpulseResponse ir, boolean trim) throws IOException {
        CollectingSink sink = new CollectingSink();
        long written = OfflineConvolution.render(new FloatArraySource(input, RATE), ir, trim, sink,
                ProgressListener.NONE);
        assertEquals(sink.frames(), written, "returned frame count");
        return sink.samples();
    }

    private static float[][] renderWithThreads(float[][] input, ImpulseResponse ir, int threads) throws IOException {
        CollectingSink sink = new CollectingSink();
        OfflineConvolution.render(new FloatArraySource(input, RATE), ir, false, sink, ProgressListener.NONE, threads);
        return sink.samples();
    }

    static float[][] noise(Random random, int channels, int frames) {
        float[][] samples = new float[channels][frames];
        for (float[] channel : samples) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (random.nextGaussian() * 0.25);
            }
        }
        return samples;
    }

    /** Noise under an exponential decay, like a room or speaker response. */
    static float[][] decayingNoise(Random random, int channels, int frames) {
        float[][] samples = new float[channels][frames];
        for (float[] channel : samples) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (random.nextGaussian() * Math.exp(-4.0 * i / frames));
            }
        }
        return samples;
    }
}
