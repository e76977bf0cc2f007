package dev.earshot.dsp.demo;

import dev.earshot.audio.SplitMix64;
import dev.earshot.dsp.BiquadFilter;

/**
 * Clap/snare on beats 2 and 4: three quick band-passed noise bursts around 1.2 kHz followed by a decaying tail, over
 * a short 190 Hz snare-body tone. Mono. Not thread-safe.
 */
final class Clap {
    private final double[] burstOffsetsSeconds = {0.0, 0.011, 0.022};
    private static final double BURST_DECAY_SECONDS = 0.004;
    private static final double TAIL_DECAY_SECONDS = 0.11;
    private static final double BODY_HZ = 190.0;
    private static final double BODY_DECAY_SECONDS = 0.05;
    private static final double LENGTH_SECONDS = 0.9;

    private final int sampleRate;
    private final SplitMix64 noise;

    Clap(int sampleRate, SplitMix64 noise) {
        this.sampleRate = sampleRate;
        this.noise = noise;
    }

    /** Adds one clap of peak about {@code level} at {@code startFrame}. */
    void hit(float[][] mix, int startFrame, double level) {
        int frames = Math.min((int) (LENGTH_SECONDS * sampleRate), mix[0].length - startFrame);
        BiquadFilter bandPass = BiquadFilter.bandPass(sampleRate, 1200.0, 1.1, 1);
        double tailStart = burstOffsetsSeconds[burstOffsetsSeconds.length - 1];
        for (int i = 0; i < frames; i++) {
            double t = i / (double) sampleRate;
            double envelope = 0.0;
            for (double offset : burstOffsetsSeconds) {
                if (t >= offset) {
                    envelope = Math.max(envelope, StrictMath.exp(-(t - offset) / BURST_DECAY_SECONDS));
                }
            }
            if (t >= tailStart) {
                envelope = Math.max(envelope, 0.55 * StrictMath.exp(-(t - tailStart) / TAIL_DECAY_SECONDS));
            }
            double body = 0.5 * StrictMath.sin(2.0 * StrictMath.PI * BODY_HZ * t)
                    * StrictMath.exp(-t / BODY_DECAY_SECONDS) * (1.0 - StrictMath.exp(-t / 0.001));
            float sample = (float) (level * (3.0 * bandPass.process(noise.nextSigned(), 0) * envelope + body));
            mix[0][startFrame + i] += sample;
            mix[1][startFrame + i] += sample;
        }
    }
}
