package dev.earshot.dsp.demo;

import dev.earshot.audio.SplitMix64;
import dev.earshot.dsp.BiquadFilter;
import java.util.List;

/**
 * The vocal-like lead: a band-limited sawtooth (a stand-in for glottal pulses) following a melodic pitch line with
 * portamento and delayed vibrato, plus a little breath noise, through three parallel formant resonators that glide
 * between vowels, then a peaking boost of {@value #HARSH_GAIN_DB} dB, Q {@value #HARSH_Q}, at
 * {@value #HARSH_HZ} Hz: the harsh resonance that grates on earbuds. Mono (centre). Not thread-safe.
 */
final class FormantVoice {
    static final double HARSH_HZ = 3000.0;
    static final double HARSH_GAIN_DB = 9.0;
    static final double HARSH_Q = 4.0;
    private static final int CONTROL_FRAMES = 32;
    private static final double GLIDE_SECONDS = 0.03;
    private static final double FORMANT_GLIDE_SECONDS = 0.04;
    private static final double ATTACK_SECONDS = 0.015;
    private static final double RELEASE_SECONDS = 0.04;
    private static final double ARTICULATION_SECONDS = 0.03;
    private static final double VIBRATO_DELAY_SECONDS = 0.15;
    private static final double VIBRATO_RAMP_SECONDS = 0.25;
    private static final double VIBRATO_DEPTH_SEMITONES = 0.3;
    private final double[] formantBandwidthHz = {90.0, 110.0, 170.0};
    private final double[] formantGain = {1.0, 0.45, 0.3};
    private static final double BREATH_LEVEL = 0.04;
    private static final double OUTPUT_GAIN = 2.2;

    private final int sampleRate;
    private final SplitMix64 random;

    FormantVoice(int sampleRate, SplitMix64 random) {
        this.sampleRate = sampleRate;
        this.random = random;
    }

    /** Adds the sung line; {@code notes} must be in time order and not overlap. */
    void sing(float[][] mix, List<VocalNote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        double vibratoHz = 5.3 + 0.5 * random.nextDouble();
        int first = notes.get(0).startFrame();
        int end = Math.min(mix[0].length, notes.get(notes.size() - 1).endFrame() + (int) (0.5 * sampleRate));
        BiquadFilter[] formants = new BiquadFilter[3];
        for (int f = 0; f < 3; f++) {
            formants[f] = new BiquadFilter(1);
        }
        BiquadFilter harsh = BiquadFilter.peaking(sampleRate, HARSH_HZ, HARSH_Q, HARSH_GAIN_DB, 1);
        BlepSaw source = new BlepSaw(0.0);
        double dt = 1.0 / sampleRate;
        double glide = 1.0 - StrictMath.exp(-dt / GLIDE_SECONDS);
        double formantGlide = 1.0 - StrictMath.exp(-CONTROL_FRAMES * dt / FORMANT_GLIDE_SECONDS);
        double attack = 1.0 - StrictMath.exp(-dt / ATTACK_SECONDS);
        double release = 1.0 - StrictMath.exp(-dt / RELEASE_SECONDS);
        int articulationFrames = (int) (ARTICULATION_SECONDS * sampleRate);
        int noteIndex = 0;
        VocalNote note = notes.get(0);
        double pitch = note.midiNote();
        double[] formantHz = {note.vowel().f1Hz, note.vowel().f2Hz, note.vowel().f3Hz};
        double amplitude = 0.0;
        double vibratoPhase = 0.0;
        for (int n = first; n < end; n++) {
            while (noteIndex + 1 < notes.size() && notes.get(noteIndex + 1).startFrame() <= n) {
                noteIndex++;
                note = notes.get(noteIndex);
            }
            if ((n - first) % CONTROL_FRAMES == 0) {
                double[] target = {note.vowel().f1Hz, note.vowel().f2Hz, note.vowel().f3Hz};
                for (int f = 0; f < 3; f++) {
                    formantHz[f] += (target[f] - formantHz[f]) * formantGlide;
                    formants[f].setBandPass(sampleRate, formantHz[f], formantHz[f] / formantBandwidthHz[f]);
                }
            }
            boolean gate = n < note.endFrame() - articulationFrames;
            double targetAmplitude = gate ? note.level() : 0.0;
            amplitude += (targetAmplitude - amplitude) * (targetAmplitude > amplitude ? attack : release);
            pitch += (note.midiNote() - pitch) * glide;
            double held = (n - note.startFrame()) * dt - VIBRATO_DELAY_SECONDS;
            double depth = held <= 0 ? 0.0 : VIBRATO_DEPTH_SEMITONES * Math.min(1.0, held / VIBRATO_RAMP_SECONDS);
            vibratoPhase += vibratoHz * dt;
            double frequencyHz = SongClock.midiToHz(pitch + depth * StrictMath.sin(2.0 * StrictMath.PI * vibratoPhase));
            double excitation = source.next(frequencyHz * dt) + BREATH_LEVEL * random.nextSigned();
            double voiced = 0.0;
            for (int f = 0; f < 3; f++) {
                voiced += formantGain[f] * formants[f].process(excitation, 0);
            }
            float sample = (float) (OUTPUT_GAIN * amplitude * harsh.process(voiced, 0));
            mix[0][n] += sample;
            mix[1][n] += sample;
        }
    }
}
