package dev.earshot.device.generator;

import dev.earshot.audio.SplitMix64;

/**
 * The late, diffuse part of a space's response: seeded white noise under an exponential decay, low-passed by a
 * one-pole filter (air and soft furnishings absorb the treble), starting {@code startMs} after the direct sound.
 *
 * @param startMs          when the tail begins after the direct sound, in ms
 * @param energyRatioDb    the tail's total energy relative to the direct sound's, in dB
 * @param rt60Seconds      the time the tail takes to decay by 60 dB
 * @param lowPassHz        the corner of the one-pole low-pass applied to the noise
 * @param seed             the noise seed; the same seed gives the same tail on every platform
 */
public record DiffuseTail(double startMs, double energyRatioDb, double rt60Seconds, double lowPassHz, long seed) {
    /** The tail fades in over this time, so it does not start with a step. */
    private static final double ONSET_MS = 2.0;

    public DiffuseTail {
        if (!(startMs >= 0) || !(rt60Seconds > 0) || !(lowPassHz > 0)) {
            throw new IllegalArgumentException("a diffuse tail needs a start >= 0 ms, a positive RT60 and corner");
        }
    }

    /** This tail with another seed (one per acoustic path, so the paths are decorrelated). */
    public DiffuseTail withSeed(long newSeed) {
        return new DiffuseTail(startMs, energyRatioDb, rt60Seconds, lowPassHz, newSeed);
    }

    /**
     * Adds the tail to {@code pattern}, beginning {@code startMs} after {@code directFrame}.
     *
     * @param pattern a path's echo pattern (impulses), modified in place
     */
    void addTo(double[] pattern, int directFrame, int sampleRate) {
        int start = directFrame + (int) StrictMath.round(startMs * sampleRate / 1000.0);
        if (start >= pattern.length) {
            return;
        }
        double[] tail = new double[pattern.length - start];
        SplitMix64 noise = new SplitMix64(seed);
        double smoothing = 1.0 - StrictMath.exp(-2.0 * StrictMath.PI * lowPassHz / sampleRate);
        double decayPerFrame = StrictMath.pow(10.0, -3.0 / (rt60Seconds * sampleRate));
        double onsetFrames = ONSET_MS * sampleRate / 1000.0;
        double envelope = 1.0;
        double filtered = 0.0;
        double energy = 0.0;
        for (int i = 0; i < tail.length; i++) {
            filtered += smoothing * (noise.nextSigned() - filtered);
            double onset = i < onsetFrames ? (i + 1) / onsetFrames : 1.0;
            tail[i] = filtered * envelope * onset;
            energy += tail[i] * tail[i];
            envelope *= decayPerFrame;
        }
        double scale = StrictMath.sqrt(StrictMath.pow(10.0, energyRatioDb / 10.0) / energy);
        for (int i = 0; i < tail.length; i++) {
            pattern[start + i] += tail[i] * scale;
        }
    }
}
