package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.playback.ReferenceLevel;
import dev.earshot.playback.ReferenceTrack;
import org.junit.jupiter.api.Test;

class ReferenceControlsTest {
    private static final int RATE = 48_000;

    @Test
    void spinnerRangesAreTwoSecondsAndTwelveDecibelsInHalfDecibelSteps() {
        assertEquals(2000.0, ReferenceControls.MAX_OFFSET_MS);
        assertEquals(12.0, ReferenceControls.MAX_TRIM_DB);
        assertEquals(0.5, ReferenceControls.TRIM_STEP_DB);
        assertEquals(-2000.0, ReferenceControls.clampOffsetMs(-5000.0));
        assertEquals(123.0, ReferenceControls.clampOffsetMs(123.0));
        assertEquals(12.0, ReferenceControls.clampTrimDb(40.0));
        assertEquals(-12.0, ReferenceControls.clampTrimDb(-12.2));
        assertEquals(1.5, ReferenceControls.clampTrimDb(1.4), "rounded to the 0.5 dB step");
    }

    @Test
    void albumTrackIsFixedAtOffsetZeroWithNoGain() {
        float[][] audio = {new float[RATE]};
        ReferenceTrack track = ReferenceControls.albumTrack("song 2.wav", audio, RATE);
        assertEquals(0, track.alignmentFrames());
        assertTrue(Double.isNaN(track.correlationPeak()), "fixed tracks carry no correlation");
        assertEquals(RATE, track.lengthFrames());
        assertEquals(0.0, ReferenceControls.ALBUM_GAIN_DB);
        assertEquals("none (album track)", ReferenceControls.alignmentText(track));
        assertEquals("song 2.wav (album)", ReferenceControls.itemText("song 2.wav", true));
        assertEquals("ref.wav", ReferenceControls.itemText("ref.wav", false));
    }

    @Test
    void alignedReferenceShowsItsLagInMillisecondsAndTheMatch() {
        // a master with a click at frame 2000 and a reference with it at frame 2480: the reference lags by 10 ms
        float[][] master = new float[1][RATE * 3];
        float[][] reference = new float[1][RATE * 3];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < master[0].length; i++) {
            master[0][i] = (float) random.nextGaussian() * 0.1f;
        }
        System.arraycopy(master[0], 0, reference[0], 480, master[0].length - 480);
        ReferenceTrack track = ReferenceTrack.of("ref.wav", reference, master, RATE);
        assertEquals("+10.0 ms (match 1.00)", ReferenceControls.alignmentText(track));
    }

    @Test
    void gainTextSaysMeasuringUntilTheWholeSignalIsMeasured() {
        assertEquals("measuring…", ReferenceControls.gainText(new ReferenceLevel(-2.0, 0.0, false), false));
        assertEquals("\u22122.5 dB", ReferenceControls.gainText(new ReferenceLevel(-2.0, -0.5, true), false));
        assertEquals("+1.0 dB", ReferenceControls.gainText(new ReferenceLevel(0.0, 1.0, false), true),
                "an album track's gain is known at once");
    }

    @Test
    void albumMatchGainIsAddedOnlyWhenMatchingIsOn() {
        assertEquals(1.0, ReferenceControls.engineTrimDb(1.0, true, false, -4.0));
        assertEquals(-3.0, ReferenceControls.engineTrimDb(1.0, true, true, -4.0));
        assertEquals(1.0, ReferenceControls.engineTrimDb(1.0, false, true, -4.0), "references match in the engine");
    }
}
