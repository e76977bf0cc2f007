package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** EBU Tech 3342 loudness range cases 1–4 (stereo 1 kHz, 20 s per level), ±1 LU as published, at 44.1 and 48 kHz. */
class EbuTech3342Test {
    private static final double TOLERANCE_LU = 1.0;

    private static double loudnessRange(int sampleRate, double... levelsDbfs) {
        ToneSequence signal = ToneSequence.stereo(sampleRate);
        for (double level : levelsDbfs) {
            signal.then(20, level);
        }
        LoudnessMeter meter = new LoudnessMeter(sampleRate, 2, new LoudnessOptions(ChannelLayout.STEREO, false,
                false));
        signal.feed(meter, 8191);
        return meter.result().loudnessRangeLu();
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case1RangeOfMinus20AndMinus30Is10(int sampleRate) {
        assertEquals(10.0, loudnessRange(sampleRate, -20, -30), TOLERANCE_LU);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case2RangeOfMinus20AndMinus15Is5(int sampleRate) {
        assertEquals(5.0, loudnessRange(sampleRate, -20, -15), TOLERANCE_LU);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case3RangeOfMinus40AndMinus20Is20(int sampleRate) {
        assertEquals(20.0, loudnessRange(sampleRate, -40, -20), TOLERANCE_LU);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case4RangeOfFiveLevelsIs15(int sampleRate) {
        assertEquals(15.0, loudnessRange(sampleRate, -50, -35, -20, -35, -50), TOLERANCE_LU);
    }
}
