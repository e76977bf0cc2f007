package dev.earshot.playback;

import java.util.Arrays;

/**
 * The reference tracks as sources: a fixed number of slots, each playing its track at the master's playhead plus
 * the slot's offset, with the transport's fades, delayed like the bypass source so that it lines up with every
 * chain. Past either end of a track, or in an empty slot, the source is silent. An offset change fades the slot out,
 * moves, and fades it in, so it never clicks. Allocates only in its constructor; audio thread only.
 */
final class ReferenceBank {
    private final float[][][] tracks;
    private final long[] offsets;
    private final long[] pendingOffsets;
    private final int[] fadePositions;
    private final DelayLine[] delays;
    private final float[][][] outputs;
    private final int fadeFrames;

    ReferenceBank(int slots, int blockFrames, int latencyFrames, int fadeFrames) {
        tracks = new float[slots][][];
        offsets = new long[slots];
        pendingOffsets = new long[slots];
        Arrays.fill(pendingOffsets, Long.MIN_VALUE);
        fadePositions = new int[slots];
        Arrays.fill(fadePositions, fadeFrames);
        delays = new DelayLine[slots];
        outputs = new float[slots][2][blockFrames];
        for (int s = 0; s < slots; s++) {
            delays[s] = new DelayLine(latencyFrames);
        }
        this.fadeFrames = fadeFrames;
    }

    int slots() {
        return tracks.length;
    }

    boolean loaded(int slot) {
        return tracks[slot] != null;
    }

    boolean anyLoaded() {
        for (float[][] track : tracks) {
            if (track != null) {
                return true;
            }
        }
        return false;
    }

    /** Puts {@code audio} (two rows) into {@code slot}, playing at master frame + {@code offsetFrames}. */
    void load(int slot, float[][] audio, long offsetFrames) {
        tracks[slot] = audio;
        offsets[slot] = offsetFrames;
        pendingOffsets[slot] = Long.MIN_VALUE;
        fadePositions[slot] = fadeFrames;
        delays[slot].reset();
    }

    /** Moves the slot to master frame + {@code offsetFrames}, through a fade out and in. */
    void setOffset(int slot, long offsetFrames) {
        pendingOffsets[slot] = offsetFrames;
    }

    /**
     * Renders every slot for the frames the transport just read.
     *
     * @param positions master frame of each output frame, or -1 where the transport played silence
     * @param gains     the transport's fade gain of each frame
     */
    void process(long[] positions, float[] gains, int frames) {
        for (int s = 0; s < tracks.length; s++) {
            float[][] track = tracks[s];
            float[] left = outputs[s][0];
            float[] right = outputs[s][1];
            if (track == null) {
                Arrays.fill(left, 0, frames, 0f);
                Arrays.fill(right, 0, frames, 0f);
                continue;
            }
            long length = track[0].length;
            for (int i = 0; i < frames; i++) {
                int fade = fadePositions[s];
                if (pendingOffsets[s] != Long.MIN_VALUE) {
                    fade = Math.max(0, fade - 1);
                    if (fade == 0) {
                        offsets[s] = pendingOffsets[s];
                        pendingOffsets[s] = Long.MIN_VALUE;
                    }
                } else if (fade < fadeFrames) {
                    fade++;
                }
                fadePositions[s] = fade;
                long position = positions[i];
                long index = position + offsets[s];
                if (position < 0 || index < 0 || index >= length) {
                    left[i] = 0f;
                    right[i] = 0f;
                } else {
                    float gain = gains[i] * fade / fadeFrames;
                    left[i] = track[0][(int) index] * gain;
                    right[i] = track[1][(int) index] * gain;
                }
            }
            delays[s].process(outputs[s], frames);
        }
    }

    /** Slot {@code s}'s output of the last {@link #process}; owned by the bank. */
    float[][] output(int s) {
        return outputs[s];
    }

    void reset() {
        for (DelayLine delay : delays) {
            delay.reset();
        }
    }
}
