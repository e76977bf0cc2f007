package dev.earshot.report.model;

/**
 * How much of the programme falls under the environment's noise (road noise in a car).
 *
 * @param noiseDescription  what the noise is, e.g. "road noise at 100 km/h, 68 dB(A)"
 * @param maskedShare       share of the 1/3-octave bands (20 Hz–16 kHz) in which the programme's long-term level is
 *                          below the noise's level, from 0 to 1
 * @param maskedBelowHz     the frequency below which every band is masked, in Hz (0 when none is)
 * @param programmeToNoiseDb programme minus noise loudness, in dB
 */
public record NoiseMasking(String noiseDescription, double maskedShare, double maskedBelowHz,
                           double programmeToNoiseDb) {
}
