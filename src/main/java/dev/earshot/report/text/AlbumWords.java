package dev.earshot.report.text;

import dev.earshot.report.album.AlbumComparer;
import dev.earshot.report.model.AlbumComparison;

/**
 * The album section's account of how tracks are flagged, the same in HTML and PDF and true to
 * {@link AlbumComparer}'s rule: a track is compared with the mean of the <em>other</em> tracks and, with three or more
 * tracks, also with the median track, not with the album mean the chart shows.
 */
public final class AlbumWords {

    private AlbumWords() {
    }

    /** "Album mean −9.5 LUFS. A track is flagged when …", tolerances from the comparison. */
    public static String rule(AlbumComparison album) {
        return "Album mean " + Figures.withUnit(album.meanIntegratedLufs(), "LUFS") + ". A track is flagged when "
                + "its integrated loudness is more than " + Figures.number(album.loudnessToleranceLu())
                + " LU from the mean of the other tracks, its loudness range more than "
                + Figures.number(AlbumComparer.RANGE_TOLERANCE_LU) + " LU from theirs, or a band more than "
                + Figures.number(album.bandToleranceDb()) + " dB from their mean balance. With three or more "
                + "tracks it must also be that far from the median track, so one odd track does not get the "
                + "others flagged with it.";
    }

    /** Caption of the album loudness chart. */
    public static String loudnessCaption(AlbumComparison album) {
        return "Each bar is a track's integrated loudness against the album mean of "
                + Figures.withUnit(album.meanIntegratedLufs(), "LUFS")
                + ". The flags in the table compare each track with the other tracks, not with this mean.";
    }
}
