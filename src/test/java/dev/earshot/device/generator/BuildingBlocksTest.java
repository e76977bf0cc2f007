package dev.earshot.device.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.FrequencyResponse;
import dev.earshot.dsp.MagnitudeResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generators' building blocks against their closed forms. */
class BuildingBlocksTest {
    private static final int RATE = 48_000;

    @Test
    void butterworthShapesAreThreeDecibelsDownAtTheCornerAndFallAtSixDecibelsPerOrder() {
        MagnitudeResponse highPass = Shapes.highPass(100, 2);
        assertEquals(-10 * Math.log10(2), highPass.gainDbAt(100), 1e-12);
        assertEquals(-12.0, highPass.gainDbAt(10) - highPass.gainDbAt(20), 0.05, "12 dB/octave far below");
        MagnitudeResponse lowPass = Shapes.lowPass(1000, 3);
        assertEquals(-10 * Math.log10(2), lowPass.gainDbAt(1000), 1e-12);
        assertEquals(-60 * Math.log10(2), lowPass.gainDbAt(16000) - lowPass.gainDbAt(8000), 0.01, "18 dB/octave above");
    }

    @Test
    void resonantHighPassPeaksByTheQAtItsResonance() {
        MagnitudeResponse speaker = Shapes.resonantHighPass(500, 2.0);
        assertEquals(20 * Math.log10(2.0), speaker.gainDbAt(500), 1e-9, "|H| = Q at the resonance");
        assertEquals(-12.0, speaker.gainDbAt(25) - speaker.gainDbAt(50), 0.15, "12 dB/octave below");
        assertEquals(0.0, speaker.gainDbAt(20000), 0.01);
    }

    @Test
    void bellHasHalfItsGainAtHalfItsBandwidth() {
        MagnitudeResponse bell = Shapes.bell(1000, 6, 2.0);
        assertEquals(6.0, bell.gainDbAt(1000), 1e-12);
        assertEquals(3.0, bell.gainDbAt(2000), 1e-9, "one octave up = half the 2-octave width");
        assertEquals(3.0, bell.gainDbAt(500), 1e-9);
        assertEquals(-20 * Math.log10(2), Shapes.linkwitzRileyHighPass(80).gainDbAt(80), 1e-9, "LR4: -6 dB");
        assertEquals(-20 * Math.log10(2), Shapes.linkwitzRileyLowPass(80).gainDbAt(80), 1e-9);
    }

    @Test
    void shelvesReachHalfTheirGainAtTheCorner() {
        assertEquals(-2.0, Shapes.lowShelf(200, -4).gainDbAt(200), 1e-12);
        assertEquals(-4.0, Shapes.lowShelf(200, -4).gainDbAt(2), 0.01);
        assertEquals(3.0, Shapes.highShelf(1000, 6).gainDbAt(1000), 1e-12);
    }

    @Test
    void cabinGainReachingHitsItsFigureAndStaysFlatAboveTheCorner() {
        CabinGain cabin = CabinGain.reaching(70, 11.0);
        assertEquals(11.0, cabin.gainDbAt(30), 1e-9);
        assertTrue(cabin.gainDbAt(300) < 0.1, "no lift well above the corner");
        assertEquals(cabin.plateauDb(), cabin.gainDbAt(0.5), 0.01, "levels off at the plateau");
        double slope = cabin.gainDbAt(50) - cabin.gainDbAt(100);
        assertTrue(slope > 3 && slope <= 12, "rises at up to 12 dB/octave: " + slope);
    }

    @Test
    void diffuseTailHasItsEnergyRatioAndDecaysAtItsRt60() {
        DiffuseTail tail = new DiffuseTail(10, -6, 0.3, 20_000, 42);
        double[] pattern = new double[RATE];
        tail.addTo(pattern, 0, RATE);
        double energy = 0;
        for (double v : pattern) {
            energy += v * v;
        }
        assertEquals(-6.0, 10 * Math.log10(energy), 1e-9);
        for (int i = 0; i < 480; i++) {
            assertEquals(0.0, pattern[i], 0.0, "nothing before 10 ms");
        }
        double early = windowEnergy(pattern, 4800, 9600);
        double late = windowEnergy(pattern, 4800 + 14400, 9600 + 14400);
        assertEquals(-60.0, 10 * Math.log10(late / early), 4.0, "0.3 s later the energy is 60 dB down");
    }

    @Test
    void convolutionMatchesTheDirectSum() {
        double[] a = {1, -2, 3, 0.5};
        double[] b = {0.25, 0, -1};
        double[] expected = new double[6];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                expected[i + j] += a[i] * b[j];
            }
        }
        double[] result = IrMath.convolve(a, b, 6);
        for (int i = 0; i < 6; i++) {
            assertEquals(expected[i], result[i], 1e-12);
        }
    }

    @Test
    void pathPlacesItsDirectSoundAndReflectionsAtTheirDelays() {
        AcousticPath path = new AcousticPath(MagnitudeResponse.FLAT, 1.0, -6.0206,
                new Reverberation(List.of(new Reflection(2.0, -20)), null, 10.0));
        double[] ir = path.render(RATE, 4096);
        assertEquals(0.5, ir[48], 1e-4, "direct sound at 1 ms, -6 dB");
        assertEquals(0.05, ir[48 + 96], 0.005, "reflection 2 ms later, 20 dB down (a 10 Hz high-pass barely acts)");
        for (int i = 0; i < 48; i++) {
            assertEquals(0.0, ir[i], 1e-6, "silence before the direct sound");
        }
    }

    @Test
    void reflectionsLeaveTheBassBelowTheirCornerAlone() {
        Reverberation strong = new Reverberation(List.of(new Reflection(1.0, -1), new Reflection(2.0, -1)), null,
                250.0);
        double[] ir = new AcousticPath(MagnitudeResponse.FLAT, 0, 0, strong).render(RATE, 8192);
        assertEquals(0.0, FrequencyResponse.gainDbAt(ir, RATE, 30), 0.3, "30 Hz sees only the direct sound");
    }

    @Test
    void trueStereoModelIsNormalisedForACentredSignal() {
        float[][] ir = Cars.familySedanModel().render(RATE);
        double[][] channels = new double[4][];
        for (int c = 0; c < 4; c++) {
            channels[c] = new double[ir[c].length];
            for (int i = 0; i < ir[c].length; i++) {
                channels[c][i] = ir[c][i];
            }
        }
        assertEquals(0.0, 10 * Math.log10(IrMath.centreMidBandPower(channels, RATE)), 1e-4);
    }

    @Test
    void specsRejectBadValues() {
        assertThrows(IllegalArgumentException.class, () -> new Reflection(0, -3));
        assertThrows(IllegalArgumentException.class, () -> new Reflection(2, 1));
        assertThrows(IllegalArgumentException.class, () -> new ProfileSpec("Not Kebab", "n", "car", "d.", 80,
                List.of(), null, "s", "n"));
        assertThrows(IllegalArgumentException.class, () -> new ProfileSpec("ok-id", "n", "fridge", "d.", 80,
                List.of(), null, "s", "n"));
        assertThrows(IllegalArgumentException.class, () -> new RoadNoise(100, 150));
    }

    private static double windowEnergy(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * x[i];
        }
        return sum;
    }
}
