package dev.earshot.report.album;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Band;
import dev.earshot.report.model.AlbumComparison;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Hand-computed means and deviations of made-up track figures. */
class AlbumComparerTest {
    private static final double EXACT = 1e-9;

    private static Map<Band, Double> balance(double sub, double bass, double lowMid, double presence, double air) {
        Map<Band, Double> map = new EnumMap<>(Band.class);
        map.put(Band.SUB, sub);
        map.put(Band.BASS, bass);
        map.put(Band.LOW_MID, lowMid);
        map.put(Band.PRESENCE, presence);
        map.put(Band.AIR, air);
        return map;
    }

    private static final Map<Band, Double> EVEN = balance(-12, -6, -4, -8, -10);

    private static TrackFigures track(String name, double lufs, double rangeLu, Map<Band, Double> balance) {
        return new TrackFigures(name, name.equals("master"), lufs, rangeLu, -1.0, balance);
    }

    @Test
    void loudnessFlagFiresJustPastTwoLuOnEitherSide() {
        // Mean of -10, -12.04, -7.96 is -10: deviations 0, -2.04 (flagged) and +2.04 (flagged).
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("quiet", -12.04, 5, EVEN), track("loud", -7.96, 5, EVEN)));
        assertEquals(-10.0, album.meanIntegratedLufs(), EXACT);
        assertEquals(List.of(), album.tracks().get(0).flags());
        assertEquals(List.of("2.0 LU quieter than the album average of -10.0 LUFS."), album.tracks().get(1).flags());
        assertEquals(List.of("2.0 LU louder than the album average of -10.0 LUFS."), album.tracks().get(2).flags());
        assertEquals(AlbumComparer.LOUDNESS_TOLERANCE_LU, album.loudnessToleranceLu(), EXACT);
        assertEquals(AlbumComparer.BAND_TOLERANCE_DB, album.bandToleranceDb(), EXACT);
    }

    @Test
    void loudnessWithinTwoLuIsNotFlagged() {
        // Mean -10: deviations +1.95 and -1.95.
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -8.05, 5, EVEN),
                track("other", -11.95, 5, EVEN)));
        assertEquals(List.of(), album.tracks().get(0).flags());
        assertEquals(List.of(), album.tracks().get(1).flags());
    }

    @Test
    void rangeFlagSaysWhichWayTheTrackDiffers() {
        // Ranges 4, 4, 4, 12: mean 6; the dynamic track is 6 LU above it, the others 2 LU below (not flagged).
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 4, EVEN),
                track("b", -10, 4, EVEN), track("c", -10, 4, EVEN), track("ballad", -10, 12, EVEN)));
        assertEquals(List.of("More dynamic than the rest: loudness range 12.0 LU against an album average of 6.0 LU."),
                album.tracks().get(3).flags());
        assertEquals(List.of(), album.tracks().get(0).flags());
        // Ranges 9, 9, 2: mean 6.67; the squashed track is 4.67 LU below, the others 2.33 LU above.
        album = AlbumComparer.compare(List.of(track("master", -10, 9, EVEN), track("b", -10, 9, EVEN),
                track("squashed", -10, 2, EVEN)));
        assertEquals(List.of("Less dynamic than the rest: loudness range 2.0 LU against an album average of 6.7 LU."),
                album.tracks().get(2).flags());
    }

    @Test
    void bandDeviationsAreFromTheMeanBalanceAndFlaggedPastThreeDb() {
        // Bass -6, -6, -1.2: mean -4.4; deviations -1.6, -1.6 and +3.2 (flagged). Presence -8, -8, -11.2: mean
        // -9.0667; deviations +1.0667, +1.0667, -2.1333 (not flagged).
        Map<Band, Double> bassy = balance(-12, -1.2, -4, -11.2, -10);
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("b", -10, 5, EVEN), track("bassy", -10, 5, bassy)));
        assertEquals(-1.6, album.tracks().get(0).bandDeviationDb().get(Band.BASS), EXACT);
        assertEquals(3.2, album.tracks().get(2).bandDeviationDb().get(Band.BASS), EXACT);
        assertEquals(-3.2 * 2 / 3, album.tracks().get(2).bandDeviationDb().get(Band.PRESENCE), EXACT);
        assertEquals(0.0, album.tracks().get(2).bandDeviationDb().get(Band.SUB), EXACT);
        assertEquals(List.of("3.2 dB more bass (60-250 Hz) than the album's average balance."),
                album.tracks().get(2).flags());
        assertEquals(List.of(), album.tracks().get(0).flags());
    }

    @Test
    void missingBandCountsAsTheFloorNotMinusInfinity() {
        // A 16 kHz track has no air: its -300 dB floor counts as -60, so the others' deviation stays finite.
        Map<Band, Double> noAir = balance(-12, -6, -4, -8, -300);
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("lofi", -10, 5, noAir)));
        assertEquals(25.0, album.tracks().get(0).bandDeviationDb().get(Band.AIR), EXACT);
        assertEquals(-25.0, album.tracks().get(1).bandDeviationDb().get(Band.AIR), EXACT);
        assertTrue(album.tracks().get(1).flags().contains("25.0 dB less air (6-20 kHz) than the album's average "
                + "balance."), album.tracks().get(1).flags().toString());
    }

    @Test
    void silentTrackIsFlaggedAndLeftOutOfTheMeans() {
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("other", -12, 5, EVEN), track("silence", Double.NEGATIVE_INFINITY, 0,
                        balance(-300, -300, -300, -300, -300))));
        assertEquals(-11.0, album.meanIntegratedLufs(), EXACT);
        assertEquals(List.of("Silent: there is no loudness or balance to compare."), album.tracks().get(2).flags());
        assertTrue(Double.isNaN(album.tracks().get(2).bandDeviationDb().get(Band.BASS)));
        assertEquals(List.of(), album.tracks().get(0).flags());
    }

    @Test
    void emptyAlbumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AlbumComparer.compare(List.of()));
    }

    @Test
    void oneOutlierDoesNotGetTheTracksAroundItFlagged() {
        // Air -10, -10, -32.7: mean -17.57, so the two matching tracks sit +7.57 dB from the mean, but 0 dB from
        // the median (-10); only the dark track, 15.13 dB below the mean and 22.7 dB below the median, is flagged.
        Map<Band, Double> dark = balance(-12, -6, -4, -8, -32.7);
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("b", -10, 5, EVEN), track("dark", -10, 5, dark)));
        assertEquals(22.7 / 3, album.tracks().get(0).bandDeviationDb().get(Band.AIR), 1e-9);
        assertEquals(List.of(), album.tracks().get(0).flags());
        assertEquals(List.of(), album.tracks().get(1).flags());
        assertEquals(List.of("15.1 dB less air (6-20 kHz) than the album's average balance."),
                album.tracks().get(2).flags());
    }

    @Test
    void twoTracksFarApartAreBothFlagged() {
        // Mean and median are both -11: each track is 3 LU away.
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -8, 5, EVEN),
                track("other", -14, 5, EVEN)));
        assertEquals(List.of("3.0 LU louder than the album average of -11.0 LUFS."), album.tracks().get(0).flags());
        assertEquals(List.of("3.0 LU quieter than the album average of -11.0 LUFS."), album.tracks().get(1).flags());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, AlbumComparer.median(new double[] {4, 1, 3, 2}), 0.0);
        assertEquals(3.0, AlbumComparer.median(new double[] {5, 3, 1}), 0.0);
    }
}
