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
    void loudnessFlagFiresJustPastTwoLuFromTheRest() {
        // Two tracks at -10: the third's rest and the median are both -10. At -12.01 it is 2.01 LU under (flagged),
        // at -11.99 only 1.99 LU (not). The -10 tracks sit 1.0 LU above their rest (-11.0): never flagged.
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("b", -10, 5, EVEN), track("quiet", -12.01, 5, EVEN)));
        assertEquals((-10 - 10 - 12.01) / 3, album.meanIntegratedLufs(), EXACT);
        assertEquals(List.of(), album.tracks().get(0).flags());
        assertEquals(List.of(), album.tracks().get(1).flags());
        assertEquals(List.of("2.0 LU quieter than the rest of the album (-10.0 LUFS on average)."),
                album.tracks().get(2).flags());
        album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN), track("b", -10, 5, EVEN),
                track("quiet", -11.99, 5, EVEN)));
        assertEquals(List.of(), album.tracks().get(2).flags());
        assertEquals(AlbumComparer.LOUDNESS_TOLERANCE_LU, album.loudnessToleranceLu(), EXACT);
        assertEquals(AlbumComparer.BAND_TOLERANCE_DB, album.bandToleranceDb(), EXACT);
    }

    @Test
    void trackThreeLuUnderTwoOthersIsFlaggedThoughOnlyTwoFromTheMeanOfAll() {
        // -9, -9, -12: the mean of all is -10 (the quiet track 2 LU under it), the rest -9 (3 LU).
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -9, 5, EVEN),
                track("b", -9, 5, EVEN), track("quiet", -12, 5, EVEN)));
        assertEquals(-10.0, album.meanIntegratedLufs(), EXACT);
        assertEquals(List.of("3.0 LU quieter than the rest of the album (-9.0 LUFS on average)."),
                album.tracks().get(2).flags());
    }

    @Test
    void twoTracksWithinTwoLuAreNotFlagged() {
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("other", -11.95, 5, EVEN)));
        assertEquals(List.of(), album.tracks().get(0).flags());
        assertEquals(List.of(), album.tracks().get(1).flags());
    }

    @Test
    void rangeFlagSaysWhichWayTheTrackDiffers() {
        // Ranges 4, 4, 4, 12: the ballad's rest and the median are 4 (8 LU off); each 4 LU track's rest is 6.67.
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 4, EVEN),
                track("b", -10, 4, EVEN), track("c", -10, 4, EVEN), track("ballad", -10, 12, EVEN)));
        assertEquals(List.of("More dynamic than the rest of the album: loudness range 12.0 LU against 4.0 LU on "
                + "average."), album.tracks().get(3).flags());
        assertEquals(List.of(), album.tracks().get(0).flags());
        // Ranges 9, 9, 2: the squashed track is 7 LU under its rest; a 9 LU track is 3.5 LU over its rest (9, 2)
        // but 0 from the median (9), so only the squashed one is flagged.
        album = AlbumComparer.compare(List.of(track("master", -10, 9, EVEN), track("b", -10, 9, EVEN),
                track("squashed", -10, 2, EVEN)));
        assertEquals(List.of("Less dynamic than the rest of the album: loudness range 2.0 LU against 9.0 LU on "
                + "average."), album.tracks().get(2).flags());
        assertEquals(List.of(), album.tracks().get(0).flags());
    }

    @Test
    void bandDeviationsAreFromTheMeanAndFlagsFromTheRest() {
        // Bass -6, -6, -1.2: mean -4.4, deviations -1.6, -1.6, +3.2; the bassy track is 4.8 dB over its rest.
        // Presence -8, -8, -11.2: its deviation is -3.2 * 2/3 from the mean, -3.2 dB from the rest (flagged).
        Map<Band, Double> bassy = balance(-12, -1.2, -4, -11.2, -10);
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("b", -10, 5, EVEN), track("bassy", -10, 5, bassy)));
        assertEquals(-1.6, album.tracks().get(0).bandDeviationDb().get(Band.BASS), EXACT);
        assertEquals(3.2, album.tracks().get(2).bandDeviationDb().get(Band.BASS), EXACT);
        assertEquals(-3.2 * 2 / 3, album.tracks().get(2).bandDeviationDb().get(Band.PRESENCE), EXACT);
        assertEquals(0.0, album.tracks().get(2).bandDeviationDb().get(Band.SUB), EXACT);
        assertEquals(List.of("4.8 dB more bass (60-250 Hz) than the rest of the album.",
                "3.2 dB less presence (2-6 kHz) than the rest of the album."), album.tracks().get(2).flags());
        assertEquals(List.of(), album.tracks().get(0).flags());
    }

    @Test
    void missingBandCountsAsTheFloorNotMinusInfinity() {
        // A 16 kHz track has no air: its -300 dB floor counts as -60, so the deviations stay finite.
        Map<Band, Double> noAir = balance(-12, -6, -4, -8, -300);
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("lofi", -10, 5, noAir)));
        assertEquals(25.0, album.tracks().get(0).bandDeviationDb().get(Band.AIR), EXACT);
        assertEquals(-25.0, album.tracks().get(1).bandDeviationDb().get(Band.AIR), EXACT);
        assertEquals(List.of("50.0 dB less air (6-20 kHz) than the rest of the album."),
                album.tracks().get(1).flags());
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
    void singleTrackIsNeverFlagged() {
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -6, 20, EVEN)));
        assertEquals(List.of(), album.tracks().get(0).flags());
        assertEquals(0.0, album.tracks().get(0).bandDeviationDb().get(Band.AIR), EXACT);
    }

    @Test
    void emptyAlbumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> AlbumComparer.compare(List.of()));
    }

    @Test
    void oneOutlierDoesNotGetTheTracksAroundItFlagged() {
        // Air -10, -10, -32.7: each matching track sits 11.35 dB over its rest (-10 and -32.7) but 0 dB from the
        // median (-10); only the dark track, 22.7 dB under its rest and the median, is flagged.
        Map<Band, Double> dark = balance(-12, -6, -4, -8, -32.7);
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -10, 5, EVEN),
                track("b", -10, 5, EVEN), track("dark", -10, 5, dark)));
        assertEquals(22.7 / 3, album.tracks().get(0).bandDeviationDb().get(Band.AIR), 1e-9);
        assertEquals(List.of(), album.tracks().get(0).flags());
        assertEquals(List.of(), album.tracks().get(1).flags());
        assertEquals(List.of("22.7 dB less air (6-20 kHz) than the rest of the album."),
                album.tracks().get(2).flags());
    }

    @Test
    void twoTracksFarApartAreBothFlagged() {
        // Each track is compared with the other: 6 LU apart.
        AlbumComparison album = AlbumComparer.compare(List.of(track("master", -8, 5, EVEN),
                track("other", -14, 5, EVEN)));
        assertEquals(List.of("6.0 LU louder than the rest of the album (-14.0 LUFS on average)."),
                album.tracks().get(0).flags());
        assertEquals(List.of("6.0 LU quieter than the rest of the album (-8.0 LUFS on average)."),
                album.tracks().get(1).flags());
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertEquals(2.5, AlbumComparer.median(new double[] {4, 1, 3, 2}), 0.0);
        assertEquals(3.0, AlbumComparer.median(new double[] {5, 3, 1}), 0.0);
    }
}
