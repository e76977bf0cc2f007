package dev.earshot.dsp.demo;

/**
 * A named part of the demo song.
 *
 * @param name       "intro", "verse", "chorus" or "ending"
 * @param startFrame first frame, inclusive
 * @param endFrame   end frame, exclusive
 * @param vocal      whether the formant voice (and its 3 kHz resonance) sings in this section
 */
public record DemoSection(String name, int startFrame, int endFrame, boolean vocal) {
    public DemoSection {
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("section " + name + " has frames " + startFrame + ".." + endFrame);
        }
    }

    /** Length in frames, at least 1. */
    public int lengthFrames() {
        return endFrame - startFrame;
    }
}
