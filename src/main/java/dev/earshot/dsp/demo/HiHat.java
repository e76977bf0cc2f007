package dev.earshot.dsp.demo;

import dev.earshot.audio.SplitMix64;
import dev.earshot.dsp.BiquadFilter;

/**
 * Hi-hats: seeded white noise, high-passed at 7 kHz with a resonance near 10 kHz, under a short exponential decay
 * (closed) or a longer one (open). Panned slightly right, fully correlated between channels. Not thread-safe.
 */
final class HiHat {
    private static final double CLOSED_DECAY_SECONDS = 0.028;
    private static final double OPEN_DECAY_SECONDS = 0.16;
    private static final double LEFT_GAIN = 0.8;
    private static final double RIGHT_GAIN = 1.0;

    private final int sampleRate;
    private final SplitMix64 noise;

    HiHat(int sampleRate, SplitMix64 noise) {
        this.sampleRate = sampleRate;
        this.noise = noise;
    }

    /** Adds a closed ({@code open == false}) or open hat of peak about {@code level} at {@code startFrame}. */
    void hit(float[][] mix, int startFrame, double level, boolean open) {
        double decaySeconds = open ? OPEN_DECAY_SECONDS : CLOSED_DECAY_SECONDS;
        int frames = Math.min((int) (8 * decaySeconds * sampleRate), mix[0].length - startFrame);
        BiquadFilter highPass = BiquadFilter.highPass(sampleRate, 7000.0, 0.7, 1);
        BiquadFilter sheen = BiquadFilter.peaking(sampleRate, 10000.0, 1.5, 6.0, 1);
        double decayStep = StrictMath.exp(-1.0 / (decaySeconds * sampleRate));
        double envelope = level;
        for (int i = 0; i < frames; i++) {
            double sample = sheen.process(highPass.process(noise.nextSigned(), 0), 0) * envelope;
            mix[0][startFrame + i] += (float) (LEFT_GAIN * sample);
            mix[1][startFrame + i] += (float) (RIGHT_GAIN * sample);
            envelope *= decayStep;
        }
    }
}
