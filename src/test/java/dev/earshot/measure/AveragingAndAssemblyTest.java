package dev.earshot.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.ImpulseResponse;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AveragingAndAssemblyTest {
    private static final SweepSettings SETTINGS = new SweepSettings(48_000, 20, 20_000, 1.0, 0.5, 1.0 / 24, 0.2,
            0.5, -6, 1);

    private static float[] delayed(float[] signal, int frames, double noiseRms, long seed) {
        float[] ir = new float[frames + 1];
        ir[frames] = 0.5f;
        return new SyntheticSystem(0, 0, ir, 0, 0, noiseRms, seed).record(SETTINGS);
    }

    @Test
    void averagingFourTakesLowersTheNoiseBySixDecibels() {
        float[] signal = ExponentialSweep.signal(SETTINGS);
        ExtractedResponse one = ResponseExtractor.extract(SweepAverager.average(
                List.of(delayed(signal, 30, 1e-2, 1)), SETTINGS), SETTINGS);
        ExtractedResponse four = ResponseExtractor.extract(SweepAverager.average(List.of(delayed(signal, 30, 1e-2, 1),
                delayed(signal, 30, 1e-2, 2), delayed(signal, 30, 1e-2, 3), delayed(signal, 30, 1e-2, 4)),
                SETTINGS), SETTINGS);
        assertEquals(4, four.sweepsAveraged());
        // Independent noise averages down by 10·log10(4) = 6 dB; ±1.5 dB for the spread of a finite noise estimate.
        assertEquals(6.0, four.snrDb() - one.snrDb(), 1.5);
    }

    @Test
    void stereoAssemblyKeepsTheDelayBetweenSpeakers() {
        float[] signal = ExponentialSweep.signal(SETTINGS);
        ExtractedResponse left = ResponseExtractor.extract(SweepAverager.average(
                List.of(delayed(signal, 40, 1e-4, 5)), SETTINGS), SETTINGS);
        ExtractedResponse right = ResponseExtractor.extract(SweepAverager.average(
                List.of(delayed(signal, 88, 1e-4, 6)), SETTINGS), SETTINGS);
        ImpulseResponse ir = IrAssembly.assemble(List.of(List.of(left), List.of(right)));
        assertEquals(ImpulseResponse.IrLayout.STEREO, ir.layout());
        assertEquals(48, peakOf(ir.channel(1)) - peakOf(ir.channel(0)));
    }

    @Test
    void twoSpeakersAndTwoMicrophonesMakeTrueStereoAndOneSpeakerWithTwoMicrophonesIsRefused() {
        float[] signal = ExponentialSweep.signal(SETTINGS);
        ExtractedResponse path = ResponseExtractor.extract(SweepAverager.average(
                List.of(delayed(signal, 10, 1e-4, 7)), SETTINGS), SETTINGS);
        ImpulseResponse ir = IrAssembly.assemble(List.of(List.of(path, path), List.of(path, path)));
        assertEquals(ImpulseResponse.IrLayout.TRUE_STEREO, ir.layout());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IrAssembly.assemble(List.of(List.of(path, path))));
        assertTrue(e.getMessage().contains("true stereo"), e.getMessage());
    }

    @Test
    void takesHalfAFrameApartAreAlignedBeforeAveragingSoTheTrebleIsKept() {
        // A half-frame delay as a Hann-windowed sinc (64 taps): the second take arrives 0.5 frame later.
        float[] halfFrame = new float[64];
        for (int i = 0; i < 64; i++) {
            double x = i - 31.5;
            halfFrame[i] = (float) (Math.sin(Math.PI * x) / (Math.PI * x) * (0.5 + 0.5 * Math.cos(Math.PI * x / 32)));
        }
        float[] whole = new float[64];
        whole[31] = 1;
        float[] early = new SyntheticSystem(0, 0, whole, 0, 0, 1e-5, 8).record(SETTINGS);
        float[] late = new SyntheticSystem(0, 0, halfFrame, 0, 0, 1e-5, 9).record(SETTINGS);
        ExtractedResponse one = ResponseExtractor.extract(SweepAverager.average(List.of(early), SETTINGS), SETTINGS);
        ExtractedResponse both = ResponseExtractor.extract(SweepAverager.average(List.of(early, late), SETTINGS),
                SETTINGS);
        // Unaligned, the two would cancel to cos(π·16/48·0.5) = −1.25 dB at 16 kHz; aligned, they agree.
        assertEquals(gainDb(one.impulse(), 16_000), gainDb(both.impulse(), 16_000), 0.1);
        assertEquals(gainDb(one.impulse(), 1_000), gainDb(both.impulse(), 1_000), 0.05);
    }

    @Test
    void recordingThatStopsAtTheEndOfTheSweepIsRefusedNamingWhatToDo() {
        float[] signal = ExponentialSweep.signal(SETTINGS);
        float[] cut = Arrays.copyOf(signal, SETTINGS.leadFrames() + SETTINGS.sweepFrames() + 100);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SweepAverager.average(List.of(cut), SETTINGS));
        assertTrue(e.getMessage().contains("trailing silence"), e.getMessage());
    }

    private static double gainDb(float[] ir, double frequencyHz) {
        double[] x = new double[ir.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = ir[i];
        }
        return 20 * Math.log10(ExponentialSweep.magnitudeAt(x, frequencyHz, 48_000));
    }

    private static int peakOf(float[] x) {
        int peak = 0;
        for (int i = 1; i < x.length; i++) {
            if (Math.abs(x[i]) > Math.abs(x[peak])) {
                peak = i;
            }
        }
        return peak;
    }
}
