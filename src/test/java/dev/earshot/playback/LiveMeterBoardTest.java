package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.AllocationProbe;
import dev.earshot.dsp.KWeighting;
import org.junit.jupiter.api.Test;

/** The live meters against closed forms: BS.1770 loudness of a sine, correlation, true peak, spectrum bands. */
class LiveMeterBoardTest {
    private static final int RATE = 48_000;
    private static final int BLOCK = 256;

    @Test
    void momentaryAndShortTermLoudnessOfAStereoSineMatchTheBs1770Formula() {
        double amplitude = 0.1;
        LiveMeterBoard board = new LiveMeterBoard(RATE, BLOCK);
        feed(board, sine(1000, amplitude, 0.0), sine(1000, amplitude, 0.0), 4 * RATE);

        // Each channel's K-weighted mean square is A^2 / 2 * |K(1 kHz)|^2; BS.1770 adds both (weight 1) and takes
        // -0.691 + 10 log10. |K| comes from the filter's published coefficients, not from running it.
        double kSquared = squaredMagnitude(new KWeighting(RATE), 1000, RATE);
        double expected = -0.691 + 10 * Math.log10(2 * amplitude * amplitude / 2 * kSquared);
        LoudnessReading reading = board.readLoudness();
        // The windows hold exactly 400 and 3000 periods, so only rounding remains; 0.01 LU is far inside 0.1 LU.
        assertEquals(expected, reading.momentaryLufs(), 0.01);
        assertEquals(expected, reading.shortTermLufs(), 0.01);
    }

    @Test
    void correlationIsOneForIdenticalMinusOneForInvertedAndZeroForQuadratureChannels() {
        assertEquals(1.0, correlationOf(sine(440, 0.3, 0.0), sine(440, 0.3, 0.0)), 1e-9);
        assertEquals(-1.0, correlationOf(sine(440, 0.3, 0.0), sine(440, -0.3, 0.0)), 1e-9);
        // 300 ms holds 132 whole periods of 440 Hz: sin times cos sums to (nearly) nothing.
        assertEquals(0.0, correlationOf(sine(440, 0.3, 0.0), sine(440, 0.3, Math.PI / 2)), 1e-3);
        assertEquals(0.0, correlationOf(sine(440, 0.3, 0.0), sine(440, 0.0, 0.0)), 0.0);
    }

    @Test
    void truePeakFindsTheInterSamplePeakHoldsItThroughSilenceAndClearsOnReset() {
        LiveMeterBoard board = new LiveMeterBoard(RATE, BLOCK);
        // fs/4 at 45 degrees: every sample is +-A/sqrt 2, the waveform peaks at A between samples.
        feed(board, sine(RATE / 4.0, 0.5, Math.PI / 4), sine(RATE / 4.0, 0.25, Math.PI / 4), RATE);
        feed(board, sine(100, 0.0, 0.0), sine(100, 0.0, 0.0), RATE);
        LoudnessReading held = board.readLoudness();
        // TruePeakMeter documents an under-read of at most 0.17 dB at fs/4; the sample peak would be 3 dB lower.
        assertEquals(20 * Math.log10(0.5), held.truePeakLeftDbtp(), 0.2);
        assertEquals(20 * Math.log10(0.25), held.truePeakRightDbtp(), 0.2);
        assertEquals(held.truePeakLeftDbtp(), held.truePeakDbtp(), 0.0);

        board.resetTruePeak();
        feed(board, sine(100, 0.0, 0.0), sine(100, 0.0, 0.0), BLOCK);
        assertEquals(Double.NEGATIVE_INFINITY, board.readLoudness().truePeakDbtp(), 0.0);
    }

