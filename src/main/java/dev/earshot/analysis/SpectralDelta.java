package dev.earshot.analysis;

/**
 * How another signal's long-term spectrum differs from a reference's once both play at the same integrated loudness:
 * deltaDb(f) = 10·log10(other(f) / reference(f)) + matchGainDb, with matchGainDb = referenceLufs − otherLufs (the gain
 * that brings the other signal to the reference's loudness) and other(f), reference(f) the channel-average densities
 * ({@link Spectrum#averageDensity()}) after the same fractional-octave smoothing. Positive means the other signal has
 * more at that frequency than the reference at equal loudness. Densities (FS²/Hz) are compared, so the spectra may
 * come from different FFT sizes and sample rates; silent bins are floored at {@link Spectrum#FLOOR_DB}. Immutable.
 *
 * @param frequenciesHz where the delta is evaluated, ascending
 * @param deltaDb       loudness-matched difference in dB at each frequency
 * @param matchGainDb   gain applied to the other signal in dB
 * @param smoothing     smoothing applied to both spectra before the ratio
 */
public record SpectralDelta(double[] frequenciesHz, double[] deltaDb, double matchGainDb, OctaveSmoothing smoothing) {

    /** Copies the arrays. */
    public SpectralDelta {
        if (frequenciesHz.length != deltaDb.length) {
            throw new IllegalArgumentException(frequenciesHz.length + " frequencies for " + deltaDb.length
                    + " delta values");
        }
        frequenciesHz = frequenciesHz.clone();
        deltaDb = deltaDb.clone();
    }

    @Override
    public double[] frequenciesHz() {
        return frequenciesHz.clone();
    }

    @Override
    public double[] deltaDb() {
        return deltaDb.clone();
    }

    /**
     * The delta at the reference's bin frequencies above 0 Hz, up to the lower of the two Nyquist frequencies.
     *
     * @param referenceLufs integrated loudness of the reference in LUFS, finite
     * @param otherLufs     integrated loudness of the other signal in LUFS, finite
     * @throws IllegalArgumentException if a loudness is not finite (e.g. −∞ for silence)
     */
    public static SpectralDelta between(Spectrum reference, Spectrum other, double referenceLufs, double otherLufs,
                                        OctaveSmoothing smoothing) {
        double highestHz = Math.min(reference.sampleRate(), other.sampleRate()) / 2.0;
        double[] referenceHz = reference.frequenciesHz();
        int count = 0;
        while (count + 1 < referenceHz.length && referenceHz[count + 1] <= highestHz) {
            count++;
        }
        double[] pointsHz = new double[count];
        System.arraycopy(referenceHz, 1, pointsHz, 0, count);
        return between(reference, other, referenceLufs, otherLufs, smoothing, pointsHz);
    }

    /**
     * The delta at chosen frequencies, e.g. {@link OctaveSmoothing#logSpacedHz} for a chart.
     *
     * @param pointsHz ascending frequencies in Hz, each above 0 and at most the lower Nyquist frequency
     * @throws IllegalArgumentException if a loudness is not finite or a point is out of range
     */
    public static SpectralDelta between(Spectrum reference, Spectrum other, double referenceLufs, double otherLufs,
                                        OctaveSmoothing smoothing, double[] pointsHz) {
        if (!Double.isFinite(referenceLufs) || !Double.isFinite(otherLufs)) {
            throw new IllegalArgumentException("loudness matching needs finite loudness values, got "
                    + referenceLufs + " and " + otherLufs + " LUFS");
        }
        double highestHz = Math.min(reference.sampleRate(), other.sampleRate()) / 2.0;
        for (double point : pointsHz) {
            if (!(point > 0 && point <= highestHz)) {
                throw new IllegalArgumentException("delta frequency " + point + " Hz is outside 0 to " + highestHz
                        + " Hz");
            }
        }
        double matchGainDb = referenceLufs - otherLufs;
        double[] referenceDensity = smoothing.smoothAt(reference.frequenciesHz(), reference.averageDensity(),
                pointsHz);
        double[] otherDensity = smoothing.smoothAt(other.frequenciesHz(), other.averageDensity(), pointsHz);
        double[] deltaDb = new double[pointsHz.length];
        for (int i = 0; i < deltaDb.length; i++) {
            deltaDb[i] = Spectrum.toDb(otherDensity[i]) - Spectrum.toDb(referenceDensity[i]) + matchGainDb;
        }
        return new SpectralDelta(pointsHz, deltaDb, matchGainDb, smoothing);
    }
}
