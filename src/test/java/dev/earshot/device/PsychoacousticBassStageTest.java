package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PsychoacousticBassStageTest {
    private static final int RATE = 48_000;

    @Test
    void lowToneGainsItsSecondAndThirdHarmonicsAtTheDesignedLevel() {
        double cutoffHz = 150;
        double gainDb = -6;
        double amplitude = 0.5;
        float[] tone = Signals.sine(60, amplitude, RATE, RATE);
        float[][] signal = {tone.clone(), tone.clone()};
        PsychoacousticBassStage stage = new PsychoacousticBassStage(cutoffHz, gainDb);
        stage.prepare(RATE, 300, 2);
        Signals.run(stage, signal, 300);

        // Closed form with the analog Butterworth magnitudes (bilinear warping below 600 Hz at 48 kHz is < 0.01 dB).
        double lowAmplitude = amplitude / (1 + Math.pow(60 / cutoffHz, 4));
        for (int harmonic = 2; harmonic <= 3; harmonic++) {
            double f = 60.0 * harmonic;
            double highPass = Math.pow(f / cutoffHz, 2) / Math.sqrt(1 + Math.pow(f / cutoffHz, 4));
            double lowPass = 1 / Math.sqrt(1 + Math.pow(f / (4 * cutoffHz), 4));
            double expected = lowAmplitude * Math.pow(10, gainDb / 20) * highPass * lowPass;
            double measured = Signals.amplitudeAt(signal[0], RATE / 2, RATE, f, RATE);
            assertEquals(Signals.db(expected), Signals.db(measured), 1.0, "harmonic " + harmonic);
        }
        double fundamental = Signals.amplitudeAt(signal[0], RATE / 2, RATE, 60, RATE);
        assertEquals(Signals.db(amplitude), Signals.db(fundamental), 1.0, "the fundamental is kept");
    }

    @Test
    void contentAboveTheCutoffIsUnchanged() {
        float[] tone = Signals.sine(1000, 0.5, RATE, RATE);
        float[][] signal = {tone.clone(), tone.clone()};
        PsychoacousticBassStage stage = new PsychoacousticBassStage(150, 0);
        stage.prepare(RATE, 512, 2);
        Signals.run(stage, signal, 512);
        float[] difference = new float[tone.length];
        for (int i = 0; i < tone.length; i++) {
            difference[i] = signal[0][i] - tone[i];
        }
        // The 4th-order low-pass leaves the 1 kHz tone 66 dB down and the band-pass takes 20 dB more off its
        // harmonics: after the onset transient the change must stay below -60 dB relative.
        double relative = Signals.rms(difference, RATE / 10, RATE) / Signals.rms(tone, RATE / 10, RATE);
        assertTrue(relative < 1e-3, "relative change " + relative);
    }

    @Test
    void silenceStaysSilent() {
        float[][] signal = new float[2][4_800];
        PsychoacousticBassStage stage = new PsychoacousticBassStage(120, 6);
        stage.prepare(RATE, 480, 2);
        Signals.run(stage, signal, 480);
        for (float sample : signal[1]) {
            assertEquals(0f, sample, 0f);
        }
    }
}
