package dev.earshot.analysis;

/**
 * Other minus reference for each {@link LoudnessFigures} value; positive means the other signal's figure is higher.
 * Infinite figures give infinite or NaN differences, as IEEE arithmetic defines.
 *
 * @param integratedLu    difference of integrated loudness in LU
 * @param maxShortTermLu  difference of maximum short-term loudness in LU
 * @param loudnessRangeLu difference of loudness range in LU
 * @param truePeakDb      difference of true peak in dB
 * @param plrDb           difference of peak-to-loudness ratio in dB
 */
public record LoudnessDelta(double integratedLu, double maxShortTermLu, double loudnessRangeLu, double truePeakDb,
                            double plrDb) {

    /** {@code other} − {@code reference}, figure by figure. */
    public static LoudnessDelta between(LoudnessFigures reference, LoudnessFigures other) {
        return new LoudnessDelta(
                other.integratedLufs() - reference.integratedLufs(),
                other.maxShortTermLufs() - reference.maxShortTermLufs(),
                other.loudnessRangeLu() - reference.loudnessRangeLu(),
                other.truePeakDbtp() - reference.truePeakDbtp(),
                other.plrDb() - reference.plrDb());
    }
}
