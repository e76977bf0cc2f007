package dev.earshot.analysis;

import java.util.EnumMap;
import java.util.Map;

/**
 * Power in each {@link Band}, from a {@link Spectrum}.
 *
 * <p>Absolute levels are in dB, AES17 convention: 10·log10(2 · mean square in the band), so a sine of amplitude A in
 * the band reads 20·log10(A) and a full-scale sine 0 dB. Relative levels are 10·log10(band power / total power),
 * where the total is the sum over the five bands (20 Hz to 20 kHz; content outside is ignored), so the relative
 * powers add up to 1. Bands above the Nyquist frequency, and relative levels of a silent signal, read
 * {@link Spectrum#FLOOR_DB}. Immutable.
 *
 * @param levelsDb     absolute level per band in dB (every band present)
 * @param relativeDb   level relative to the total in dB (every band present; ≤ 0)
 * @param totalLevelDb level of the five bands together in dB, same convention as {@code levelsDb}
 */
public record BandEnergies(Map<Band, Double> levelsDb, Map<Band, Double> relativeDb, double totalLevelDb) {

    /** @throws IllegalArgumentException if a band is missing from either map */
    public BandEnergies {
        levelsDb = Band.completeCopy("levelsDb", levelsDb);
        relativeDb = Band.completeCopy("relativeDb", relativeDb);
    }

    /** Band energies of the channel-average power ({@link Spectrum#averageDensity()}). */
    public static BandEnergies of(Spectrum spectrum) {
        return of(spectrum, spectrum.averageDensity());
    }

    /**
     * Band energies of one series of {@code spectrum}, e.g. {@link Spectrum#midDensity()}.
     *
     * @param density density in FS²/Hz aligned with {@code spectrum.frequenciesHz()}
     */
    public static BandEnergies of(Spectrum spectrum, double[] density) {
        EnumMap<Band, Double> meanSquares = new EnumMap<>(Band.class);
        double total = 0;
        for (Band band : Band.values()) {
            double meanSquare = spectrum.meanSquare(density, band.lowHz(), band.highHz());
            meanSquares.put(band, meanSquare);
            total += meanSquare;
        }
        EnumMap<Band, Double> levels = new EnumMap<>(Band.class);
        EnumMap<Band, Double> relative = new EnumMap<>(Band.class);
        for (Band band : Band.values()) {
            double meanSquare = meanSquares.get(band);
            levels.put(band, Spectrum.toDb(2.0 * meanSquare));
            relative.put(band, total > 0 ? Spectrum.toDb(meanSquare / total) : Spectrum.FLOOR_DB);
        }
        return new BandEnergies(levels, relative, Spectrum.toDb(2.0 * total));
    }

    /** Absolute level of {@code band} in dB. */
    public double levelDb(Band band) {
        return levelsDb.get(band);
    }

    /** Level of {@code band} relative to the total in dB. */
    public double relativeDb(Band band) {
        return relativeDb.get(band);
    }
}
