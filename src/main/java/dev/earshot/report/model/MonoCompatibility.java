package dev.earshot.report.model;

import dev.earshot.analysis.Band;

import java.util.Map;

/**
 * What the master loses when a device sums it to mono.
 *
 * @param loudnessLossLu mono fold's integrated loudness minus the stereo master's, in LU (negative = quieter)
 * @param bandLossDb     per band, mono fold minus stereo, in dB (negative = lost in the fold)
 * @param worstBand      the band that loses most
 */
public record MonoCompatibility(double loudnessLossLu, Map<Band, Double> bandLossDb, Band worstBand) {

    public MonoCompatibility {
        bandLossDb = OrderedMaps.bands(bandLossDb);
    }
}
