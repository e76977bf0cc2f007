package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spectral and band deltas of white noise against the same noise with an ideal +6 dB shelf above 1 kHz. Both are
 * synthesised with the same phases ({@link TestSignals#shapedNoise}), so away from the shelf's edge every bin of the
 * shelved signal holds exactly 4 times the power of the flat one, and the deltas have closed forms.
 */
class DeltaTest {
    private static final int RATE = 48_000;
    private static final double REFERENCE_LUFS = -20.0;
    private static final double OTHER_LUFS = -16.5;
    private static final double MATCH_DB = REFERENCE_LUFS - OTHER_LUFS;
    private static final double SHELF_DB = 10.0 * Math.log10(4.0);

    private static Spectrum flat;
    private static Spectrum shelved;

    @BeforeAll
    static void analyse() {
        int frames = 1 << 20;
        double[] flatNoise = TestSignals.shapedNoise(31, frames, RATE, f -> 1.0);
        double[] shelvedNoise = TestSignals.shapedNoise(31, frames, RATE, f -> f > 1000.0 ? 2.0 : 1.0);
        double gain = 0.05 / TestSignals.rms(flatNoise);
        flat = spectrumOf(TestSignals.scaled(flatNoise, gain), 8192);
        shelved = spectrumOf(TestSignals.scaled(shelvedNoise, gain), 8192);
    }

    private static Spectrum spectrumOf(double[] signal, int fftSize) {
        SpectrumAnalyzer analyzer = new SpectrumAnalyzer(RATE, 2, fftSize);
        TestSignals.feed(analyzer::add, TestSignals.channels(signal, signal), 3, 5000);
        return analyzer.result();
    }

    @Test
    void shelfShowsAsItsGainMinusTheLoudnessDifference() {
        SpectralDelta delta = SpectralDelta.between(flat, shelved, REFERENCE_LUFS, OTHER_LUFS, OctaveSmoothing.THIRD);
        assertEquals(MATCH_DB, delta.matchGainDb());
        double[] f = delta.frequenciesHz();
        double[] db = delta.deltaDb();
        assertEquals(4096, f.length);
        for (int i = 0; i < f.length; i++) {
            // Away from the edge by more than the ±1/6-octave smoothing window plus the Hann main lobe the bin
            // powers differ by exactly the shelf; 0.01 dB covers float rounding.
            if (f[i] > 50 && f[i] < 800) {
                assertEquals(MATCH_DB, db[i], 0.01, "at " + f[i] + " Hz");
            } else if (f[i] > 1300 && f[i] < 20_000) {
                assertEquals(SHELF_DB + MATCH_DB, db[i], 0.01, "at " + f[i] + " Hz");
            }
        }
    }

    @Test
    void deltaOnALogGridAgreesAcrossFftSizes() {
        double[] noise = TestSignals.whiteNoise(41, 0.05, 1 << 20);
        double[] grid = OctaveSmoothing.logSpacedHz(200.0, 16_000.0, 6);
        SpectralDelta delta = SpectralDelta.between(spectrumOf(noise, 8192), spectrumOf(noise, 2048), -14.0, -14.0,
                OctaveSmoothing.THIRD, grid);
        for (double db : delta.deltaDb()) {
            // Same signal, different segment lengths: only the estimates' variance differs (≈0.1 dB at 200 Hz).
            assertEquals(0.0, db, 0.3);
        }
    }

    @Test
    void bandDeltaFollowsTheBandwidthWeightedShelf() {
        BandDelta delta = BandDelta.between(BandEnergies.of(flat), BandEnergies.of(shelved), REFERENCE_LUFS,
                OTHER_LUFS);
        assertEquals(MATCH_DB, delta.matchedDeltaDb(Band.SUB), 0.02);
        assertEquals(MATCH_DB, delta.matchedDeltaDb(Band.BASS), 0.02);
        // Low-mid 250-2000 Hz: 750 Hz of it unchanged, 1000 Hz of it at 4 times the power.
        assertEquals(10.0 * Math.log10((750.0 + 4.0 * 1000.0) / 1750.0) + MATCH_DB,
                delta.matchedDeltaDb(Band.LOW_MID), 0.05);
        assertEquals(SHELF_DB + MATCH_DB, delta.matchedDeltaDb(Band.PRESENCE), 0.02);
        assertEquals(SHELF_DB + MATCH_DB, delta.matchedDeltaDb(Band.AIR), 0.02);
        // Shares of the 20 Hz-20 kHz total: the flat total is 19 980 Hz wide, the shelved one weighs 76 980 Hz.
        double totalRatio = 19_980.0 / (980.0 + 4.0 * 19_000.0);
        assertEquals(10.0 * Math.log10(totalRatio), delta.relativeDeltaDb(Band.SUB), 0.05);
        assertEquals(10.0 * Math.log10(4.0 * totalRatio), delta.relativeDeltaDb(Band.AIR), 0.05);
    }

    @Test
    void loudnessMatchingRefusesSilence() {
        assertThrows(IllegalArgumentException.class, () -> SpectralDelta.between(flat, shelved, REFERENCE_LUFS,
                Double.NEGATIVE_INFINITY, OctaveSmoothing.NONE));
    }

    @Test
    void loudnessDeltaIsOtherMinusReference() {
        LoudnessFigures reference = new LoudnessFigures(-14.0, -10.0, 6.0, -1.0, 13.0);
        LoudnessFigures other = new LoudnessFigures(-18.5, -15.0, 4.0, -3.0, 15.5);
        assertEquals(new LoudnessDelta(-4.5, -5.0, -2.0, -2.0, 2.5), LoudnessDelta.between(reference, other));
    }
}
