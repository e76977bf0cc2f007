package dev.earshot.dsp.demo;

/**
 * The sub bass: a sine with a little second and third harmonic (notes between 49 and 98 Hz), short attack, gentle
 * decay and a click-free release. Mono. Not thread-safe.
 */
final class BassSynth {
    private static final double ATTACK_SECONDS = 0.004;
    private static final double DECAY_SECONDS = 0.5;
    private static final double RELEASE_SECONDS = 0.02;

    private final int sampleRate;

    BassSynth(int sampleRate) {
        this.sampleRate = sampleRate;
    }

    /** Adds a note of {@code lengthFrames} plus its release at {@code frequencyHz} and peak {@code level}. */
    void note(float[][] mix, int startFrame, int lengthFrames, double frequencyHz, double level) {
        int releaseFrames = (int) (8 * RELEASE_SECONDS * sampleRate);
        int frames = Math.min(lengthFrames + releaseFrames, mix[0].length - startFrame);
        double dt = 1.0 / sampleRate;
        double attackStep = StrictMath.exp(-dt / ATTACK_SECONDS);
        double decayStep = StrictMath.exp(-dt / DECAY_SECONDS);
        double releaseStep = StrictMath.exp(-dt / RELEASE_SECONDS);
        double attack = 1.0;
        double decay = 1.0;
        double release = 1.0;
        double omega = 2.0 * StrictMath.PI * frequencyHz / sampleRate;
        for (int i = 0; i < frames; i++) {
            double s = StrictMath.sin(omega * i);
            double c = StrictMath.cos(omega * i);
            double second = 2.0 * s * c;
            double third = 3.0 * s - 4.0 * s * s * s;
            double envelope = (1.0 - attack) * (0.6 + 0.4 * decay) * release;
            float sample = (float) (level * envelope * (s + 0.3 * second + 0.12 * third));
            mix[0][startFrame + i] += sample;
            mix[1][startFrame + i] += sample;
            attack *= attackStep;
            decay *= decayStep;
            if (i >= lengthFrames) {
                release *= releaseStep;
            }
        }
    }
}
