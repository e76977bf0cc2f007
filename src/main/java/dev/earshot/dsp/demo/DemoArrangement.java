package dev.earshot.dsp.demo;

import dev.earshot.audio.SplitMix64;
import java.util.ArrayList;
import java.util.List;

/**
 * The score of the demo song at {@value #BPM} BPM in A minor (Am, F, C, G, one chord per bar): intro (bars 0-3),
 * verse (4-11), chorus (12-19), ending (bar 20). Renders every instrument into a stereo mix. The seed varies noise,
 * oscillator start phases, hi-hat velocities and timing and the vibrato rate; the notes stay the same.
 */
final class DemoArrangement {
    static final double BPM = 120.0;
    static final int INTRO_BAR = 0;
    static final int VERSE_BAR = 4;
    static final int CHORUS_BAR = 12;
    static final int ENDING_BAR = 20;
    static final int TOTAL_BARS = 21;
    /** Pad voicings (MIDI notes) of Am, F, C, G. */
    private static final List<List<Integer>> CHORDS = List.of(List.of(57, 60, 64, 69), List.of(57, 60, 65, 69),
            List.of(55, 60, 64, 67), List.of(55, 59, 62, 67));
    /** Bass roots per chord: A1 55 Hz, F2 87 Hz, C2 65 Hz, G1 49 Hz. */
    private static final List<Integer> BASS_ROOTS = List.of(33, 41, 36, 31);
    /** Two-bar phrases: "beat:lengthBeats:midiNote:vowel" separated by spaces. */
    private static final List<String> VERSE_PHRASES = List.of(
        "0:1:64:AH 1:0.5:64:EH 1.5:0.5:62:EE 2:1:60:AW 3:1:62:AH 4:1:60:EH 5:2:57:AH",
        "0:1:64:EE 1:1:67:AH 2:1:64:EH 3:1:62:AW 4:0.5:62:OO 4.5:0.5:60:EH 5:2:59:AH",
        "0:1:64:AH 1:1:69:EE 2:1:67:EH 3:1:64:AH 4:1:62:AW 5:1:60:EH 6:1:57:AH",
        "0:1:60:OO 1:1:62:AH 2:1:64:EE 3:1:67:EH 4:1:67:AH 5:0.5:69:EH 5.5:1.5:71:AH");
    private static final List<String> CHORUS_PHRASES = List.of(
        "0:1.5:72:AH 1.5:0.5:71:EH 2:1:69:EE 3:1:64:AH 4:1:69:EH 5:1:72:AH 6:1.5:69:AW",
        "0:1:67:AH 1:1:64:EE 2:1:67:EH 3:1:72:AH 4:1:71:AW 5:1:74:EE 6:1.5:71:AH",
        "0:1.5:72:AH 1.5:0.5:71:EH 2:1:69:EE 3:1:64:AH 4:1:69:EH 5:1:72:AH 6:1.5:69:AW",
        "0:1:67:AH 1:1:64:EE 2:1:62:EH 3:1:60:OO 4:1:59:AW 5:1:60:EH 6:1:62:EE 7:1:64:AH");

    private final SongClock clock;
    private final long seed;

    DemoArrangement(int sampleRate, long seed) {
        this.clock = new SongClock(sampleRate, BPM);
        this.seed = seed;
    }

    SongClock clock() {
        return clock;
    }

    int lengthFrames() {
        return clock.frame(TOTAL_BARS, 0);
    }

    /** Renders the unmastered stereo mix. */
    float[][] render() {
        int rate = clock.sampleRate();
        float[][] mix = new float[2][lengthFrames()];
        renderDrums(mix, rate);
        renderBass(mix, new BassSynth(rate));
        renderPad(mix, new WidePad(rate, SplitMix64.stream(seed, 4)));
        new FormantVoice(rate, SplitMix64.stream(seed, 5)).sing(mix, melody());
        return mix;
    }

