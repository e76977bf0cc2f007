package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MonoAndLayoutTest {

    private static LoudnessResult mono(boolean monoAsDual) {
        LoudnessMeter meter = new LoudnessMeter(48000, ChannelLayout.MONO, monoAsDual);
        new ToneSequence(48000, 1000, 0.0).then(10, -20).feed(meter, 1000);
        return meter.result();
    }

    /** Weight 2.0 instead of 1.0 adds exactly 10·log10(2) = 3.0103 LU; the histogram bins round to 0.01 LU. */
    @Test
    void monoAsDualReadsThreeLuLouder() {
        LoudnessResult single = mono(false);
        LoudnessResult dual = mono(true);
        assertEquals(10 * Math.log10(2), dual.integratedLufs() - single.integratedLufs(), 0.011);
        assertEquals(10 * Math.log10(2), dual.maxMomentaryLufs() - single.maxMomentaryLufs(), 1e-9);
        assertEquals(single.truePeakDbtp(), dual.truePeakDbtp(), 0.0);
    }

    /** A −20 dBFS sine on one channel has a mean square 3.01 dB below its peak; mono counts it once. */
    @Test
    void monoSineReadsItsMeanSquareLevel() {
        assertEquals(-20 - 10 * Math.log10(2), mono(false).integratedLufs(), 0.1);
    }

    @Test
    void defaultLayoutsFollowTheChannelCount() {
        assertEquals(ChannelLayout.MONO, ChannelLayout.defaultFor(1));
        assertEquals(ChannelLayout.STEREO, ChannelLayout.defaultFor(2));
        assertEquals(ChannelLayout.EQUAL_WEIGHTS, ChannelLayout.defaultFor(3));
        assertEquals(ChannelLayout.SURROUND_5_0, ChannelLayout.defaultFor(5));
        assertEquals(ChannelLayout.SURROUND_5_1, ChannelLayout.defaultFor(6));
        assertEquals(ChannelLayout.SURROUND_7_1, ChannelLayout.defaultFor(8));
        assertArrayEquals(new double[] {1, 1, 1, 0, 1.41, 1.41}, ChannelLayout.SURROUND_5_1.weights(6, true), 0.0);
        assertArrayEquals(new double[] {1, 1, 1, 1}, ChannelLayout.EQUAL_WEIGHTS.weights(4, false), 0.0);
    }

    @Test
    void layoutThatDoesNotFitTheChannelCountIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new LoudnessMeter(48000, 2, new LoudnessOptions(ChannelLayout.SURROUND_5_1, false, false)));
    }

    @Test
    void silenceReadsMinusInfinity() {
        LoudnessMeter meter = new LoudnessMeter(44100, ChannelLayout.STEREO, false);
        meter.add(new float[2][44100], 44100);
        LoudnessResult r = meter.result();
        assertEquals(Double.NEGATIVE_INFINITY, r.integratedLufs());
        assertEquals(Double.NEGATIVE_INFINITY, r.maxShortTermLufs());
        assertEquals(Double.NEGATIVE_INFINITY, r.truePeakDbtp());
        assertEquals(0.0, r.loudnessRangeLu());
        assertEquals(Double.NaN, r.plrDb());
        assertEquals(44100, r.frames());
    }

    /** Cutting the stream into different blocks must not change a single figure. */
    @Test
    void resultDoesNotDependOnBlockSize() {
        LoudnessMeter small = new LoudnessMeter(44100, ChannelLayout.STEREO, false);
        LoudnessMeter large = new LoudnessMeter(44100, ChannelLayout.STEREO, false);
        ToneSequence signal = ToneSequence.stereo(44100).then(4, -30).then(5.37, -18).then(2, -40);
        signal.feed(small, 37);
        signal.feed(large, 65536);
        assertEquals(large.result(), small.result());
    }
}
