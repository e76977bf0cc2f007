package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpectrumAnalyzerTest {
    private static final int RATE = 48_000;
    private static final int FFT = 8192;
    private static final double BIN_HZ = RATE / (double) FFT;
    private static final double MINUS_SIX_DB = Math.pow(10.0, -6.0 / 20.0);

    private static Spectrum analyse(int fftSize, double[]... signals) {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(RATE, signals.length, fftSize);
        TestSignals.feed(analyzer::add, TestSignals.channels(signals), 11, 3000);
        return analyzer.result();
    }

    private static int peakBin(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }

    @Test
    void binCentredMinusSixDbSineReadsMinusSixInLevelScalingAndByPowerSum() {
        double frequencyHz = 171 * BIN_HZ;
        Spectrum spectrum = analyse(FFT, TestSignals.sine(MINUS_SIX_DB, frequencyHz, RATE, RATE * 2));
        double[] density = spectrum.channelDensity(0);
        double[] levelDb = spectrum.levelDb(density);
        assertEquals(171, peakBin(levelDb));
        // Float samples and the finite number of segments leave errors far below 0.01 dB.
        assertEquals(-6.0, levelDb[171], 0.01);
        assertEquals(-6.0, spectrum.levelDb(density, frequencyHz - 5 * BIN_HZ, frequencyHz + 5 * BIN_HZ), 0.01);
    }

    @Test
    void offBinSineReadsMinusSixByPowerSumAndShowsHannScallopingAtItsPeakBin() {
        double frequencyHz = 170.5 * BIN_HZ;
        Spectrum spectrum = analyse(FFT, TestSignals.sine(MINUS_SIX_DB, frequencyHz, RATE, RATE * 2));
        double[] density = spectrum.channelDensity(0);
        assertEquals(-6.0, spectrum.levelDb(density, frequencyHz - 5 * BIN_HZ, frequencyHz + 5 * BIN_HZ), 0.1);
        // Hann at half a bin: |W(0.5)| / |W(0)| = 8 / (3π), a scalloping loss of 1.4236 dB.
        double scallopDb = 20.0 * Math.log10(8.0 / (3.0 * Math.PI));
        double[] levelDb = spectrum.levelDb(density);
        assertEquals(-6.0 + scallopDb, levelDb[peakBin(levelDb)], 0.02);
    }

    @Test
    void signalShorterThanOneSegmentIsAnalysedAsOneZeroPaddedSegment() {
        double frequencyHz = 1000.0;
        Spectrum spectrum = analyse(FFT, TestSignals.sine(MINUS_SIX_DB, frequencyHz, RATE, 4000));
        assertEquals(1, spectrum.segments());
        // The 4000-point Hann main lobe spans ±2·8192/4000 ≈ ±4.1 bins of the 8192-point grid.
        assertEquals(-6.0, spectrum.levelDb(spectrum.channelDensity(0), frequencyHz - 10 * BIN_HZ,
                frequencyHz + 10 * BIN_HZ), 0.1);
    }

    @Test
    void whiteNoiseHasFlatDensityOfVarianceOverHalfTheSampleRate() {
        double sigma = 0.1;
        Spectrum spectrum = analyse(FFT, TestSignals.whiteNoise(5, sigma, 1 << 21));
        double[] density = spectrum.channelDensity(0);
        double mean = 0;
        for (int k = 1; k < FFT / 2; k++) {
            mean += density[k];
        }
        mean /= FFT / 2 - 1;
        double expected = sigma * sigma / (RATE / 2.0);
        // 2^21 samples: the realised variance is within 0.01 dB of σ², the bin average within 0.01 dB of its mean.
        assertEquals(0.0, 10.0 * Math.log10(mean / expected), 0.2);

        double[] grid = OctaveSmoothing.logSpacedHz(100.0, 20_000.0, 3);
        double[] smoothed = OctaveSmoothing.THIRD.smoothAt(spectrum.frequenciesHz(), density, grid);
        for (int i = 0; i < grid.length; i++) {
            // At 100 Hz a third octave holds 4 bins × 511 segments: a standard error of 0.1 dB; ±0.5 dB is > 4σ.
            assertEquals(0.0, 10.0 * Math.log10(smoothed[i] / expected), 0.5, "at " + grid[i] + " Hz");
        }
    }

    @Test
    void pinkNoiseFallsThreeDecibelsPerOctave() {
        double[] pink = TestSignals.shapedNoise(9, 1 << 21, RATE, f -> 1.0 / Math.sqrt(f));
        pink = TestSignals.scaled(pink, 0.1 / TestSignals.rms(pink));
        Spectrum spectrum = analyse(FFT, pink);
        double[] grid = OctaveSmoothing.logSpacedHz(50.0, 10_000.0, 12);
        double[] smoothedDb = Spectrum.densityDb(
                OctaveSmoothing.THIRD.smoothAt(spectrum.frequenciesHz(), spectrum.channelDensity(0), grid));
        double slopeDbPerOctave = leastSquaresSlope(grid, smoothedDb);
        // 10·log10(1/2) = −3.0103 dB per octave; the tolerance covers the estimate's variance and the Hann leakage.
        assertEquals(-3.0103, slopeDbPerOctave, 0.1);
    }

    private static double leastSquaresSlope(double[] frequenciesHz, double[] db) {
        double n = db.length;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < db.length; i++) {
            double x = Math.log(frequenciesHz[i]) / Math.log(2.0);
            sx += x;
            sy += db[i];
            sxx += x * x;
            sxy += x * db[i];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    @Test
    void identicalChannelsHaveNoSideAndMidEqualToTheChannels() {
        double[] noise = TestSignals.whiteNoise(3, 0.2, RATE);
        Spectrum spectrum = analyse(2048, noise, noise);
        assertArrayEquals(spectrum.channelDensity(0), spectrum.midDensity(), 1e-15);
        for (double v : spectrum.sideDensity()) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void invertedChannelsHaveNoMid() {
        double[] noise = TestSignals.whiteNoise(3, 0.2, RATE);
        Spectrum spectrum = analyse(2048, noise, TestSignals.scaled(noise, -1.0));
        assertArrayEquals(spectrum.channelDensity(1), spectrum.sideDensity(), 1e-15);
        for (double v : spectrum.midDensity()) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void resultDoesNotDependOnBlockSizes() {
        float[][] signal = TestSignals.channels(TestSignals.whiteNoise(1, 0.3, 50_000));
        SpectrumAnalyzer whole = new SpectrumAnalyzer(RATE, 1, 1024);
        whole.add(signal, signal[0].length);
        SpectrumAnalyzer pieces = new SpectrumAnalyzer(RATE, 1, 1024);
        TestSignals.feed(pieces::add, signal, 99, 700);
        assertArrayEquals(whole.result().channelDensity(0), pieces.result().channelDensity(0), 0.0);
        assertEquals(96, whole.result().segments()); // floor((50000 − 1024) / 512) + 1
    }

    @Test
    void defaultFftSizeScalesWithTheSampleRate() {
        assertEquals(8192, SpectrumAnalyzer.defaultFftSize(48_000));
        assertEquals(8192, SpectrumAnalyzer.defaultFftSize(44_100));
        assertEquals(16384, SpectrumAnalyzer.defaultFftSize(96_000));
        assertEquals(32768, SpectrumAnalyzer.defaultFftSize(192_000));
        assertEquals(1024, SpectrumAnalyzer.defaultFftSize(8_000));
    }

    @Test
    void fftSizeMustBeAPowerOfTwo() {
        assertThrows(IllegalArgumentException.class, () -> new SpectrumAnalyzer(RATE, 2, 6000));
    }

    @Test
    void resetForgetsEverything() {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(RATE, 1, 1024);
        float[][] signal = TestSignals.channels(TestSignals.whiteNoise(1, 0.3, 5000));
        analyzer.add(signal, 5000);
        analyzer.reset();
        assertEquals(0, analyzer.result().segments());
        assertTrue(analyzer.result().channelDensity(0)[10] == 0.0);
    }
}
