package dev.earshot.dsp.demo;

/**
 * One sung note of the formant voice.
 *
 * @param startFrame  first frame
 * @param lengthFrames frames the note is held (the voice releases after it)
 * @param midiNote    pitch as a MIDI note number (69 = A4 = 440 Hz)
 * @param vowel       vowel sung on this note
 * @param level       amplitude, 0 to 1
 */
record VocalNote(int startFrame, int lengthFrames, int midiNote, Vowel vowel, double level) {
    int endFrame() {
        return startFrame + lengthFrames;
    }
}
