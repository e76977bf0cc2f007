package dev.earshot.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.OctaveSmoothing;
import java.util.List;
import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of issue 8: a known system (non-linearity, minimum-phase IR, latency, 100 ppm clock drift,
 * noise at −60 dBFS) is measured back with a short sweep.
 */
class SyntheticMeasurementTest {
    private static final int RATE = 48_000;
    private static final SweepSettings SETTINGS = new SweepSettings(RATE, 15, 24_000, 2.5, 0.5, 1.0 / 24, 0.3, 0.7,
            -6, 2);
    private static final double A2 = 0.05;
    private static final double A3 = 0.08;
    private static final int LATENCY_FRAMES = 100;
    private static final float[] TRUE_IR = SyntheticSystem.knownIr();
    private static ExtractedResponse measured;
    private static double fundamentalGain;

    @BeforeAll
    static void measure() {
        SyntheticSystem system = new SyntheticSystem(A2, A3, TRUE_IR, LATENCY_FRAMES, 100, 1e-3, 42);
        float[] recording = system.record(SETTINGS);
        measured = ResponseExtractor.extract(SweepAverager.average(List.of(recording), SETTINGS), SETTINGS);
        double amplitude = SETTINGS.amplitude();
        fundamentalGain = 1 + 3 * A3 * amplitude * amplitude / 4;
    }

    @Test
    void magnitudeIsWithinHalfADecibelFrom30HzTo16kHzAfterTwelfthOctaveSmoothing() {
        double[] pointsHz = OctaveSmoothing.logSpacedHz(30, 16_000, 24);
        double[] truth = smoothedDb(TRUE_IR, pointsHz);
        double[] result = smoothedDb(measured.impulse(), pointsHz);
        for (int i = 0; i < pointsHz.length; i++) {
            // The cubic term raises the fundamental by 3·a3·A²/4 (0.13 dB here): part of the true linear response.
            double error = result[i] - truth[i] - 20 * Math.log10(fundamentalGain);
            assertEquals(0, error, 0.5, "at " + pointsHz[i] + " Hz");
        }
    }

    @Test
    void secondAndThirdHarmonicsAreWithinOneDecibelOfTheClosedForm() {
        double amplitude = SETTINGS.amplitude();
        double[] closedForm = {0, 0, A2 * amplitude * amplitude / 2 / (amplitude * fundamentalGain),
            A3 * amplitude * amplitude * amplitude / 4 / (amplitude * fundamentalGain)};
        for (int k = 2; k <= 3; k++) {
            for (double centreHz : new double[] {125, 250, 500, 1000, 2000}) {
                double expected = 20 * Math.log10(closedForm[k]) + irRatioDb(k, centreHz);
                double level = measured.harmonics().levelDb(k, centreHz, 1);
                assertEquals(expected, level, 1.0, "harmonic " + k + " at " + centreHz + " Hz");
            }
        }
    }

    @Test
    void driftOfOneHundredPpmIsEstimatedWithinATenthOfAPpm() {
        assertEquals(100, measured.driftPpm(), 0.1);
    }

    @Test
    void latencyIsTheDelayPlusTheIrPeakWithinOneFrame() {
        int irPeak = 0;
        for (int i = 1; i < TRUE_IR.length; i++) {
            if (Math.abs(TRUE_IR[i]) > Math.abs(TRUE_IR[irPeak])) {
                irPeak = i;
            }
        }
        assertEquals((LATENCY_FRAMES + irPeak) / (double) RATE, measured.latencySeconds(), 1.0 / RATE);
        assertTrue(measured.snrDb() > 60, "SNR " + measured.snrDb());
        assertEquals(2, measured.sweepsAveraged());
    }

    /**
     * 10·log10 of the true IR's mean power at k·f over that at f, f over the octave band around {@code centreHz}
     * (the harmonic passes the IR at k·f, the fundamental at f).
     */
    private static double irRatioDb(int k, double centreHz) {
        double product = 0;
        double fundamental = 0;
        for (double f = centreHz / Math.sqrt(2); f <= centreHz * Math.sqrt(2); f += centreHz / 64) {
            double[] ir = toDouble(TRUE_IR);
            product += Math.pow(ExponentialSweep.magnitudeAt(ir, k * f, RATE), 2);
            fundamental += Math.pow(ExponentialSweep.magnitudeAt(ir, f, RATE), 2);
        }
        return 10 * Math.log10(product / fundamental);
    }

    private static double[] smoothedDb(float[] ir, double[] pointsHz) {
        int size = 1 << 18;
        double[] x = java.util.Arrays.copyOf(toDouble(ir), size);
        new DoubleFFT_1D(size).realForward(x);
        double[] power = new double[size / 2 - 1];
        for (int k = 1; k < size / 2; k++) {
            power[k - 1] = x[2 * k] * x[2 * k] + x[2 * k + 1] * x[2 * k + 1];
        }
        // 1/12-octave smoothing: the mean power of the bins within ±1/24 octave of each point.
        double[] smoothed = new double[pointsHz.length];
        double binHz = RATE / (double) size;
        for (int i = 0; i < pointsHz.length; i++) {
            int low = (int) Math.ceil(pointsHz[i] * Math.pow(2, -1.0 / 24) / binHz);
            int high = (int) Math.floor(pointsHz[i] * Math.pow(2, 1.0 / 24) / binHz);
            double sum = 0;
            for (int k = low; k <= high; k++) {
                sum += power[k - 1];
            }
            smoothed[i] = 10 * Math.log10(sum / (high - low + 1));
        }
        return smoothed;
    }

    private static double[] toDouble(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }
}
