package dev.earshot.analysis;

import static dev.earshot.analysis.ToneSequence.SILENCE;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * EBU Tech 3341 minimum requirements, cases 1–6 and 9–14 (loudness), with the signals generated here at both
 * 44.1 and 48 kHz and the published tolerance of ±0.1 LU. Blocks of 4099 frames so that no block boundary lines
 * up with the meter's ticks.
 */
class EbuTech3341Test {
    private static final double TOLERANCE_LU = 0.1;
    private static final int BLOCK = 4099;

    private static LoudnessMeter stereoMeter(int sampleRate) {
        return new LoudnessMeter(sampleRate, ChannelLayout.STEREO, false);
    }

    private static LoudnessResult measure(int sampleRate, ToneSequence signal) {
        LoudnessMeter meter = stereoMeter(sampleRate);
        signal.feed(meter, BLOCK);
        return meter.result();
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case1SineAtMinus23ReadsMinus23(int sampleRate) {
        LoudnessResult r = measure(sampleRate, ToneSequence.stereo(sampleRate).then(20, -23));
        assertAll(() -> assertEquals(-23.0, r.momentaryLufs(), TOLERANCE_LU),
                () -> assertEquals(-23.0, r.shortTermLufs(), TOLERANCE_LU),
                () -> assertEquals(-23.0, r.integratedLufs(), TOLERANCE_LU));
    }

    /** Not required by Tech 3341, but K-weighting is designed per rate: case 1 must hold at every common rate. */
    @ParameterizedTest
    @ValueSource(ints = {8000, 22050, 32000, 88200, 96000, 176400, 192000})
    void case1HoldsAtOtherSampleRates(int sampleRate) {
        LoudnessResult r = measure(sampleRate, ToneSequence.stereo(sampleRate).then(5, -23));
        assertAll(() -> assertEquals(-23.0, r.momentaryLufs(), TOLERANCE_LU),
                () -> assertEquals(-23.0, r.integratedLufs(), TOLERANCE_LU),
                () -> assertEquals(-23.0, r.truePeakDbtp(), 0.05));
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case2SineAtMinus33ReadsMinus33(int sampleRate) {
        LoudnessResult r = measure(sampleRate, ToneSequence.stereo(sampleRate).then(20, -33));
        assertAll(() -> assertEquals(-33.0, r.momentaryLufs(), TOLERANCE_LU),
                () -> assertEquals(-33.0, r.shortTermLufs(), TOLERANCE_LU),
                () -> assertEquals(-33.0, r.integratedLufs(), TOLERANCE_LU));
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case3RelativeGateDropsTheQuietEnds(int sampleRate) {
        LoudnessResult r = measure(sampleRate, ToneSequence.stereo(sampleRate).then(10, -36).then(60, -23)
                .then(10, -36));
        assertEquals(-23.0, r.integratedLufs(), TOLERANCE_LU);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case4AbsoluteAndRelativeGatesDropTheQuietParts(int sampleRate) {
        LoudnessResult r = measure(sampleRate, ToneSequence.stereo(sampleRate).then(10, -72).then(10, -36)
                .then(60, -23).then(10, -36).then(10, -72));
        assertEquals(-23.0, r.integratedLufs(), TOLERANCE_LU);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case5PowerMeanOfTwoLevels(int sampleRate) {
        LoudnessResult r = measure(sampleRate, ToneSequence.stereo(sampleRate).then(20, -26).then(20.1, -20)
                .then(20, -26));
        assertEquals(-23.0, r.integratedLufs(), TOLERANCE_LU);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case6FiveChannelsWeighSurroundsBy141(int sampleRate) {
        LoudnessMeter meter = new LoudnessMeter(sampleRate, ChannelLayout.SURROUND_5_0, false);
        new ToneSequence(sampleRate, 1000, -5, -5, -1, -7, -7).then(20, -23).feed(meter, BLOCK);
        assertEquals(-23.0, meter.result().integratedLufs(), TOLERANCE_LU);
    }

    /** Case 6 again as 5.1 in WAV order with a loud LFE channel, which must not count. */
    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case6WithLfeIgnoresTheLfeChannel(int sampleRate) {
        LoudnessMeter meter = new LoudnessMeter(sampleRate, ChannelLayout.SURROUND_5_1, false);
        new ToneSequence(sampleRate, 1000, -5, -5, -1, 20, -7, -7).then(20, -23).feed(meter, BLOCK);
        assertEquals(-23.0, meter.result().integratedLufs(), TOLERANCE_LU);
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case9ShortTermIsConstantAfterThreeSeconds(int sampleRate) {
        ToneSequence signal = ToneSequence.stereo(sampleRate);
        for (int i = 0; i < 5; i++) {
            signal.then(1.34, -20).then(1.66, -30);
        }
        float[] shortTerm = measure(sampleRate, signal).shortTermSeriesLufs();
        for (int i = 29; i < shortTerm.length; i++) {
            assertEquals(-23.0, shortTerm[i], TOLERANCE_LU, "short-term at " + (i + 1) * 0.1 + " s");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case10MaxShortTermOfEachOfTwentyFiles(int sampleRate) {
        LoudnessMeter meter = stereoMeter(sampleRate);
        for (int i = 0; i < 20; i++) {
            meter.reset();
            ToneSequence.stereo(sampleRate).then(i * 0.15, SILENCE).then(3, -23).then(1, SILENCE).feed(meter, BLOCK);
            assertEquals(-23.0, meter.result().maxShortTermLufs(), TOLERANCE_LU, "file " + i);
        }
    }

    /** Each segment is 1 LU louder than the last, so the running maximum after a segment is that segment's. */
    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case11MaxShortTermOfEachSegment(int sampleRate) {
        LoudnessMeter meter = stereoMeter(sampleRate);
        for (int i = 0; i < 20; i++) {
            ToneSequence.stereo(sampleRate).then(i * 0.15, SILENCE).then(3, -38 + i).then(3 - i * 0.15, SILENCE)
                    .feed(meter, BLOCK);
            assertEquals(-38.0 + i, meter.result().maxShortTermLufs(), TOLERANCE_LU, "segment " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case12MomentaryIsConstantAfterOneSecond(int sampleRate) {
        ToneSequence signal = ToneSequence.stereo(sampleRate);
        for (int i = 0; i < 25; i++) {
            signal.then(0.18, -20).then(0.22, -30);
        }
        float[] momentary = measure(sampleRate, signal).momentarySeriesLufs();
        for (int i = 9; i < momentary.length; i++) {
            assertEquals(-23.0, momentary[i], TOLERANCE_LU, "momentary at " + (i + 1) * 0.1 + " s");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case13MaxMomentaryOfEachOfTwentyFiles(int sampleRate) {
        LoudnessMeter meter = stereoMeter(sampleRate);
        for (int i = 0; i < 20; i++) {
            meter.reset();
            ToneSequence.stereo(sampleRate).then(i * 0.02, SILENCE).then(0.4, -23).then(1, SILENCE)
                    .feed(meter, BLOCK);
            assertEquals(-23.0, meter.result().maxMomentaryLufs(), TOLERANCE_LU, "file " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {44100, 48000})
    void case14MaxMomentaryOfEachSegment(int sampleRate) {
        LoudnessMeter meter = stereoMeter(sampleRate);
        for (int i = 0; i < 20; i++) {
            ToneSequence.stereo(sampleRate).then(i * 0.02, SILENCE).then(0.4, -38 + i)
                    .then(0.4 - i * 0.02, SILENCE).feed(meter, BLOCK);
            assertEquals(-38.0 + i, meter.result().maxMomentaryLufs(), TOLERANCE_LU, "segment " + i);
        }
    }
}