    private void renderDrums(float[][] mix, int rate) {
        KickDrum kick = new KickDrum(rate, SplitMix64.stream(seed, 1));
        HiHat hat = new HiHat(rate, SplitMix64.stream(seed, 2));
        Clap clap = new Clap(rate, SplitMix64.stream(seed, 3));
        SplitMix64 humanise = SplitMix64.stream(seed, 6);
        for (int bar = INTRO_BAR; bar < ENDING_BAR; bar++) {
            boolean chorus = bar >= CHORUS_BAR;
            for (int beat = 0; beat < SongClock.BEATS_PER_BAR; beat++) {
                kick.hit(mix, clock.frame(bar, beat), bar < VERSE_BAR ? 0.8 : 0.9);
                if ((chorus || bar >= VERSE_BAR + 4) && beat % 2 == 1) {
                    clap.hit(mix, clock.frame(bar, beat), chorus ? 0.45 : 0.38);
                }
            }
            int steps = chorus ? 16 : 8;
            for (int step = 0; step < steps; step++) {
                double beat = step * 4.0 / steps;
                boolean offBeat = (beat % 1.0) == 0.5;
                boolean open = chorus && step == steps - 2;
                double base = bar < VERSE_BAR ? 0.13 : 0.17;
                double level = base * (offBeat ? 1.0 : 0.7) * (0.85 + 0.3 * humanise.nextDouble());
                int jitter = (int) (0.002 * rate * humanise.nextSigned());
                hat.hit(mix, Math.max(0, clock.frame(bar, beat) + jitter), level, open);
            }
        }
        kick.hit(mix, clock.frame(ENDING_BAR, 0), 0.9);
    }

    private void renderBass(float[][] mix, BassSynth bass) {
        for (int bar = VERSE_BAR; bar < ENDING_BAR; bar++) {
            double hz = SongClock.midiToHz(BASS_ROOTS.get(bar % 4));
            for (int beat = 0; beat < SongClock.BEATS_PER_BAR; beat++) {
                bass.note(mix, clock.frame(bar, beat + 0.5), clock.frames(0.35), hz, 0.32);
            }
            if (bar >= CHORUS_BAR) {
                bass.note(mix, clock.frame(bar, 3.75), clock.frames(0.2), 2 * hz, 0.18);
            }
        }
        bass.note(mix, clock.frame(ENDING_BAR, 0.5), clock.frames(2.0), SongClock.midiToHz(BASS_ROOTS.get(0)), 0.32);
    }

    private void renderPad(float[][] mix, WidePad pad) {
        for (int bar = INTRO_BAR; bar < ENDING_BAR; bar++) {
            double level = bar < VERSE_BAR ? 0.04 : bar < CHORUS_BAR ? 0.028 : 0.036;
            pad.chord(mix, clock.frame(bar, 0), clock.frames(SongClock.BEATS_PER_BAR), voicing(bar % 4), level);
        }
        pad.chord(mix, clock.frame(ENDING_BAR, 0), clock.frames(1.5), voicing(0), 0.036);
    }

    private static int[] voicing(int chord) {
        return CHORDS.get(chord).stream().mapToInt(Integer::intValue).toArray();
    }

    private List<VocalNote> melody() {
        List<VocalNote> notes = new ArrayList<>();
        for (int p = 0; p < VERSE_PHRASES.size(); p++) {
            addPhrase(notes, VERSE_BAR + 2 * p, VERSE_PHRASES.get(p), 0.75);
        }
        for (int p = 0; p < CHORUS_PHRASES.size(); p++) {
            addPhrase(notes, CHORUS_BAR + 2 * p, CHORUS_PHRASES.get(p), 1.0);
        }
        notes.add(new VocalNote(clock.frame(ENDING_BAR, 0), clock.frames(2.0), 69, Vowel.AH, 0.9));
        return notes;
    }

    private void addPhrase(List<VocalNote> notes, int bar, String phrase, double level) {
        for (String event : phrase.split(" ")) {
            String[] fields = event.split(":");
            double beat = Double.parseDouble(fields[0]);
            double length = Double.parseDouble(fields[1]);
            int start = clock.frame(bar, beat);
            notes.add(new VocalNote(start, clock.frame(bar, beat + length) - start, Integer.parseInt(fields[2]),
                    Vowel.valueOf(fields[3]), level));
        }
    }
}
