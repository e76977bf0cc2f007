package dev.earshot.report.model;

/**
 * Whether the vocal/presence range (2–6 kHz) holds its place at the device's level and at a quiet level.
 *
 * @param masterPresenceDb      presence band level relative to the whole programme on the master, in dB
 * @param devicePresenceDb      the same on the device at its listening level (loudness-weighted by ISO 226), in dB
 * @param quietPresenceDb       the same on the device played quietly, in dB
 * @param quietLevelDbSpl       the quiet level used, in dB SPL (60 by default)
 * @param shiftAtQuietLevelDb   quietPresenceDb − masterPresenceDb, in dB (negative = the vocal recedes)
 */
public record PresenceConsistency(double masterPresenceDb, double devicePresenceDb, double quietPresenceDb,
                                  double quietLevelDbSpl, double shiftAtQuietLevelDb) {
}
