package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * EBU Tech 3341 true-peak cases 15–23 at 44.1 and 48 kHz, tolerance +0.2/−0.4 dB as published. The signals are
 * generated here; cases 20–23 are synthesised at 4·fs, low-passed by a filter designed in this test and decimated
 * with offsets 0 to 3.
 */
class EbuTruePeakTest {

    private static void assertTruePeak(double expectedDbtp, double measuredDbtp) {
        assertTrue(measuredDbtp <= expectedDbtp + 0.2 && measuredDbtp >= expectedDbtp - 0.4,
                () -> "true peak " + measuredDbtp + " dBTP outside " + expectedDbtp + " +0.2/-0.4");
    }

    private static double truePeakDbtp(int sampleRate, float[] mono) {
        LoudnessMeter meter = new LoudnessMeter(sampleRate, ChannelLayout.STEREO, false);
        meter.add(new float[][] {mono, mono.clone()}, mono.length);
        return meter.result().truePeakDbtp();
    }

    /** One second of a sine at {@code fs/divisor}, starting at {@code phaseDegrees}, with 10 ms linear fades. */
    private static float[] fadedSine(int sampleRate, int divisor, double amplitude, double phaseDegrees) {
        float[] x = new float[sampleRate];
        int fade = sampleRate / 100;
        for (int i = 0; i < x.length; i++) {
            double gain = Math.min(1.0, Math.min(i, x.length - 1 - i) / (double) fade);
            x[i] = (float) (gain * amplitude * Math.sin(2 * Math.PI * i / divisor + Math.toRadians(phaseDegrees)));
        }
        return x;
    }

    @ParameterizedTest(name = "case {0} at {5} Hz")
    @CsvSource({"15, 4, 0.50, 0.0, -6.0, 48000", "16, 4, 0.50, 45.0, -6.0, 48000", "17, 6, 0.50, 60.0, -6.0, 48000",
        "18, 8, 0.50, 67.5, -6.0, 48000", "19, 4, 1.41, 45.0, 3.0, 48000",
        "15, 4, 0.50, 0.0, -6.0, 44100", "16, 4, 0.50, 45.0, -6.0, 44100", "17, 6, 0.50, 60.0, -6.0, 44100",
        "18, 8, 0.50, 67.5, -6.0, 44100", "19, 4, 1.41, 45.0, 3.0, 44100"})
    void cases15To19SinesWithInterSamplePeaks(int ebuCase, int divisor, double amplitude, double phaseDegrees,
                                             double expectedDbtp, int sampleRate) {
        assertTruePeak(expectedDbtp, truePeakDbtp(sampleRate, fadedSine(sampleRate, divisor, amplitude,
                phaseDegrees)));
    }

    static Stream<Arguments> decimationOffsets() {
        return Stream.of(44100, 48000).flatMap(rate -> IntStream.range(0, 4).mapToObj(o -> Arguments.of(rate, o)));
    }

    @ParameterizedTest(name = "case {1} + 20 at {0} Hz")
    @MethodSource("decimationOffsets")
    void cases20To23BurstDecimatedWithOffset(int sampleRate, int offset) {
        float[] x = decimate(burstAtFourTimesRate(sampleRate), offset);
        assertTruePeak(0.0, truePeakDbtp(sampleRate, x));
    }

    /**
     * At 4·fs: fs/6 at amplitude 0.5 for 0.5 s, one period of fs/4 at amplitude 1.0, then fs/6 again for 0.5 s, the
     * phase running on continuously; 10 ms fades at both ends.
     */
    private static double[] burstAtFourTimesRate(int sampleRate) {
        int half = 2 * sampleRate;
        int burst = 16;
        double[] x = new double[2 * half + burst];
        double phase = 0.0;
        int fade = 4 * sampleRate / 100;
        for (int i = 0; i < x.length; i++) {
            boolean inBurst = i >= half && i < half + burst;
            double gain = Math.min(1.0, Math.min(i, x.length - 1 - i) / (double) fade);
            x[i] = gain * (inBurst ? 1.0 : 0.5) * Math.sin(phase);
            phase += inBurst ? 2 * Math.PI / 16 : 2 * Math.PI / 24;
        }
        return x;
    }

    /**
     * Low-pass at 0.45·fs (a Blackman-windowed sinc of 257 taps at 4·fs, stop band below −70 dB from 0.55·fs) and keep
     * every fourth sample starting at {@code offset}.
     */
    private static float[] decimate(double[] x, int offset) {
        int taps = 257;
        int centre = taps / 2;
        double cutoff = 0.45 / 4;
        double[] h = new double[taps];
        double sum = 0;
        for (int k = 0; k < taps; k++) {
            double t = k - centre;
            double sinc = t == 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * t) / (Math.PI * t);
            double window = 0.42 - 0.5 * Math.cos(2 * Math.PI * k / (taps - 1)) + 0.08 * Math.cos(4 * Math.PI * k
                    / (taps - 1));
            h[k] = sinc * window;
            sum += h[k];
        }
        float[] y = new float[(x.length - offset) / 4];
        for (int n = 0; n < y.length; n++) {
            int m = 4 * n + offset;
            double acc = 0;
            for (int k = 0; k < taps; k++) {
                int j = m + centre - k;
                if (j >= 0 && j < x.length) {
                    acc += h[k] * x[j];
                }
            }
            y[n] = (float) (acc / sum);
        }
        return y;
    }
}
