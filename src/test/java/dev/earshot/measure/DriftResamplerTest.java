package dev.earshot.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DriftResamplerTest {
    @Test
    void resampledSineMatchesTheClosedFormWithin80Decibels() {
        double ratio = 1 + 150e-6;
        for (double frequencyHz : new double[] {50, 1000, 10_000, 18_000}) {
            float[] input = new float[48_000];
            double omega = 2 * Math.PI * frequencyHz / 48_000;
            for (int i = 0; i < input.length; i++) {
                input[i] = (float) Math.sin(omega * i);
            }
            float[] output = DriftResampler.resample(input, ratio);
            double worst = 0;
            // Away from the edges, where the kernel runs off the input.
            for (int m = 100; m < output.length - 100; m++) {
                worst = Math.max(worst, Math.abs(output[m] - Math.sin(omega * m * ratio)));
            }
            // −80 dB: the Kaiser window's stop band and the float input's rounding.
            assertEquals(0, worst, 1e-4, "at " + frequencyHz + " Hz");
        }
    }
}
