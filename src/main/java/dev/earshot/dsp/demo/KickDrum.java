package dev.earshot.dsp.demo;

import dev.earshot.audio.SplitMix64;
import dev.earshot.dsp.BiquadFilter;

/**
 * The sub-heavy kick: a sine whose pitch falls from {@value #START_HZ} Hz to settle at {@value #BODY_HZ} Hz, a short
 * noise click, an exponential amplitude decay, odd harmonics from soft saturation and an explicit second harmonic
 * (84 Hz) from an even-order term. Most of its energy sits in the 40 Hz third-octave band, which small speakers
 * cannot reproduce. Mono (same on both channels). Not thread-safe.
 */
final class KickDrum {
    static final double BODY_HZ = 42.0;
    static final double START_HZ = 150.0;
    private static final double SWEEP_SECONDS = 0.035;
    private static final double DECAY_SECONDS = 0.30;
    private static final double ATTACK_SECONDS = 0.0015;
    private static final double LENGTH_SECONDS = 1.5;
    private static final double FADE_SECONDS = 0.02;
    private static final double DRIVE = 1.6;
    private static final double SECOND_HARMONIC = 0.35;
    private static final double CLICK_LEVEL = 0.25;
    private static final double CLICK_DECAY_SECONDS = 0.0015;

    private final int sampleRate;
    private final SplitMix64 noise;

    KickDrum(int sampleRate, SplitMix64 noise) {
        this.sampleRate = sampleRate;
        this.noise = noise;
    }

    /** Adds one hit of peak level about {@code level} starting at {@code startFrame} into both channels. */
    void hit(float[][] mix, int startFrame, double level) {
        int frames = Math.min((int) (LENGTH_SECONDS * sampleRate), mix[0].length - startFrame);
        double dt = 1.0 / sampleRate;
        double sweepStep = StrictMath.exp(-dt / SWEEP_SECONDS);
        double decayStep = StrictMath.exp(-dt / DECAY_SECONDS);
        double attackStep = StrictMath.exp(-dt / ATTACK_SECONDS);
        double clickStep = StrictMath.exp(-dt / CLICK_DECAY_SECONDS);
        double saturationNorm = StrictMath.tanh(DRIVE);
        BiquadFilter clickFilter = BiquadFilter.highPass(sampleRate, 1500.0, 0.7, 1);
        double sweep = 1.0;
        double decay = 1.0;
        double attack = 1.0;
        double click = CLICK_LEVEL;
        int fullLength = (int) (LENGTH_SECONDS * sampleRate);
        int fadeFrames = (int) (FADE_SECONDS * sampleRate);
        for (int i = 0; i < frames; i++) {
            double t = i * dt;
            // Phase is the closed-form integral of f(t) = BODY + (START - BODY) exp(-t / SWEEP).
            double phase = 2.0 * StrictMath.PI
                    * (BODY_HZ * t + (START_HZ - BODY_HZ) * SWEEP_SECONDS * (1.0 - sweep));
            // The last FADE_SECONDS ramp to zero so the truncated tail ends without a step.
            double fade = Math.min(1.0, (fullLength - i) / (double) fadeFrames);
            double amplitude = (1.0 - attack) * decay * fade;
            double body = amplitude * StrictMath.sin(phase);
            double odd = StrictMath.tanh(DRIVE * body) / saturationNorm;
            // x^2 - A^2/2 = -(A^2/2) cos(2 phase): a pure second harmonic without a DC offset.
            double even = SECOND_HARMONIC * (body * body - amplitude * amplitude / 2.0);
            double clickSample = clickFilter.process(click * noise.nextSigned(), 0);
            float sample = (float) (level * (odd + even + clickSample));
            mix[0][startFrame + i] += sample;
            mix[1][startFrame + i] += sample;
            sweep *= sweepStep;
            decay *= decayStep;
            attack *= attackStep;
            click *= clickStep;
        }
    }
}
