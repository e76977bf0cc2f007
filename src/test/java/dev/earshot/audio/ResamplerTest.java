package dev.earshot.audio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Resampler specification, measured against least-squares sine fits ({@link SineFit}) at the known frequency. Edges
 * are excluded by {@code EDGE_SECONDS}, well beyond the filter's half-width (76 periods of the lower rate, under
 * 2 ms at 44.1 kHz), because the input is silence outside its ends there.
 */
class ResamplerTest {
    private static final double EDGE_SECONDS = 0.01;
    private static final double SECONDS = 0.25;

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({"44100, 48000", "48000, 44100", "48000, 96000", "96000, 48000", "44100, 192000", "192000, 44100"})
    void inBandSinesKeepAmplitudeAndPhaseWithoutSpuriousProducts(int fromRate, int toRate) {
        double minRate = Math.min(fromRate, toRate);
        for (double frequencyHz : new double[] {1000, 0.4 * minRate, 0.45 * minRate}) {
            double phase = 0.3;
            float[] input = SineFit.sine((int) (SECONDS * fromRate), frequencyHz, fromRate, 0.5, phase);
            float[] output = Resampler.resample(input, fromRate, toRate);
            int edge = (int) (EDGE_SECONDS * toRate);
            SineFit fit = SineFit.of(output, edge, output.length - edge, frequencyHz, toRate);
            String what = frequencyHz + " Hz, " + fromRate + " -> " + toRate;
            // ±0.01 dB is the pass-band requirement; the design ripple is far smaller, float32 rounding is ~1e-7.
            assertEquals(0, 20 * Math.log10(fit.amplitude() / 0.5), 0.01, "gain of " + what);
            // Zero-phase filter: a phase error of 0.01 sample at 0.45·fs would be 0.028 rad; allow 1e-4 rad.
            assertEquals(phase, fit.phaseRadians(), 1e-4, "phase of " + what);
            // Images and aliases of an in-band sine at least 100 dB down (float32 rounding alone is ~-140 dB).
            assertTrue(fit.residualDb() <= -100, "spurious products of " + what + ": " + fit.residualDb() + " dB");
        }
    }

    @ParameterizedTest(name = "{0} Hz at {1} Hz -> {2} Hz")
    @CsvSource({"30000, 96000, 48000", "24255, 96000, 44100", "22100, 48000, 44100", "22500, 48000, 44100", "23900, 48000, 44100",
        "24255, 192000, 44100", "100000, 384000, 192000", "40000, 96000, 44100"})
    void sinesAboveTheNewNyquistAreAttenuatedBy100Db(double frequencyHz, int fromRate, int toRate) {
        float[] input = SineFit.sine((int) (SECONDS * fromRate), frequencyHz, fromRate, 1.0, 0);
        float[] output = Resampler.resample(input, fromRate, toRate);
        int edge = (int) (EDGE_SECONDS * toRate);
        double rms = rms(output, edge, output.length - edge);
        double attenuationDb = 20 * Math.log10(rms / Math.sqrt(0.5));
        assertTrue(attenuationDb <= -100, frequencyHz + " Hz leaks at " + attenuationDb + " dB");
    }

    @Test
    void theWholeStopBandJustAboveTheNewNyquistIsBelowMinus100Db() {
        // 48 -> 44.1 kHz leaves the least room: scan 22.06 to 24 kHz in 60 Hz steps (no sine exactly at the new
        // Nyquist, where sampling alone could hide it). Measured worst case when written: -112.6 dB.
        double worstDb = -400;
        for (double frequencyHz = 22_060; frequencyHz < 24_000; frequencyHz += 60) {
            float[] input = SineFit.sine(48_000 / 10, frequencyHz, 48_000, 1.0, 0.2);
            float[] output = Resampler.resample(input, 48_000, 44_100);
            int edge = (int) (EDGE_SECONDS * 44_100);
            worstDb = Math.max(worstDb, 20 * Math.log10(rms(output, edge, output.length - edge) / Math.sqrt(0.5)));
        }
        assertTrue(worstDb <= -100, "worst leak " + worstDb + " dB");
    }

    @Test
    void anImpulseLandsExactlyOnItsOutputInstantAndStaysSymmetric() {
        // 44.1 -> 48 kHz is 160/147: input sample 147·m is output instant 160·m exactly.
        float[] input = new float[44100 / 10];
        input[147 * 10] = 1;
        float[] output = Resampler.resample(input, 44100, 48000);
        int centre = 160 * 10;
        int peak = 0;
        for (int n = 1; n < output.length; n++) {
            peak = Math.abs(output[n]) > Math.abs(output[peak]) ? n : peak;
        }
        assertEquals(centre, peak);
        // A zero-phase kernel is symmetric about the instant; float32 rounding of the output bounds the difference.
        for (int j = 1; j < 400; j++) {
            assertEquals(output[centre + j], output[centre - j], 1e-7, "tap " + j);
        }
    }

