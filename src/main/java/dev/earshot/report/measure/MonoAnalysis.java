package dev.earshot.report.measure;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.Spectrum;
import dev.earshot.report.model.MonoCompatibility;
import java.util.EnumMap;
import java.util.Map;

/**
 * What the master loses when a device sums it to mono, from the master itself (the fold happens before the device's
 * other stages, and the loss belongs to the mix). Loudness: the fold (L+R)/2 on both speakers against the stereo
 * programme ({@link dev.earshot.analysis.MonoFoldLoudness}), over the whole programme. Per band: the power of (L+R)/2
 * against the mean channel power, so identical channels lose 0 dB, uncorrelated ones 3 dB and inverted ones
 * everything, taken where the band loses most: over the whole programme or in its most affected
 * {@value MonoSections#SECTION_SECONDS}-second section ({@link MonoSections}), whichever is worse, because an
 * out-of-phase part that plays only in one passage is heard there, not on average. A loss of
 * {@value #FLOOR_DB} dB or more reads {@value #FLOOR_DB} (all of it is gone); a band with no content reads 0.
 * Stateless.
 */
public final class MonoAnalysis {
    /** The most negative loss reported, in dB or LU: the content is gone. */
    public static final double FLOOR_DB = -60.0;

    private MonoAnalysis() {
    }

    /**
     * @param master the master measured with its mono fold
     * @return the fold's figures; NaN loudness loss for a silent master
     */
    public static MonoCompatibility of(ProgrammeMeasurement master) {
        Spectrum spectrum = master.spectrum();
        double[] average = spectrum.averageDensity();
        double[] mid = spectrum.midDensity();
        Map<Band, Double> loss = new EnumMap<>(Band.class);
        Band worst = null;
        for (Band band : Band.values()) {
            double stereo = spectrum.meanSquare(average, band.lowHz(), band.highHz());
            double fold = spectrum.meanSquare(mid, band.lowHz(), band.highHz());
            double lossDb = stereo == 0 ? 0.0 : floor(fold == 0 ? FLOOR_DB : 10.0 * Math.log10(fold / stereo));
            Double sectionDb = master.worstMonoSectionDb().get(band);
            if (sectionDb != null && !Double.isNaN(sectionDb)) {
                lossDb = Math.min(lossDb, floor(sectionDb));
            }
            loss.put(band, lossDb);
            if (stereo > 0 && (worst == null || lossDb < loss.get(worst))) {
                worst = band;
            }
        }
        double loudnessLossLu = master.monoFoldChangeLu();
        return new MonoCompatibility(Double.isNaN(loudnessLossLu) ? Double.NaN : floor(loudnessLossLu), loss,
                worst == null ? Band.LOW_MID : worst);
    }

    private static double floor(double db) {
        return Math.max(FLOOR_DB, db);
    }
}
