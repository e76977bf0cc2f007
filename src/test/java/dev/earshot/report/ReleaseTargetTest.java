package dev.earshot.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ReleaseTargetTest {
    private static final double EXACT = 1e-12;

    @Test
    void loudMasterIsTurnedDownByTheDifferenceToTheTarget() {
        assertEquals(-5.0, ReleaseTarget.SPOTIFY.playbackGainDb(-9.0, -0.5), EXACT);
        assertEquals(-7.0, ReleaseTarget.APPLE_MUSIC.playbackGainDb(-9.0, -0.5), EXACT);
        assertEquals(-5.0, ReleaseTarget.YOUTUBE.playbackGainDb(-9.0, -0.5), EXACT);
    }

    @Test
    void youtubeNeverTurnsAQuietTrackUp() {
        assertEquals(0.0, ReleaseTarget.YOUTUBE.playbackGainDb(-20.0, -6.0), EXACT);
    }

    @Test
    void spotifyTurnsAQuietTrackUpOnlyAsFarAsMinusOneDbtpAllows() {
        // -20 LUFS with a -4 dBTP peak: +6 dB wanted, but the peak may rise by only 3 dB.
        assertEquals(3.0, ReleaseTarget.SPOTIFY.playbackGainDb(-20.0, -4.0), EXACT);
        assertEquals(6.0, ReleaseTarget.SPOTIFY.playbackGainDb(-20.0, -10.0), EXACT);
        assertEquals(0.0, ReleaseTarget.SPOTIFY.playbackGainDb(-20.0, 0.5), EXACT);
    }

    @Test
    void appleTurnsQuietTracksUpFully() {
        assertEquals(4.0, ReleaseTarget.APPLE_MUSIC.playbackGainDb(-20.0, -1.0), EXACT);
    }

    @Test
    void silenceGetsNoGain() {
        assertEquals(0.0, ReleaseTarget.SPOTIFY.playbackGainDb(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY),
                EXACT);
    }
}
