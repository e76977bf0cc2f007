package dev.earshot.dsp.demo;

import java.util.List;
import java.util.Locale;

/**
 * Earshot's built-in demo master: a deterministic 42-second stereo 48 kHz song, mastered loud, that contains the
 * translation problems Earshot exists to catch, so a first-time user can try every feature without bringing a file.
 *
 * <p>The song is a 120 BPM four-on-the-floor track in A minor (Am, F, C, G): intro 0-8 s (kick, hi-hats, pad),
 * verse 8-24 s (plus bass and voice; a clap joins at 16 s), chorus 24-40 s (16th hats, louder pad and voice), a
 * two-second ending. Its elements and the problem each one plants:
 * <ul>
 *   <li><b>Sub kick</b>: a sine swept from 150 Hz down to a 42 Hz body, a short click and an exponential decay,
 *       on every beat. The 40 Hz third-octave band holds more energy than any other band below 200 Hz (by more
 *       than 5 dB), yet phones, laptops and small speakers cannot reproduce it: there the kick survives only
 *       through the harmonics that soft saturation adds (84 Hz, 126 Hz) and its click, and loses its weight.</li>
 *   <li><b>Sub bass</b>: off-beat notes between 49 and 98 Hz (A1, F2, C2, G1), nearly pure sines; likewise thin
 *       or inaudible on small speakers.</li>
 *   <li><b>Wide pad</b>: chords of detuned, low-passed band-limited saws in which a layer with more energy than the
 *       centre layer is in opposite polarity on the left and right channels (side energy about twice the mid
 *       energy). Summed to mono (one-speaker phones, smart speakers, club mono), that layer cancels and the pad
 *       drops by about 4.7 dB; in the intro the whole 200-1500 Hz range loses about 4 dB.</li>
 *   <li><b>Formant voice</b>: a sawtooth "voice" following a melody with portamento and vibrato through three
 *       formant resonators gliding between vowels, with a narrow +9 dB, Q 4 resonance at 3 kHz: the harsh,
 *       grating presence peak that earbuds and phone speakers (which are themselves bright around 2-4 kHz)
 *       exaggerate.</li>
 *   <li><b>Hi-hats and clap</b>: seeded filtered-noise hats in 8ths (16ths in the chorus) and a clap on 2 and 4
 *       from the second half of the verse; they make each seed's noise unique and keep the top end busy.</li>
 *   <li><b>Structure</b>: the chorus is denser and louder than the intro and verse, so short-term loudness varies
 *       by a few LU.</li>
 *   <li><b>Master bus</b>: one drive gain into a look-ahead brickwall limiter
 *       ({@link dev.earshot.dsp.LookAheadLimiter}, ceiling -1 dBFS sample peak, 3 ms look-ahead, 60 ms release),
 *       with the drive searched until the master measures -9 LUFS integrated: a loud master that streaming
 *       services turn down by 5 dB or more, with up to about 6 dB of gain reduction on the loudest hits, and a true
 *       peak above the -1 dBFS sample-peak ceiling (about -0.6 dBTP for the default seed).</li>
 * </ul>
 *
 * <p>Everything is computed with {@code StrictMath} and a seeded SplitMix64 generator, so the same seed gives a
 * bit-identical result on every platform; a different seed changes noise, oscillator phases, hi-hat dynamics and
 * timing and vibrato rate, not the notes. Generation takes a few seconds and about 35 MB. Thread-safe: every call
 * works on its own data.
 */
public final class DemoMaster {
    /** The seed of the demo that Earshot ships. */
    public static final long DEFAULT_SEED = 20_240_917L;
    /** Frames per second of the demo. */
    public static final int SAMPLE_RATE = 48_000;

    private DemoMaster() {
    }

    /** Generates the demo with {@link #DEFAULT_SEED}. */
    public static DemoSong generate() {
        return generate(DEFAULT_SEED);
    }

    /**
     * Generates the demo master.
     *
     * @param seed any value; equal seeds give bit-identical samples
     * @return a new song, 2 channels at 48 kHz, 42 s, whose arrays the caller owns
     */
    public static DemoSong generate(long seed) {
        DemoArrangement arrangement = new DemoArrangement(SAMPLE_RATE, seed);
        MasterBus.Mastered mastered = MasterBus.master(arrangement.render());
        return new DemoSong(mastered.samples(), sections(arrangement.clock(), arrangement.lengthFrames()),
                description(mastered.loudnessLufs()), seed, mastered.loudnessLufs());
    }

    private static List<DemoSection> sections(SongClock clock, int lengthFrames) {
        return List.of(
                new DemoSection("intro", 0, clock.frame(DemoArrangement.VERSE_BAR, 0), false),
                new DemoSection("verse", clock.frame(DemoArrangement.VERSE_BAR, 0),
                        clock.frame(DemoArrangement.CHORUS_BAR, 0), true),
                new DemoSection("chorus", clock.frame(DemoArrangement.CHORUS_BAR, 0),
                        clock.frame(DemoArrangement.ENDING_BAR, 0), true),
                new DemoSection("ending", clock.frame(DemoArrangement.ENDING_BAR, 0), lengthFrames, true));
    }

    private static String description(double loudnessLufs) {
        return String.join("\n",
                "Earshot demo master: 42 s, 120 BPM, A minor, stereo 48 kHz.",
                "Intro 0-8 s, verse 8-24 s, chorus 24-40 s (louder, denser), ending 40-42 s.",
                "Planted problems:",
                "- Kick with its body at 42 Hz: the low end vanishes on phones and laptops; only its 84 Hz harmonic"
                        + " and click remain.",
                "- Sub bass at 49-98 Hz: thin or inaudible on small speakers.",
                "- Wide pad with an out-of-phase layer (side twice the mid energy): it drops by about 4.7 dB in mono.",
                "- Voice with a +9 dB, Q 4 resonance at 3 kHz: harsh on earbuds.",
                String.format(Locale.ROOT,
                        "- Limited to %.1f LUFS integrated, -1 dBFS sample peak: streaming services turn it down;"
                                + " true peak may exceed -1 dBTP.", loudnessLufs));
    }
}
