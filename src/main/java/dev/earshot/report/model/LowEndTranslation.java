package dev.earshot.report.model;

/**
 * How much of the master's low end survives on a device, and whether the low fundamental is still heard.
 *
 * @param subSurvivalDb           sub band (20–60 Hz) energy on the device relative to the master's, after loudness
 *                                matching, in dB (0 = all survives, −20 = a hundredth of the energy)
 * @param bassSurvivalDb          the same for the bass band (60–250 Hz), in dB
 * @param fundamentalHz           the master's strongest low fundamental (kick/bass) found between 30 and 120 Hz
 * @param fundamentalLossDb       the device's level change at that frequency relative to 1 kHz, in dB (negative =
 *                                quieter)
 * @param fundamentalAboveThresholdDb how far the fundamental sits above the ISO 226 hearing threshold at the
 *                                device's listening level, in dB (negative = inaudible)
 * @param harmonicHz              the harmonic (2f or 3f) that carries the low end on this device
 * @param harmonicAboveThresholdDb how far that harmonic sits above the hearing threshold, in dB
 * @param fundamentalAudible      whether the fundamental itself is above threshold on the device
 */
public record LowEndTranslation(double subSurvivalDb, double bassSurvivalDb, double fundamentalHz,
                                double fundamentalLossDb, double fundamentalAboveThresholdDb, double harmonicHz,
                                double harmonicAboveThresholdDb, boolean fundamentalAudible) {
}
