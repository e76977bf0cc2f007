package dev.earshot.playback;

import java.util.Arrays;

/**
 * Turns the sources' outputs into the block that is heard: the active source with its level-match gain, an
 * equal-power crossfade ({@code cos, sin} over {@code fadeFrames}) while switching, the mono check (faded in and out)
 * and the transport fade that pause and play use. A selection made during a crossfade takes effect when that
 * crossfade ends; one made while paused and silent takes effect at once. Audio thread only; allocates nothing
 * after construction.
 */
final class SourceMixer {
    private final int fadeFrames;
    private final float[] fadeOut;
    private final float[] fadeIn;
    private final float[] gains;
    private final float[] targetGains;
    private int active;
    private int next = -1;
    private int pending = -1;
    private int crossfadePos;
    private int monoPos;
    private boolean mono;
    private int outputPos;
    private boolean playing;
    /** The gain on the whole mix (headroom), linear, after the last block and its target for the next one. */
    private float outputGain = 1f;
    private float outputTarget = 1f;

    SourceMixer(int sourceCount, int fadeFrames) {
        this.fadeFrames = fadeFrames;
        fadeOut = new float[fadeFrames + 1];
        fadeIn = new float[fadeFrames + 1];
        for (int k = 0; k <= fadeFrames; k++) {
            double angle = 0.5 * Math.PI * k / fadeFrames;
            fadeOut[k] = (float) Math.cos(angle);
            fadeIn[k] = (float) Math.sin(angle);
        }
        fadeOut[fadeFrames] = 0f;
        fadeIn[fadeFrames] = 1f;
        gains = new float[sourceCount];
        targetGains = new float[sourceCount];
        Arrays.fill(gains, 1f);
        Arrays.fill(targetGains, 1f);
    }

    /** The source faded from during a crossfade, else the one heard. */
    int active() {
        return active;
    }

    /** The source being faded to, or -1. */
    int next() {
        return next;
    }

    /** The source to fade to after the current crossfade, or -1. */
    int pending() {
        return pending;
    }

    /** The source heard (the one being faded to, during a crossfade). */
    int selected() {
        return next >= 0 ? next : active;
    }

    /**
     * Fades to {@code source}; while paused and silent the switch is immediate, so nothing of the previous source is
     * heard when playing resumes (a blind-test trial must not start with a trace of the last stimulus).
     */
    void select(int source) {
        if (silent()) {
            active = source;
            next = -1;
            pending = -1;
        } else if (next >= 0) {
            pending = source;
        } else if (source != active) {
            next = source;
            crossfadePos = 0;
        }
    }

    void setGain(int source, float linearGain) {
        targetGains[source] = linearGain;
    }

    /** Sets the gain on the whole mix (headroom), linear; reached by a ramp over the next block. */
    void setOutputGain(float linearGain) {
        outputTarget = linearGain;
    }

    /** The gain on the whole mix after the last block, linear. */
    float outputGain() {
        return outputGain;
    }

    void setMono(boolean on) {
        mono = on;
    }

    void setPlaying(boolean on) {
        playing = on;
    }

    /** True when paused and faded out completely: the engine may skip processing and play silence. */
    boolean silent() {
        return !playing && outputPos == 0;
    }

    /** Mixes {@code bank}'s outputs into {@code out[0..1][0..frames)}. */
    void mix(SourceBank bank, float[][] out, int frames) {
        float[] left = out[0];
        float[] right = out[1];
        for (int i = 0; i < frames; i++) {
            float[][] a = bank.output(active);
            float gainA = ramp(active, i, frames);
            float l;
            float r;
            if (next < 0) {
                l = a[0][i] * gainA;
                r = a[1][i] * gainA;
            } else {
                float[][] b = bank.output(next);
                float wa = fadeOut[crossfadePos] * gainA;
                float wb = fadeIn[crossfadePos] * ramp(next, i, frames);
                l = a[0][i] * wa + b[0][i] * wb;
                r = a[1][i] * wa + b[1][i] * wb;
                if (++crossfadePos == fadeFrames) {
                    finishCrossfade();
                }
            }
            if (mono ? monoPos < fadeFrames : monoPos > 0) {
                monoPos += mono ? 1 : -1;
            }
            if (monoPos > 0) {
                float m = (float) monoPos / fadeFrames;
                float mid = 0.5f * (l + r);
                l += m * (mid - l);
                r += m * (mid - r);
            }
            if (playing ? outputPos < fadeFrames : outputPos > 0) {
                outputPos += playing ? 1 : -1;
            }
            float g = (float) outputPos / fadeFrames * (outputGain + (outputTarget - outputGain) * (i + 1) / frames);
            left[i] = l * g;
            right[i] = r * g;
        }
        for (int s = 0; s < gains.length; s++) {
            gains[s] = targetGains[s];
        }
        outputGain = outputTarget;
    }

    /** Source s's gain at frame i of the block: linear from its gain before the block to its target. */
    private float ramp(int s, int i, int frames) {
        float from = gains[s];
        return from + (targetGains[s] - from) * (i + 1) / frames;
    }

    private void finishCrossfade() {
        active = next;
        next = -1;
        if (pending >= 0 && pending != active) {
            next = pending;
            crossfadePos = 0;
        }
        pending = -1;
    }
}
