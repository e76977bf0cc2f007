package dev.earshot.analysis;

/**
 * The loudness figures a report compares, as plain numbers (filled from the loudness meter's result).
 *
 * @param integratedLufs   integrated loudness in LUFS (−∞ for silence)
 * @param maxShortTermLufs highest short-term (3 s) loudness in LUFS
 * @param loudnessRangeLu  loudness range (EBU Tech 3342) in LU
 * @param truePeakDbtp     highest true peak over all channels in dBTP
 * @param plrDb            peak-to-loudness ratio, truePeakDbtp − integratedLufs, in dB
 */
public record LoudnessFigures(double integratedLufs, double maxShortTermLufs, double loudnessRangeLu,
                              double truePeakDbtp, double plrDb) {
}
