package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BandEnergiesTest {
    private static final int RATE = 48_000;

    private static Spectrum analyse(double[] signal) {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(RATE, 1);
        TestSignals.feed(analyzer::add, TestSignals.channels(signal), 2, 5000);
        return analyzer.result();
    }

    @Test
    void sineInEachBandReadsItsLevelThereAndNearlyAllOfTheTotal() {
        Map<Band, Double> frequenciesHz = Map.of(Band.SUB, 40.0, Band.BASS, 150.0, Band.LOW_MID, 1000.0,
                Band.PRESENCE, 4000.0, Band.AIR, 12_000.0);
        for (Band band : Band.values()) {
            double amplitude = Math.pow(10.0, -12.0 / 20.0);
            BandEnergies energies = BandEnergies.of(analyse(TestSignals.sine(amplitude, frequenciesHz.get(band),
                    RATE, 3 * RATE)));
            // The Hann main lobe (±11.7 Hz) lies inside each band; the leakage outside it is below 0.01 dB.
            assertEquals(-12.0, energies.levelDb(band), 0.05, band.name());
            assertEquals(0.0, energies.relativeDb(band), 0.05, band.name());
            assertEquals(-12.0, energies.totalLevelDb(), 0.05, band.name());
            for (Band other : Band.values()) {
                if (other != band) {
                    assertTrue(energies.relativeDb(other) < -25.0, band + " leaks into " + other);
                }
            }
        }
    }

    @Test
    void whiteNoiseSharesAreProportionalToBandwidth() {
        double sigma = 0.1;
        BandEnergies energies = BandEnergies.of(analyse(TestSignals.whiteNoise(13, sigma, 1 << 21)));
        double totalWidthHz = 20_000.0 - 20.0;
        for (Band band : Band.values()) {
            double widthHz = band.highHz() - band.lowHz();
            // The 40 Hz wide sub band averages about 7 bins × 511 segments: a standard error near 0.03 dB.
            assertEquals(10.0 * Math.log10(widthHz / totalWidthHz), energies.relativeDb(band), 0.1, band.name());
            double meanSquare = sigma * sigma * widthHz / (RATE / 2.0);
            assertEquals(10.0 * Math.log10(2.0 * meanSquare), energies.levelDb(band), 0.1, band.name());
        }
    }

    @Test
    void silenceReadsTheFloor() {
        BandEnergies energies = BandEnergies.of(analyse(new double[RATE]));
        assertEquals(Spectrum.FLOOR_DB, energies.levelDb(Band.BASS));
        assertEquals(Spectrum.FLOOR_DB, energies.relativeDb(Band.AIR));
    }

    @Test
    void everyBandMustBePresent() {
        assertThrows(IllegalArgumentException.class,
                () -> new BandEnergies(Map.of(Band.SUB, 0.0), Map.of(Band.SUB, 0.0), 0.0));
    }
}
