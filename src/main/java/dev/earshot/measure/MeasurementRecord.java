package dev.earshot.measure;

import java.time.LocalDate;

/**
 * What a measured profile's provenance records about how it was measured.
 *
 * @param date            the day of the measurement
 * @param devices         the playback and recording devices in the user's words, e.g. "car head unit via phone
 *                        Bluetooth; UMIK-1 at the driver's head"; not blank, one line
 * @param settings        the sweep's settings
 * @param snrDb           the worst path's peak-to-noise ratio, in dB
 * @param driftPpm        the clock drift corrected, NaN if not measured
 * @param recordingSha256 SHA-256 of the (first) recording file, 64 lower-case hex digits
 */
public record MeasurementRecord(LocalDate date, String devices, SweepSettings settings, double snrDb,
                                double driftPpm, String recordingSha256) {
}
