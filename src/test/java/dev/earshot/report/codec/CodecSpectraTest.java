package dev.earshot.report.codec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Spectrum;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

/** Synthetic spectra with known steps, so every expected figure follows from the definitions. */
class CodecSpectraTest {
    private static final int RATE = 44_100;
    private static final int FFT_SIZE = 8192;
    /** Smoothing averages power over ±1/24 octave, which moves a step's -20 dB point by at most that much. */
    private static final double SMOOTHING_HALF_WIDTH = Math.pow(2, 1.0 / 24);

    private static Spectrum spectrum(DoubleUnaryOperator densityAtHz) {
        int bins = FFT_SIZE / 2 + 1;
        double[] frequencies = new double[bins];
        double[] density = new double[bins];
        for (int k = 0; k < bins; k++) {
            frequencies[k] = k * (double) RATE / FFT_SIZE;
            density[k] = densityAtHz.applyAsDouble(frequencies[k]);
        }
        return new Spectrum(RATE, FFT_SIZE, 10, frequencies, List.of(density), density, new double[bins]);
    }

    private static DoubleUnaryOperator stepDown(double stepHz, double dropDb) {
        double low = 1e-6 * Math.pow(10, -dropDb / 10);
        return f -> f >= stepHz ? low : 1e-6;
    }

    @Test
    void cutoffSitsAtAFortyDecibelStepWithinTheSmoothingWidth() {
        Spectrum master = spectrum(f -> 1e-6);
        Spectrum decoded = spectrum(stepDown(16_000, 40));
        double cutoffHz = CodecSpectra.cutoffHz(master, decoded);
        assertTrue(cutoffHz >= 16_000 / SMOOTHING_HALF_WIDTH && cutoffHz <= 16_000 * SMOOTHING_HALF_WIDTH,
                "cutoff " + cutoffHz);
    }

    @Test
    void stepOfLessThanTwentyDecibelsIsNoCutoff() {
        Spectrum master = spectrum(f -> 1e-6);
        Spectrum decoded = spectrum(stepDown(16_000, 15));
        assertEquals(20_000.0, CodecSpectra.cutoffHz(master, decoded), 0.0);
    }

    @Test
    void highFrequencyLossIsTheLevelStepAboveSixteenKilohertz() {
        Spectrum master = spectrum(f -> 1e-6);
        // Step a few bins below 16 kHz, so every bin from 16 to 20 kHz lies 10 dB down: the loss is exactly -10 dB.
        Spectrum decoded = spectrum(stepDown(15_900, 10));
        assertEquals(-10.0, CodecSpectra.highFrequencyLossDb(master, decoded), 1e-9);
    }

    @Test
    void masterWithoutHighFrequenciesHasNoLossAndNoCutoffToReport() {
        Spectrum master = spectrum(f -> f < 900 ? 1e-6 : 0.0);
        Spectrum decoded = spectrum(f -> f < 900 ? 1e-6 : 0.0);
        assertTrue(Double.isNaN(CodecSpectra.highFrequencyLossDb(master, decoded)));
        assertTrue(Double.isNaN(CodecSpectra.cutoffHz(master, decoded)));
    }

    @Test
    void decodedLevelAboveTheMastersIsAPositiveChange() {
        Spectrum master = spectrum(f -> 1e-6);
        Spectrum decoded = spectrum(f -> f >= 15_900 ? 2e-6 : 1e-6);
        assertEquals(10 * Math.log10(2), CodecSpectra.highFrequencyLossDb(master, decoded), 1e-9);
    }

    @Test
    void silentMasterHasNeitherLossNorCutoff() {
        Spectrum silence = spectrum(f -> 0.0);
        assertTrue(Double.isNaN(CodecSpectra.highFrequencyLossDb(silence, silence)));
        assertTrue(Double.isNaN(CodecSpectra.cutoffHz(silence, silence)));
    }
}
