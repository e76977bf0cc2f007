package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EqualLoudnessTest {

    @Test
    void thresholdOfHearingIsTheStandardsTfColumnAndInterpolatesInLogFrequency() {
        // ISO 226:2003 table 1: Tf = 78.5 dB at 20 Hz, 2.4 dB at 1 kHz, -5.4 dB at 4 kHz.
        assertEquals(78.5, EqualLoudness.thresholdDbSpl(20), 1e-12);
        assertEquals(2.4, EqualLoudness.thresholdDbSpl(1000), 1e-12);
        assertEquals(-5.4, EqualLoudness.thresholdDbSpl(4000), 1e-12);
        assertEquals(78.5, EqualLoudness.thresholdDbSpl(10), 1e-12);
        // sqrt(40 * 50) Hz lies halfway between the 40 Hz (51.1) and 50 Hz (44.0) entries in log frequency.
        assertEquals((51.1 + 44.0) / 2, EqualLoudness.thresholdDbSpl(Math.sqrt(40 * 50)), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> EqualLoudness.thresholdDbSpl(0));
    }

    @Test
    void oneKilohertzAtFortyPhonIsFortyDbSpl() {
        assertEquals(40.0, EqualLoudness.splForPhon(1000, 40), 0.05);
    }

    @Test
    void oneKilohertzFollowsThePhonScaleAcrossTheValidRange() {
        // By definition of the phon; the standard's fitted formula stays within a few tenths of a dB of it.
        for (int phon = 20; phon <= 90; phon += 10) {
            assertEquals(phon, EqualLoudness.splForPhon(1000, phon), 0.3, phon + " phon");
        }
    }

    /**
     * Table points evaluated by hand from the formula with the table row written out here independently:
     * 100 Hz (af 0.367, Lu -8.1, Tf 26.5) at 40 phon and 50 Hz (af 0.432, Lu -15.9, Tf 44.0) at 60 phon. The
     * 2003 formula and table put 100 Hz at 40 phon at 64.4 dB SPL (a figure of 62.9 dB does not follow from them).
     */
    @Test
    void tablePointsMatchTheFormulaEvaluatedByHand() {
        assertEquals(byHand(0.367, -8.1, 26.5, 40), EqualLoudness.splForPhon(100, 40), 1e-9);
        assertEquals(64.4, EqualLoudness.splForPhon(100, 40), 0.1);
        assertEquals(byHand(0.432, -15.9, 44.0, 60), EqualLoudness.splForPhon(50, 60), 1e-9);
        assertEquals(byHand(0.271, -10.7, 13.9, 70), EqualLoudness.splForPhon(10_000, 70), 1e-9);
    }

    @Test
    void betweenTableFrequenciesTheContourLiesBetweenItsNeighbours() {
        double at40 = EqualLoudness.splForPhon(40, 60);
        double at50 = EqualLoudness.splForPhon(50, 60);
        double between = EqualLoudness.splForPhon(45, 60);
        assertTrue(between < at40 && between > at50);
    }

    @Test
    void loudnessLevelIsClampedToTheValidRange() {
        assertEquals(EqualLoudness.splForPhon(100, 90), EqualLoudness.splForPhon(100, 110), 0.0);
        assertEquals(EqualLoudness.splForPhon(100, 20), EqualLoudness.splForPhon(100, 0), 0.0);
        assertEquals(EqualLoudness.splForPhon(8000, 80), EqualLoudness.splForPhon(8000, 90), 0.0);
    }

    @Test
    void rejectsANonPositiveFrequency() {
        assertThrows(IllegalArgumentException.class, () -> EqualLoudness.splForPhon(0, 40));
    }

    private static double byHand(double alpha, double lu, double tf, double phon) {
        double af = 4.47e-3 * (Math.pow(10, 0.025 * phon) - 1.15) + Math.pow(0.4 * Math.pow(10, (tf + lu) / 10 - 9),
                alpha);
        return 10 / alpha * Math.log10(af) - lu + 94;
    }
}
