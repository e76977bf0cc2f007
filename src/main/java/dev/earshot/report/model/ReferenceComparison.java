package dev.earshot.report.model;

import dev.earshot.analysis.Band;

import java.util.Map;

/**
 * The master's tonal balance against one released reference track, both matched to the same integrated loudness.
 *
 * @param fileName          the reference's file name
 * @param referenceLoudness the reference's integrated loudness in LUFS
 * @param studioDelta       master minus reference on the studio (no device), 1/6-octave smoothed, in dB
 * @param studioBandDeltaDb per band, master minus reference, in dB
 * @param profileBandDeltaDb per profile id, per band, master minus reference through that profile, in dB
 */
public record ReferenceComparison(String fileName, double referenceLoudness, SpectrumCurve studioDelta,
                                  Map<Band, Double> studioBandDeltaDb,
                                  Map<String, Map<Band, Double>> profileBandDeltaDb) {

    public ReferenceComparison {
        studioBandDeltaDb = OrderedMaps.bands(studioBandDeltaDb);
        profileBandDeltaDb = OrderedMaps.profilesThenBands(profileBandDeltaDb);
    }
}
