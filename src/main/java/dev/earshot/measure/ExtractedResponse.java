package dev.earshot.measure;

import java.util.List;

/**
 * The result of measuring one path (one speaker to one microphone).
 *
 * @param impulse         the linear impulse response, trimmed to start {@link ResponseExtractor#PRE_DELAY_SECONDS}
 *                        before its onset and faded out where it meets the noise; full-scale linear, a wire gives
 *                        unit gain at 1 kHz; owned by this record
 * @param sampleRate      frames per second
 * @param latencySeconds  from the sweep's start in the played signal to the response's peak in the recording
 * @param onsetSeconds    from the sweep's start to the response's onset (the first sample within
 *                        {@link ResponseExtractor#ONSET_BELOW_PEAK_DB} dB of the peak)
 * @param snrDb           peak of the response over the RMS of the noise after it, in dB
 * @param noiseFloorDb    that noise RMS relative to the peak, in dB (negative)
 * @param driftPpm        the clock drift that was corrected, or NaN if it could not be measured (one sweep)
 * @param sweepsAveraged  how many sweeps were averaged
 * @param harmonics       distortion levels per harmonic and octave band
 */
public record ExtractedResponse(float[] impulse, int sampleRate, double latencySeconds, double onsetSeconds,
                                double snrDb, double noiseFloorDb, double driftPpm, int sweepsAveraged,
                                HarmonicDistortion harmonics) {

    /** The octave-band levels of every harmonic measured. */
    public List<HarmonicLevel> harmonicLevels() {
        return harmonics.octaveBands();
    }
}
