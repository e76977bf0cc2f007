package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.jtransforms.fft.FloatFFT_1D;
import org.junit.jupiter.api.Test;

class FftConvolverTest {

    @Test
    void fftSizeIsAPowerOfTwoOfAtLeastFourResponseLengths() {
        assertEquals(16_384, FftConvolver.fftSizeFor(1));
        assertEquals(16_384, FftConvolver.fftSizeFor(4_096));
        assertEquals(32_768, FftConvolver.fftSizeFor(4_097));
        assertEquals(262_144, FftConvolver.fftSizeFor(48_000));
        for (int irFrames = 1; irFrames < 1 << 20; irFrames = irFrames * 3 + 1) {
            int size = FftConvolver.fftSizeFor(irFrames);
            assertEquals(1, Integer.bitCount(size));
            assertTrue(size >= 4L * irFrames, "size " + size + " for " + irFrames);
        }
        assertThrows(IllegalArgumentException.class, () -> FftConvolver.fftSizeFor(0));
        assertThrows(IllegalArgumentException.class, () -> FftConvolver.fftSizeFor(FftConvolver.MAX_IR_FRAMES + 1));
        assertThrows(IllegalArgumentException.class, () -> new FftConvolver(new float[100], 128));
        assertThrows(IllegalArgumentException.class, () -> new FftConvolver(new float[100], 300));
    }

    @Test
    void oneBlockOfOverlapSaveMatchesDirectConvolution() {
        Random random = new Random(11);
        float[] ir = OfflineConvolutionTest.decayingNoise(random, 1, 200)[0];
        float[] input = OfflineConvolutionTest.noise(random, 1, 1_024)[0];
        FftConvolver convolver = new FftConvolver(ir, 1_024);
        assertEquals(825, convolver.hopFrames());

        FloatFFT_1D transform = new FloatFFT_1D(1_024);
        float[] spectrum = input.clone();
        transform.realForward(spectrum);
        float[] product = new float[1_024];
        convolver.multiply(spectrum, product);
        transform.realInverse(product, false);

        // Overlap-save: output frames 199..1023 of the circular convolution are the linear convolution there.
        double[] expected = DirectConvolution.convolve(input, ir);
        for (int i = 199; i < 1_024; i++) {
            assertEquals(expected[i], product[i], 1e-5, "frame " + i);
        }
    }

    @Test
    void multiplyAccumulateAddsToTheAccumulator() {
        Random random = new Random(12);
        float[] spectrum = OfflineConvolutionTest.noise(random, 1, 16_384)[0];
        FftConvolver convolver = new FftConvolver(OfflineConvolutionTest.noise(random, 1, 300)[0]);
        float[] once = new float[16_384];
        convolver.multiply(spectrum, once);
        float[] twice = once.clone();
        convolver.multiplyAccumulate(spectrum, twice);
        for (int i = 0; i < once.length; i++) {
            assertEquals(2 * once[i], twice[i], Math.ulp(once[i]) * 4);
        }
    }
}
