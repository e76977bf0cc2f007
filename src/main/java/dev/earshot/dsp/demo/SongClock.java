package dev.earshot.dsp.demo;

/**
 * Musical time of the demo song: converts bars and beats (4/4) to frames.
 *
 * @param sampleRate frames per second
 * @param bpm        beats per minute
 */
record SongClock(int sampleRate, double bpm) {
    static final int BEATS_PER_BAR = 4;

    /** The first frame of {@code beats} beats after the start (fractional beats allowed). */
    int frame(double beats) {
        return (int) StrictMath.round(beats * 60.0 / bpm * sampleRate);
    }

    /** The first frame of a position given as bar plus beat within the bar. */
    int frame(int bar, double beat) {
        return frame(bar * (double) BEATS_PER_BAR + beat);
    }

    /** Length of {@code beats} beats in frames. */
    int frames(double beats) {
        return frame(beats);
    }

    static double midiToHz(double midiNote) {
        return 440.0 * StrictMath.pow(2.0, (midiNote - 69.0) / 12.0);
    }
}