    @Test
    void constantSignalPassesAtUnityGain() {
        float[] input = new float[4800];
        Arrays.fill(input, 0.25f);
        float[] output = Resampler.resample(input, 48000, 44100);
        for (int n = 441; n < output.length - 441; n++) {
            assertEquals(0.25, output[n], 1e-7, "sample " + n);
        }
    }

    @Test
    void equalRatesReturnACopyOfTheInput() {
        float[] input = noise(1000, 1);
        float[] output = Resampler.resample(input, 48000, 48000);
        assertArrayEquals(input, output);
        assertTrue(output != input);
    }

    @Test
    void outputLengthIsTheRoundedScaledInputLength() {
        assertEquals(160, Resampler.resample(new float[147], 44100, 48000).length);
        assertEquals(2, Resampler.resample(new float[3], 96000, 48000).length);
        assertEquals(1, Resampler.resample(new float[1], 96000, 48000).length);
        assertEquals(0, Resampler.resample(new float[0], 44100, 48000).length);
        assertEquals(1088, Resampler.resample(new float[1000], 44100, 48000).length);
        assertEquals(1088, Resampler.outputLength(1000, 44100, 48000));
        assertEquals(4354, Resampler.outputLength(1000, 44100, 192000));
    }

    @Test
    void unusualRatioWithInterpolatedPhasesStillMeetsTheSpecification() {
        // 44100 -> 47999 has 47999 phases, too many for an exact table: the interpolated table is used.
        int fromRate = 44100;
        int toRate = 47999;
        float[] input = SineFit.sine((int) (SECONDS * fromRate), 0.4 * fromRate, fromRate, 0.5, 0);
        float[] output = Resampler.resample(input, fromRate, toRate);
        int edge = (int) (EDGE_SECONDS * toRate);
        SineFit fit = SineFit.of(output, edge, output.length - edge, 0.4 * fromRate, toRate);
        assertEquals(0, 20 * Math.log10(fit.amplitude() / 0.5), 0.01);
        assertTrue(fit.residualDb() <= -100, fit.residualDb() + " dB");
    }

    @ParameterizedTest(name = "{0} Hz -> {1} Hz")
    @CsvSource({"44100, 48000", "96000, 48000", "48000, 48000", "44100, 47999"})
    void streamingOutputEqualsWholeBufferOutput(int fromRate, int toRate) throws IOException {
        float[] left = noise(10_000, 7);
        float[] right = noise(10_000, 8);
        float[] expectedLeft = Resampler.resample(left, fromRate, toRate);
        float[] expectedRight = Resampler.resample(right, fromRate, toRate);
        for (int blockFrames : new int[] {1, 37, 4096, 20_000}) {
            try (ResamplingSource source = new ResamplingSource(ArraySource.of(fromRate, left, right), toRate)) {
                assertEquals(toRate, source.format().sampleRate());
                assertEquals(2, source.format().channels());
                assertEquals(expectedLeft.length, source.lengthFrames());
                float[][] all = readAll(source, blockFrames, expectedLeft.length);
                assertArrayEquals(expectedLeft, all[0], "left, blocks of " + blockFrames);
                assertArrayEquals(expectedRight, all[1], "right, blocks of " + blockFrames);
            }
        }
    }

    private static float[][] readAll(AudioSource source, int blockFrames, int expectedFrames) throws IOException {
        int channels = source.format().channels();
        float[][] all = new float[channels][expectedFrames + blockFrames];
        float[][] block = new float[channels][blockFrames];
        int total = 0;
        for (int n; (n = source.read(block, blockFrames)) > 0; total += n) {
            assertTrue(total + n <= expectedFrames, "more frames than announced");
            for (int c = 0; c < channels; c++) {
                System.arraycopy(block[c], 0, all[c], total, n);
            }
        }
        assertEquals(expectedFrames, total);
        for (int c = 0; c < channels; c++) {
            all[c] = Arrays.copyOf(all[c], total);
        }
        return all;
    }

    private static float[] noise(int frames, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] signal = new float[frames];
        for (int n = 0; n < frames; n++) {
            signal[n] = (float) (random.nextDouble() - 0.5);
        }
        return signal;
    }

    private static double rms(float[] signal, int start, int end) {
        double sum = 0;
        for (int n = start; n < end; n++) {
            sum += (double) signal[n] * signal[n];
        }
        return Math.sqrt(sum / (end - start));
    }
}
