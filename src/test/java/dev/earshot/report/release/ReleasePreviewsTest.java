package dev.earshot.report.release;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.LoudnessFigures;
import dev.earshot.report.ReleaseTarget;
import dev.earshot.report.model.ReleasePreview;

import org.junit.jupiter.api.Test;

/** Every expected figure below is worked out by hand from REFERENCE.md section 2's targets and rules. */
class ReleasePreviewsTest {
    /** The arithmetic is a few additions of exact decimal inputs; 1e-9 covers their binary rounding. */
    private static final double EXACT = 1e-9;

    private static ReleasePreview.Platform row(ReleaseTarget target, double integratedLufs, double truePeakDbtp) {
        return ReleasePreviews.platform(target, integratedLufs, truePeakDbtp);
    }

    private static void assertRow(ReleasePreview.Platform row, double gainDb, double peakDbtp, boolean limited,
                                  double playbackLufs, String note) {
        assertEquals(gainDb, row.gainDb(), EXACT, "gain");
        assertEquals(peakDbtp, row.resultingTruePeakDbtp(), EXACT, "true peak");
        assertEquals(limited, row.limited(), "limited");
        assertEquals(playbackLufs, row.playbackLufs(), EXACT, "playback loudness");
        assertEquals(note, row.note());
    }

    @Test
    void loudMasterIsTurnedDownAndTheExtraLoudnessBuysNothing() {
        assertRow(row(ReleaseTarget.SPOTIFY, -9.0, -0.2), -5.0, -5.2, false, -14.0,
                "Turned down 5.0 dB: the extra loudness buys nothing here.");
    }

    @Test
    void broadcastRowSaysTheProgrammeIsDeliveredAtMinus23NotThatLoudnessBuysNothing() {
        // -9 LUFS master: a -23 LUFS broadcast version is 14 dB lower; peak -0.2 - 14 = -14.2 dBTP.
        assertRow(row(ReleaseTarget.EBU_R128, -9.0, -0.2), -14.0, -14.2, false, -23.0,
                "Broadcast delivery is normalised to -23.0 LUFS: the broadcast version is 14.0 dB lower than this "
                        + "master and airs as loud as every other programme.");
        // -26 LUFS, peak -2: raised 3 dB, peak +1 dBTP above R 128's -1 dBTP.
        assertRow(row(ReleaseTarget.EBU_R128, -26.0, -2.0), 3.0, 1.0, false, -23.0,
                "Broadcast delivery is normalised to -23.0 LUFS: the broadcast version is 3.0 dB higher than this "
                        + "master and airs as loud as every other programme, but its true peak would be +1.0 dBTP, "
                        + "above R 128's -1.0 dBTP limit, so it needs peak limiting.");
    }

    @Test
    void smallTurnDownIsCloseToTheTargetUpToOneDecibel() {
        // Deezer -15: -14.4 needs 0.6 dB down (close), -13.9 needs 1.1 dB down (past the 1 dB line).
        assertRow(row(ReleaseTarget.DEEZER, -14.4, -3.0), -0.6, -3.6, false, -15.0,
                "Turned down 0.6 dB: it sits close to the -15.0 LUFS target.");
        assertRow(row(ReleaseTarget.DEEZER, -13.9, -3.0), -1.1, -4.1, false, -15.0,
                "Turned down 1.1 dB: the extra loudness buys nothing here.");
    }

    @Test
    void masterAtTheTargetIsPlayedAtItsOwnLevel() {
        assertRow(row(ReleaseTarget.TIDAL, -14.0, -3.0), 0.0, -3.0, false, -14.0,
                "Played at its own level: it already sits at the -14.0 LUFS target.");
    }

    @Test
    void spotifyRaisesAQuietMasterFullyWhenThePeakStaysBelowMinusOne() {
        // -14.5 LUFS, -3 dBTP: 0.5 dB wanted, 2 dB of peak room.
        assertRow(row(ReleaseTarget.SPOTIFY, -14.5, -3.0), 0.5, -2.5, false, -14.0,
                "Raised 0.5 dB to the -14.0 LUFS target.");
    }

    @Test
    void spotifyRaisesOnlyUpToThePeakCeilingAndSaysHowMuchQuieterItPlays() {
        // -17 LUFS, -3 dBTP: 3 dB wanted, the peak may rise only 2 dB; it plays at -15, 1 dB under the others.
        assertRow(row(ReleaseTarget.SPOTIFY, -17.0, -3.0), 2.0, -1.0, true, -15.0,
                "Raised only 2.0 dB of the 3.0 dB needed: Spotify stops where the true peak reaches -1.0 dBTP, "
                        + "so it plays 1.0 dB quieter than other music.");
    }

    @Test
    void spotifyDoesNotRaiseAMasterWhosePeakIsAlreadyAboveTheCeiling() {
        assertRow(row(ReleaseTarget.SPOTIFY, -17.0, -0.5), 0.0, -0.5, true, -17.0,
                "Not raised: its true peak of -0.5 dBTP leaves no room below Spotify's -1.0 dBTP ceiling, "
                        + "so it plays 3.0 dB quieter than other music.");
    }

