package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jtransforms.fft.DoubleFFT_1D;
import org.junit.jupiter.api.Test;

class MinimumPhaseTest {
    private static final int SAMPLE_RATE = 48_000;
    private static final double TWELFTH_OCTAVE = 1.0 / 12.0;

    /** Peaks, dips and slopes of 24 and 48 dB/octave at both band edges. */
    private static final MagnitudeCurve PEAKS_DIPS_SLOPES = MagnitudeCurve.of(
            20, -30, 40, -6, 100, 0, 1000, 0, 1200, 9, 1500, 0, 3000, 0, 3500, -12, 4200, 0,
            12000, 0, 16000, -20, 20000, -40);

    /** A phone-like steep high-pass (about 30 dB/octave) with a resonance and a treble lift. */
    private static final MagnitudeCurve STEEP_HIGH_PASS = MagnitudeCurve.of(
            50, -70, 100, -50, 200, -24, 400, -8, 700, 2, 1000, 0, 3000, 2, 8000, 3.6, 14000, -6);

    @Test
    void reproducesPeaksDipsAndSteepSlopesWithinHalfADecibel() {
        assertReproduces(PEAKS_DIPS_SLOPES, 16_384);
    }

    @Test
    void reproducesASteepHighPassWithinHalfADecibel() {
        assertReproduces(STEEP_HIGH_PASS, 8_192);
    }

    @Test
    void reproducesNarrowLowFrequencyModes() {
        MagnitudeCurve modes = MagnitudeCurve.of(20, 0, 38, 0, 42, 10, 46, 0, 60, 0, 66, -10, 72, 0, 20000, 0);
        assertReproduces(modes, 24_000);
    }

    /**
     * |1 − a·e^(−iω)| is the magnitude of both the minimum-phase FIR [1, −a] and the maximum-phase [−a, 1]; the design
     * must return the minimum-phase one exactly (up to cepstral aliasing, far below 1e-6 on a 65 536 grid).
     */
    @Test
    void recoversTheMinimumPhaseTwoTapFilterFromItsMagnitude() {
        double a = 0.8;
        MagnitudeResponse magnitude = frequencyHz -> {
            double omega = 2 * Math.PI * frequencyHz / SAMPLE_RATE;
            double real = 1 - a * Math.cos(omega);
            double imaginary = a * Math.sin(omega);
            return 10 * Math.log10(real * real + imaginary * imaginary);
        };
        float[] ir = MinimumPhase.fromMagnitude(magnitude, SAMPLE_RATE, 64);
        assertEquals(1.0, ir[0], 1e-6);
        assertEquals(-a, ir[1], 1e-6);
        for (int i = 2; i < ir.length; i++) {
            assertEquals(0.0, ir[i], 1e-6, "sample " + i);
        }
    }

    @Test
    void flatResponseIsAUnitImpulse() {
        float[] ir = MinimumPhase.fromMagnitude(MagnitudeResponse.FLAT.shiftedBy(-6.0206), SAMPLE_RATE, 256);
        assertEquals(0.5, ir[0], 1e-6);
        for (int i = 1; i < ir.length; i++) {
            assertEquals(0.0, ir[i], 1e-7);
        }
    }

    /**
     * Among all filters with one magnitude, the minimum-phase one has the most energy in its first k samples for
     * every k. The comparison is the linear-phase (symmetric) filter with the same sampled magnitude.
     */
    @Test
    void concentratesMoreEnergyAtTheStartThanTheLinearPhaseFilter() {
        int irFrames = 4_096;
        float[] minimum = MinimumPhase.fromMagnitude(PEAKS_DIPS_SLOPES, SAMPLE_RATE, irFrames);
        double[] linear = linearPhase(PEAKS_DIPS_SLOPES, irFrames);
        double minimumTotal = energy(minimum, irFrames);
        double linearTotal = 0;
        for (double v : linear) {
            linearTotal += v * v;
        }
        assertEquals(1.0, minimumTotal / linearTotal, 0.02, "same magnitude, so the same energy");
        double minimumPartial = 0;
        double linearPartial = 0;
        for (int k = 0; k < irFrames; k++) {
            minimumPartial += minimum[k] * minimum[k];
            linearPartial += linear[k] * linear[k];
            assertTrue(minimumPartial / minimumTotal >= linearPartial / linearTotal - 1e-3,
                    "partial energy of the first " + (k + 1) + " samples");
        }
        assertTrue(energy(minimum, 64) / minimumTotal > 0.5, "most energy arrives within the first 64 samples");
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> MinimumPhase.fromMagnitude(PEAKS_DIPS_SLOPES, 1000, 64));
        assertThrows(IllegalArgumentException.class, () -> MinimumPhase.fromMagnitude(PEAKS_DIPS_SLOPES, 48000, 0));
        assertThrows(IllegalArgumentException.class,
                () -> MinimumPhase.fromMagnitude(frequencyHz -> Double.NaN, 48000, 64));
    }

    @Test
    void fftGridIsAtLeastEightTimesTheIr() {
        assertEquals(65_536, MinimumPhase.fftSize(100));
        assertEquals(262_144, MinimumPhase.fftSize(24_000));
    }

    private static void assertReproduces(MagnitudeResponse target, int irFrames) {
        float[] ir = MinimumPhase.fromMagnitude(target, SAMPLE_RATE, irFrames);
        double worstDb = 0;
        double worstHz = 0;
        for (double hz = 30; hz <= 16_000; hz *= Math.pow(2, TWELFTH_OCTAVE)) {
            double measuredDb = FrequencyResponse.smoothedGainDbAt(ir, SAMPLE_RATE, hz, TWELFTH_OCTAVE);
            double expectedDb = smoothedTargetDb(target, hz);
            if (Math.abs(measuredDb - expectedDb) > Math.abs(worstDb)) {
                worstDb = measuredDb - expectedDb;
                worstHz = hz;
            }
        }
        assertTrue(Math.abs(worstDb) <= 0.5, "worst error " + worstDb + " dB at " + worstHz + " Hz");
    }

    /** The target power-averaged over the same 9 points that FrequencyResponse.smoothedGainDbAt uses. */
    private static double smoothedTargetDb(MagnitudeResponse target, double centreHz) {
        double sum = 0;
        for (int p = 0; p < 9; p++) {
            double hz = centreHz * Math.pow(2, TWELFTH_OCTAVE * ((p + 0.5) / 9 - 0.5));
            sum += Math.pow(10, target.gainDbAt(hz) / 10);
        }
        return 10 * Math.log10(sum / 9);
    }

    private static double[] linearPhase(MagnitudeResponse target, int irFrames) {
        int size = irFrames;
        double[] spectrum = new double[2 * size];
        for (int k = 0; k < size; k++) {
            int bin = Math.min(k, size - k);
            double hz = Math.max(bin, 0.5) * SAMPLE_RATE / (double) size;
            spectrum[2 * k] = Math.pow(10, target.gainDbAt(hz) / 20);
        }
        new DoubleFFT_1D(size).complexInverse(spectrum, true);
        double[] ir = new double[size];
        for (int n = 0; n < size; n++) {
            ir[n] = spectrum[2 * ((n + size / 2) % size)];
        }
        return ir;
    }

    private static double energy(float[] ir, int frames) {
        double sum = 0;
        for (int i = 0; i < frames; i++) {
            sum += ir[i] * ir[i];
        }
        return sum;
    }
}
