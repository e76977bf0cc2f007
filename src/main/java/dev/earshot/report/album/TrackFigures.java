package dev.earshot.report.album;

import dev.earshot.analysis.Band;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the album comparison needs to know about one track.
 *
 * @param fileName        the track's file name, for the report
 * @param isMaster        whether this is the report's master
 * @param integratedLufs  integrated loudness in LUFS (−∞ for silence)
 * @param loudnessRangeLu loudness range (EBU Tech 3342) in LU
 * @param truePeakDbtp    highest true peak over all channels in dBTP
 * @param balanceDb       tonal balance: each band's level relative to the five bands together, in dB (≤ 0), as
 *                        {@link dev.earshot.analysis.BandEnergies#relativeDb}; every band present
 */
public record TrackFigures(String fileName, boolean isMaster, double integratedLufs, double loudnessRangeLu,
                           double truePeakDbtp, Map<Band, Double> balanceDb) {

    /** @throws IllegalArgumentException if a band is missing from the balance */
    public TrackFigures {
        EnumMap<Band, Double> copy = new EnumMap<>(Band.class);
        copy.putAll(balanceDb);
        if (copy.size() != Band.values().length || copy.containsValue(null)) {
            throw new IllegalArgumentException("balance of " + fileName + " must hold every band, got "
                    + balanceDb.keySet());
        }
        balanceDb = Collections.unmodifiableMap(copy);
    }
}
