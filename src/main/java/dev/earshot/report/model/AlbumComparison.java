package dev.earshot.report.model;

import dev.earshot.analysis.Band;

import java.util.List;
import java.util.Map;

/**
 * Consistency of the master with the other tracks of its EP or album.
 *
 * @param tracks              every track, the master included, in the order given
 * @param meanIntegratedLufs  mean integrated loudness of the tracks, in LUFS
 * @param loudnessToleranceLu a track further than this from the mean is flagged, in LU
 * @param bandToleranceDb     a band further than this from the album's mean balance is flagged, in dB
 */
public record AlbumComparison(List<Track> tracks, double meanIntegratedLufs, double loudnessToleranceLu,
                              double bandToleranceDb) {

    public AlbumComparison {
        tracks = List.copyOf(tracks);
    }

    /**
     * One track of the album.
     *
     * @param fileName         the track's file name
     * @param isMaster         whether this is the report's master
     * @param integratedLufs   integrated loudness in LUFS
     * @param loudnessRangeLu  loudness range in LU
     * @param truePeakDbtp     true peak in dBTP
     * @param bandDeviationDb  per band, this track's balance minus the album's mean balance, in dB
     * @param flags            plain-language flags for this track (empty when it sits with the others)
     */
    public record Track(String fileName, boolean isMaster, double integratedLufs, double loudnessRangeLu,
                        double truePeakDbtp, Map<Band, Double> bandDeviationDb, List<String> flags) {

        public Track {
            bandDeviationDb = OrderedMaps.bands(bandDeviationDb);
            flags = List.copyOf(flags);
        }
    }
}
