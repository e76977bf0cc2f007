package dev.earshot.analysis;

import java.util.EnumMap;
import java.util.Map;

/**
 * Per-band difference between another signal and a reference. Immutable.
 *
 * @param matchedDeltaDb  other band level − reference band level + matchGainDb, in dB: the difference at equal
 *                        integrated loudness (positive: the other signal has more in that band)
 * @param relativeDeltaDb other share − reference share of the 20 Hz to 20 kHz total ({@link BandEnergies#relativeDb}),
 *                        in dB: the tonal-balance difference independent of any loudness figure
 * @param matchGainDb     referenceLufs − otherLufs, the gain that brings the other signal to the reference's loudness
 */
public record BandDelta(Map<Band, Double> matchedDeltaDb, Map<Band, Double> relativeDeltaDb, double matchGainDb) {

    /** Copies the maps; every band must be present. */
    public BandDelta {
        matchedDeltaDb = Band.completeCopy("matchedDeltaDb", matchedDeltaDb);
        relativeDeltaDb = Band.completeCopy("relativeDeltaDb", relativeDeltaDb);
    }

    /**
     * @param referenceLufs integrated loudness of the reference in LUFS, finite
     * @param otherLufs     integrated loudness of the other signal in LUFS, finite
     * @throws IllegalArgumentException if a loudness is not finite
     */
    public static BandDelta between(BandEnergies reference, BandEnergies other, double referenceLufs,
                                    double otherLufs) {
        if (!Double.isFinite(referenceLufs) || !Double.isFinite(otherLufs)) {
            throw new IllegalArgumentException("loudness matching needs finite loudness values, got "
                    + referenceLufs + " and " + otherLufs + " LUFS");
        }
        double matchGainDb = referenceLufs - otherLufs;
        EnumMap<Band, Double> matched = new EnumMap<>(Band.class);
        EnumMap<Band, Double> relative = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            matched.put(band, other.levelDb(band) - reference.levelDb(band) + matchGainDb);
            relative.put(band, other.relativeDb(band) - reference.relativeDb(band));
        }
        return new BandDelta(matched, relative, matchGainDb);
    }

    /** Loudness-matched difference of {@code band} in dB. */
    public double matchedDeltaDb(Band band) {
        return matchedDeltaDb.get(band);
    }

    /** Difference of {@code band}'s share of the total in dB. */
    public double relativeDeltaDb(Band band) {
        return relativeDeltaDb.get(band);
    }
}
