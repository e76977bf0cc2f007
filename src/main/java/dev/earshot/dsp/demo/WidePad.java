package dev.earshot.dsp.demo;

import dev.earshot.audio.SplitMix64;
import dev.earshot.dsp.BiquadFilter;

/**
 * The wide pad: each chord note is a stack of detuned band-limited saws, low-passed. Half of the stack is "mid"
 * (identical on both channels); the other half, detuned differently, is "side": added to the left channel and
 * subtracted from the right, i.e. in opposite polarity. The side layer is {@value #SIDE_TO_MID} times the mid
 * layer's amplitude, so it carries more energy than the mid and cancels completely in a mono sum (L+R)/2, taking
 * about {@code 10 log10(1 + SIDE_TO_MID^2)} dB of the pad with it. Not thread-safe.
 */
final class WidePad {
    static final double SIDE_TO_MID = 1.4;
    private final double[] midDetuneCents = {-7.0, 7.0};
    private final double[] sideDetuneCents = {-16.0, 4.0, 15.0};
    private static final double CUTOFF_HZ = 1400.0;
    private static final double ATTACK_SECONDS = 0.35;
    private static final double RELEASE_SECONDS = 0.3;

    private final int sampleRate;
    private final SplitMix64 random;

    WidePad(int sampleRate, SplitMix64 random) {
        this.sampleRate = sampleRate;
        this.random = random;
    }

    /**
     * Adds a chord held for {@code lengthFrames} frames plus its release.
     *
     * @param midiNotes chord notes as MIDI note numbers (69 = A4 = 440 Hz)
     * @param level     amplitude of one mid saw
     */
    void chord(float[][] mix, int startFrame, int lengthFrames, int[] midiNotes, double level) {
        int voicesPerNote = midDetuneCents.length + sideDetuneCents.length;
        BlepSaw[] saws = new BlepSaw[midiNotes.length * voicesPerNote];
        double[] increments = new double[saws.length];
        for (int n = 0; n < midiNotes.length; n++) {
            for (int v = 0; v < voicesPerNote; v++) {
                double cents = v < midDetuneCents.length ? midDetuneCents[v]
                        : sideDetuneCents[v - midDetuneCents.length];
                saws[n * voicesPerNote + v] = new BlepSaw(random.nextDouble());
                increments[n * voicesPerNote + v] = SongClock.midiToHz(midiNotes[n] + cents / 100.0) / sampleRate;
            }
        }
        BiquadFilter midFilter = BiquadFilter.lowPass(sampleRate, CUTOFF_HZ, 0.7, 1);
        BiquadFilter sideFilter = BiquadFilter.lowPass(sampleRate, CUTOFF_HZ, 0.7, 1);
        // Side gain per saw so that the side layer's total power is SIDE_TO_MID^2 times the mid layer's.
        double sideGain = SIDE_TO_MID * StrictMath.sqrt(midDetuneCents.length / (double) sideDetuneCents.length);
        double dt = 1.0 / sampleRate;
        double attackStep = StrictMath.exp(-dt / (ATTACK_SECONDS / 3.0));
        double releaseStep = StrictMath.exp(-dt / RELEASE_SECONDS);
        int frames = Math.min(lengthFrames + (int) (10 * RELEASE_SECONDS * sampleRate), mix[0].length - startFrame);
        double attack = 1.0;
        double release = 1.0;
        for (int i = 0; i < frames; i++) {
            double mid = 0.0;
            double side = 0.0;
            for (int s = 0; s < saws.length; s++) {
                double value = saws[s].next(increments[s]);
                if (s % voicesPerNote < midDetuneCents.length) {
                    mid += value;
                } else {
                    side += value;
                }
            }
            double envelope = level * (1.0 - attack) * release;
            double m = envelope * midFilter.process(mid, 0);
            double sd = envelope * sideGain * sideFilter.process(side, 0);
            mix[0][startFrame + i] += (float) (m + sd);
            mix[1][startFrame + i] += (float) (m - sd);
            attack *= attackStep;
            if (i >= lengthFrames) {
                release *= releaseStep;
            }
        }
    }
}