    @Test
    void spectrumPeaksInTheBandOfTheSineAtItsLevelAndTheMasterDifferenceIsTheGain() {
        LiveMeterBoard board = new LiveMeterBoard(RATE, BLOCK);
        float[][] played = new float[2][BLOCK];
        float[][] master = new float[2][BLOCK];
        Signal tone = sine(1000, 0.1, 0.0);
        for (int start = 0; start < 3 * RATE; start += BLOCK) {
            for (int i = 0; i < BLOCK; i++) {
                float x = tone.at(start + i);
                master[0][i] = x;
                master[1][i] = x;
                played[0][i] = 0.5f * x;
                played[1][i] = 0.5f * x;
            }
            board.measure(played, master, BLOCK);
        }
        double[] centres = board.bandCentresHz();
        SpectrumReading reading = new SpectrumReading(centres.length);
        board.readSpectrum(reading);

        int loudest = 0;
        for (int b = 1; b < reading.bands(); b++) {
            loudest = reading.masterDb(b) > reading.masterDb(loudest) ? b : loudest;
        }
        assertEquals(1000.0, centres[loudest], 1e-6, "the 1 kHz band holds the tone");
        // The band spans 891..1122 Hz, 19 bins of 11.7 Hz: the Hann main lobe (+-2 bins) lies wholly inside, so the
        // band sum is the tone's power; 0.1 dB allows for the side lobes outside.
        assertEquals(-20.0, reading.masterDb(loudest), 0.1);
        assertEquals(20 * Math.log10(0.5), reading.differenceDb(loudest), 0.01);
        assertTrue(reading.masterDb(0) < -80, "20 Hz band far below the tone: " + reading.masterDb(0));
        assertTrue(reading.updateCount() > 0);
    }

    @Test
    void measuringAllocatesNothingInTheSteadyState() {
        LiveMeterBoard board = new LiveMeterBoard(RATE, BLOCK);
        float[][] programme = TestChains.programme(5, 4 * RATE);
        float[][] block = new float[2][BLOCK];
        int blocks = programme[0].length / BLOCK;
        AllocationProbe.assertSteadyStateAllocatesNothing(i -> {
            int start = (i % blocks) * BLOCK;
            System.arraycopy(programme[0], start, block[0], 0, BLOCK);
            System.arraycopy(programme[1], start, block[1], 0, BLOCK);
            board.measure(block, i % 50 == 0 ? null : block, BLOCK);
            if (i % 400 == 0) {
                board.resetTruePeak();
            }
        }, 200);
    }

    /** |H(f)|^2 of the K-weighting's two biquads, from their coefficients. */
    static double squaredMagnitude(KWeighting k, double frequencyHz, double rate) {
        double w = 2 * Math.PI * frequencyHz / rate;
        return section(k.shelfB(), k.shelfA(), w) * section(k.highPassB(), k.highPassA(), w);
    }

    private static double section(double[] b, double[] a, double w) {
        double nr = b[0] + b[1] * Math.cos(w) + b[2] * Math.cos(2 * w);
        double ni = -(b[1] * Math.sin(w) + b[2] * Math.sin(2 * w));
        double dr = a[0] + a[1] * Math.cos(w) + a[2] * Math.cos(2 * w);
        double di = -(a[1] * Math.sin(w) + a[2] * Math.sin(2 * w));
        return (nr * nr + ni * ni) / (dr * dr + di * di);
    }

    private static double correlationOf(Signal left, Signal right) {
        LiveMeterBoard board = new LiveMeterBoard(RATE, BLOCK);
        feed(board, left, right, RATE);
        return board.readLoudness().correlation();
    }

    private static void feed(LiveMeterBoard board, Signal left, Signal right, int frames) {
        float[][] block = new float[2][BLOCK];
        for (int start = 0; start < frames; start += BLOCK) {
            for (int i = 0; i < BLOCK; i++) {
                block[0][i] = left.at(start + i);
                block[1][i] = right.at(start + i);
            }
            board.measure(block, block, BLOCK);
        }
    }

    private static Signal sine(double frequencyHz, double amplitude, double phase) {
        return i -> (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * i / RATE + phase));
    }

    private interface Signal {
        float at(long frame);
    }
}
