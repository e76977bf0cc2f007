package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.AllocationProbe;
import dev.earshot.audio.ArraySource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.dsp.BlockSink;
import dev.earshot.dsp.ImpulseResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceChainTest {
    private static final int RATE = 48_000;

    @Test
    void diracResponseRendersTheInputUnchanged() throws IOException {
        float[] left = Signals.noise(41, 0.5, 30_000);
        float[] right = Signals.noise(42, 0.5, 30_000);
        DeviceChain chain = new DeviceChain(List.of(new ImpulseResponseStage(dirac(), 4096)));
        Collector sink = new Collector();

        long frames = DeviceChain.render(ArraySource.of(RATE, left, right), chain, true, sink, ProgressListener.NONE);

        assertEquals(left.length, frames);
        float[][] out = sink.samples();
        for (int i = 0; i < left.length; i++) {
            // One forward and one inverse float FFT of 8192 points: rounding stays below 1e-6 full scale.
            assertEquals(left[i], out[0][i], 1e-6);
            assertEquals(right[i], out[1][i], 1e-6);
        }
    }

    @Test
    void latencyOfEveryStageIsCompensated() throws IOException {
        float[] tone = Signals.sine(440, 0.3, RATE, 20_000);
        DeviceChain chain = new DeviceChain(List.of(new ImpulseResponseStage(dirac(), 256),
                new LimiterStage(-1.0, 3.0, 50.0), new ListeningLevelStage(83, 83), new StereoWidthStage(100)));
        Collector sink = new Collector();

        DeviceChain.render(ArraySource.of(RATE, tone), chain, false, sink, ProgressListener.NONE);

        assertEquals(256 + 144, chain.latencyFrames());
        float[][] out = sink.samples();
        assertEquals(tone.length, out[0].length);
        for (int i = 0; i < tone.length; i++) {
            assertEquals(tone[i], out[0][i], 1e-6, "frame " + i);
            assertEquals(tone[i], out[1][i], 1e-6, "frame " + i);
        }
    }

    @Test
    void monoSumThenTrueStereoResponseEqualsTheDirectComputation() throws IOException {
        float[][] h = {Signals.noise(43, 0.3, 700), Signals.noise(44, 0.3, 700), Signals.noise(45, 0.3, 700),
            Signals.noise(46, 0.3, 700)};
        float[] left = Signals.noise(47, 0.5, 20_000);
        float[] right = Signals.noise(48, 0.5, 20_000);
        DeviceChain chain = new DeviceChain(List.of(new MonoSumStage(0.6, 0.4),
                new ImpulseResponseStage(ImpulseResponse.of(h, RATE), 512)));
        Collector sink = new Collector();

        long frames = DeviceChain.render(ArraySource.of(RATE, left, right), chain, true, sink, ProgressListener.NONE);

        assertEquals(left.length + 699, frames);
        float[][] out = sink.samples();
        double[] mono = new double[left.length];
        for (int i = 0; i < mono.length; i++) {
            mono[i] = (float) (0.6f * left[i] + 0.4f * right[i]);
        }
        // outL = LL * L' + RL * R', outR = LR * L' + RR * R', with L' = R' = the mono sum.
        double[] expectedLeft = convolve(mono, h[0], h[2]);
        double[] expectedRight = convolve(mono, h[1], h[3]);
        assertTrue(relativeRmsError(out[0], expectedLeft) < 1e-5);
        assertTrue(relativeRmsError(out[1], expectedRight) < 1e-5);
    }

    @Test
    void fiveOneSourceIsFoldedWithTheItuCoefficients() throws IOException {
        float[][] channels = new float[6][];
        for (int c = 0; c < 6; c++) {
            channels[c] = Signals.noise(50 + c, 0.2, 5_000);
        }
        Collector sink = new Collector();
        DeviceChain.render(ArraySource.of(RATE, channels), new DeviceChain(List.of()), false, sink,
                ProgressListener.NONE);
        float[][] out = sink.samples();
        double g = Math.sqrt(0.5);
        for (int i = 0; i < 5_000; i++) {
            assertEquals(channels[0][i] + g * channels[2][i] + g * channels[4][i], out[0][i], 1e-6);
            assertEquals(channels[1][i] + g * channels[2][i] + g * channels[5][i], out[1][i], 1e-6);
        }
    }

    @Test
    void fourChannelSourceIsRejected() {
        float[][] channels = new float[4][100];
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> DeviceChain.render(ArraySource.of(RATE, channels), new DeviceChain(List.of()), false,
                        (block, frames) -> { }, ProgressListener.NONE));
        assertTrue(error.getMessage().contains("4 channels"));
    }

    @Test
    void progressReachesOne() throws IOException {
        List<Double> fractions = new ArrayList<>();
        DeviceChain.render(ArraySource.of(RATE, new float[50_000]), new DeviceChain(List.of()), false,
                (block, frames) -> { }, fractions::add);
        assertEquals(1.0, fractions.get(fractions.size() - 1), 0.0);
        for (int i = 1; i < fractions.size(); i++) {
            assertTrue(fractions.get(i) >= fractions.get(i - 1));
        }
    }

    @Test
    void steadyStateProcessingOfAFullChainAllocatesNothing() {
        float[][] h = {Signals.noise(60, 0.1, 24_000), Signals.noise(61, 0.1, 24_000),
            Signals.noise(62, 0.1, 24_000), Signals.noise(63, 0.1, 24_000)};
        DeviceChain chain = new DeviceChain(List.of(new ImpulseResponseStage(ImpulseResponse.of(h, RATE), 256),
                new MonoSumStage(0.5, 0.5), new StereoWidthStage(60), new BassProtectionStage(200, -20, 12, 5, 200),
                new PsychoacousticBassStage(150, -6), new LimiterStage(-1, 2, 80),
                new RoadNoiseStage(100, 68, 80, 1), new ListeningLevelStage(70, 83)));
        chain.prepare(RATE, 256);
        float[][] block = {Signals.sine(50, 0.8, RATE, 256), Signals.sine(70, 0.8, RATE, 256)};
        // Block sizes vary as an audio callback's may; windows of 300 calls are about 0.8 s of audio each.
        AllocationProbe.assertSteadyStateAllocatesNothing(i -> chain.process(block, 1 + (i * 53) % 256), 300);
    }

    private static ImpulseResponse dirac() {
        return ImpulseResponse.of(new float[][] {{1f}}, RATE);
    }

    private static double[] convolve(double[] x, float[] first, float[] second) {
        double[] y = new double[x.length + first.length - 1];
        for (int i = 0; i < x.length; i++) {
            for (int k = 0; k < first.length; k++) {
                y[i + k] += x[i] * ((double) first[k] + second[k]);
            }
        }
        return y;
    }

    private static double relativeRmsError(float[] actual, double[] expected) {
        assertEquals(expected.length, actual.length);
        double error = 0;
        double energy = 0;
        for (int i = 0; i < actual.length; i++) {
            error += (actual[i] - expected[i]) * (actual[i] - expected[i]);
            energy += expected[i] * expected[i];
        }
        return Math.sqrt(error / energy);
    }

    /** Appends every block; test-only, so growth by copying is fine. */
    private static final class Collector implements BlockSink {
        private final List<float[][]> blocks = new ArrayList<>();
        private int frames;

        @Override
        public void accept(float[][] block, int count) {
            float[][] copy = new float[block.length][];
            for (int c = 0; c < block.length; c++) {
                copy[c] = Arrays.copyOf(block[c], count);
            }
            blocks.add(copy);
            frames += count;
        }

        float[][] samples() {
            float[][] out = new float[2][frames];
            int position = 0;
            for (float[][] block : blocks) {
                for (int c = 0; c < 2; c++) {
                    System.arraycopy(block[c], 0, out[c], position, block[c].length);
                }
                position += block[0].length;
            }
            return out;
        }
    }
}
