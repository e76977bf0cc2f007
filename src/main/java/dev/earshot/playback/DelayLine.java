package dev.earshot.playback;

import java.util.Arrays;

/** A fixed stereo delay, in place, that aligns a source with the slowest chain. Allocates only in its constructor. */
final class DelayLine {
    private final float[][] ring;
    private final int delayFrames;
    private int position;

    /** @param delayFrames 0 or more */
    DelayLine(int delayFrames) {
        this.delayFrames = delayFrames;
        this.ring = new float[2][Math.max(1, delayFrames)];
    }

    void process(float[][] block, int frames) {
        if (delayFrames == 0) {
            return;
        }
        float[] ringLeft = ring[0];
        float[] ringRight = ring[1];
        float[] left = block[0];
        float[] right = block[1];
        int p = position;
        for (int i = 0; i < frames; i++) {
            float l = ringLeft[p];
            float r = ringRight[p];
            ringLeft[p] = left[i];
            ringRight[p] = right[i];
            left[i] = l;
            right[i] = r;
            p = p + 1 == delayFrames ? 0 : p + 1;
        }
        position = p;
    }

    void reset() {
        Arrays.fill(ring[0], 0f);
        Arrays.fill(ring[1], 0f);
        position = 0;
    }
}
