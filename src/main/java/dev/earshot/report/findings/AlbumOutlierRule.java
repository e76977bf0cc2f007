package dev.earshot.report.findings;

import dev.earshot.report.model.AlbumComparison;
import dev.earshot.report.model.Finding;
import dev.earshot.report.model.ReportDocument;
import java.util.List;

/**
 * {@value #ID}: a track of the album comparison carries flags, that is stands out from the rest of the album by more
 * than the comparison's tolerances (integrated loudness 2 LU, loudness range 3 LU, a band's balance 3 dB; see
 * {@code AlbumComparer}). One finding per flagged track, MEDIUM for the master, LOW for another track. The value is
 * the track's distance in integrated loudness from the mean of the other (non-silent) tracks, in LU, against the
 * loudness tolerance; when only its range or balance stands out, its largest band deviation from the mean balance of
 * the other tracks (as the flag in the headline states it), in dB, against the band tolerance.
 */
public final class AlbumOutlierRule implements FindingRule {
    public static final String ID = "album.outlier";

    @Override
    public List<Finding> evaluate(ReportDocument document) {
        AlbumComparison album = document.album();
        if (album == null) {
            return List.of();
        }
        return album.tracks().stream().filter(track -> !track.flags().isEmpty())
                .map(track -> finding(album, track)).toList();
    }

    private static Finding finding(AlbumComparison album, AlbumComparison.Track track) {
        String who = track.isMaster() ? "This master (" + track.fileName() + ")" : "Album track " + track.fileName();
        String first = track.flags().get(0);
        String headline = who + " stands out from the album: " + Character.toLowerCase(first.charAt(0))
                + first.substring(1);
        String detail = track.flags().size() > 1
                ? "Also: " + String.join(" ", track.flags().subList(1, track.flags().size()))
                + " Listeners hear the jump between tracks."
                : "Listeners hear the jump between tracks; match it to its neighbours or make the difference a choice.";
        double restLu = Math.abs(track.integratedLufs() - restMeanLufs(album, track));
        if (restLu > album.loudnessToleranceLu()) {
            return new Finding(ID, severity(track), headline, detail, restLu, "LU", album.loudnessToleranceLu(),
                    List.of());
        }
        double largestDb = 0;
        for (double deviationDb : track.bandDeviationDb().values()) {
            largestDb = Double.isFinite(deviationDb) ? Math.max(largestDb, Math.abs(deviationDb)) : largestDb;
        }
        // Deviation from the mean of all n tracks is (n-1)/n of the distance from the rest, which the flags state.
        long audible = album.tracks().stream().filter(t -> Double.isFinite(t.integratedLufs())).count();
        double restDb = audible > 1 ? largestDb * audible / (audible - 1) : largestDb;
        return new Finding(ID, severity(track), headline, detail, restDb, "dB", album.bandToleranceDb(), List.of());
    }

    private static Finding.Severity severity(AlbumComparison.Track track) {
        return track.isMaster() ? Finding.Severity.MEDIUM : Finding.Severity.LOW;
    }

    /** The mean integrated loudness of the album's other non-silent tracks, NaN if there is none. */
    static double restMeanLufs(AlbumComparison album, AlbumComparison.Track track) {
        double sum = 0;
        int count = 0;
        for (AlbumComparison.Track other : album.tracks()) {
            if (other != track && Double.isFinite(other.integratedLufs())) {
                sum += other.integratedLufs();
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