    @Test
    void youtubeTurnsDownButNeverUp() {
        assertRow(row(ReleaseTarget.YOUTUBE, -12.0, -1.0), -2.0, -3.0, false, -14.0,
                "Turned down 2.0 dB: the extra loudness buys nothing here.");
        assertRow(row(ReleaseTarget.YOUTUBE, -16.0, -6.0), 0.0, -6.0, true, -16.0,
                "Not raised: YouTube only turns loud tracks down, so it plays 2.0 dB quieter than other music.");
    }

    @Test
    void appleRaisesFullyAndWarnsWhenTheRaisedPeakPassesTheCeiling() {
        // Apple -16: -18 LUFS is raised 2 dB; a -0.6 dBTP peak lands at +1.4, a -4 dBTP peak at -2.
        assertRow(row(ReleaseTarget.APPLE_MUSIC, -18.0, -0.6), 2.0, 1.4, false, -16.0,
                "Raised 2.0 dB to the -16.0 LUFS target, but its true peak then reaches +1.4 dBTP, above the "
                        + "-1.0 dBTP ceiling, so lossy playback may clip.");
        assertRow(row(ReleaseTarget.APPLE_MUSIC, -18.0, -4.0), 2.0, -2.0, false, -16.0,
                "Raised 2.0 dB to the -16.0 LUFS target.");
    }

    @Test
    void amazonWarnsAboutAPeakAboveItsMinusTwoAdviceEvenWithoutGain() {
        assertRow(row(ReleaseTarget.AMAZON_MUSIC, -14.0, -1.5), 0.0, -1.5, false, -14.0,
                "Played at its own level: it already sits at the -14.0 LUFS target, but its true peak still "
                        + "reaches -1.5 dBTP, above the -2.0 dBTP ceiling, so lossy playback may clip.");
        assertRow(row(ReleaseTarget.AMAZON_MUSIC, -14.0, -2.0), 0.0, -2.0, false, -14.0,
                "Played at its own level: it already sits at the -14.0 LUFS target.");
    }

    @Test
    void spotifyLoudLimitsARaisedMasterWhosePeakWouldPassMinusOne() {
        // Loud -11: -13 LUFS is raised 2 dB; a -2.6 dBTP peak would reach -0.6, a -3.5 dBTP peak only -1.5.
        assertRow(ReleasePreviews.spotifyLoud(-13.0, -2.6), 2.0, -1.0, true, -11.0,
                "Raised 2.0 dB: its true peak would reach -0.6 dBTP, so Spotify's limiter holds it at -1.0 dBTP.");
        assertRow(ReleasePreviews.spotifyLoud(-13.0, -3.5), 2.0, -1.5, false, -11.0,
                "Raised 2.0 dB to the -11.0 LUFS target.");
    }

    @Test
    void spotifyLoudTurnsALoudMasterDown() {
        assertRow(ReleasePreviews.spotifyLoud(-8.0, 0.3), -3.0, -2.7, false, -11.0,
                "Turned down 3.0 dB: the extra loudness buys nothing here.");
    }

    @Test
    void silenceIsLeftAlone() {
        ReleasePreview preview = ReleasePreviews.of(new LoudnessFigures(Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY, 0.0, Double.NEGATIVE_INFINITY, Double.NaN));
        for (ReleasePreview.Platform platform : preview.platforms()) {
            assertEquals(0.0, platform.gainDb(), EXACT);
            assertFalse(platform.limited());
            assertTrue(platform.note().startsWith("Silent:"), platform.note());
        }
    }

    @Test
    void previewHasEveryTargetInOrderWithSpotifyLoudAfterSpotify() {
        ReleasePreview preview = ReleasePreviews.of(new LoudnessFigures(-9.0, -7.0, 5.0, -0.2, 8.8));
        ReleaseTarget[] targets = ReleaseTarget.values();
        assertEquals(targets.length + 1, preview.platforms().size());
        assertEquals("Spotify (Loud)", preview.platforms().get(1).name());
        assertEquals(-11.0, preview.platforms().get(1).targetLufs(), EXACT);
        int index = 0;
        for (ReleaseTarget target : targets) {
            if (index == 1) {
                index++;
            }
            ReleasePreview.Platform platform = preview.platforms().get(index++);
            assertEquals(target.displayName(), platform.name());
            assertEquals(target.targetLufs(), platform.targetLufs(), EXACT);
            assertEquals(target.playbackGainDb(-9.0, -0.2), platform.gainDb(), EXACT);
        }
    }

    @Test
    void confirmedSourcesFollowTheTargetsAndSpotifysOwnLoudSetting() {
        assertTrue(ReleasePreviews.confirmedBySource("Spotify"));
        assertTrue(ReleasePreviews.confirmedBySource("Spotify (Loud)"));
        assertTrue(ReleasePreviews.confirmedBySource("EBU R 128 broadcast"));
        assertFalse(ReleasePreviews.confirmedBySource("Apple Music"));
        assertFalse(ReleasePreviews.confirmedBySource("Some other service"));
    }
}
