package dev.earshot.playback;

/**
 * The read head over the in-memory master: delivers the programme block by block with the input-side fades that
 * make seeking and looping click-free. A seek or a loop turn fades the input out over {@code fadeFrames} frames
 * (the last faded frame at gain 0), jumps, and fades in from the target (the target frame at gain
 * {@code 1/fadeFrames}, full gain {@code fadeFrames - 1} frames later). The chains keep running through the jump,
 * so their tails decay naturally. Audio thread only; allocates nothing after construction.
 */
final class Transport {
    private final float[][] master;
    private final long lengthFrames;
    private final int fadeFrames;
    private final float fadeStep;
    private long readFrame;
    private int fadePos;
    private long jumpTarget = -1;
    private long loopStart = -1;
    private long loopEnd = -1;

    /** @param master two rows of equal length (the same array twice for mono); read, never written */
    Transport(float[][] master, int fadeFrames) {
        this.master = master;
        this.lengthFrames = master[0].length;
        this.fadeFrames = fadeFrames;
        this.fadeStep = 1f / fadeFrames;
        this.fadePos = fadeFrames;
    }

    /** Length of the input fades, frames. */
    int fadeFrames() {
        return fadeFrames;
    }

    /** The next frame to be read, 0 to the master's length. */
    long readFrame() {
        return readFrame;
    }

    /** Fades out and jumps to {@code frame} (clamped to the master). */
    void seek(long frame) {
        jumpTarget = Math.max(0, Math.min(lengthFrames, frame));
    }

    /** Jumps at once, to start a fade-in from silence (for a seek while paused; the caller resets the chains). */
    void jumpSilently(long frame) {
        readFrame = Math.max(0, Math.min(lengthFrames, frame));
        jumpTarget = -1;
        fadePos = 0;
    }

    /** A pending jump that a paused engine should apply at once, or -1. */
    long pendingJump() {
        return jumpTarget;
    }

    /**
     * Loops {@code [startFrame, endFrame)}; an empty range clears the loop. When the read head is outside the
     * region (or already inside the fade before its end) it seeks to the start.
     */
    void setLoop(long startFrame, long endFrame) {
        if (endFrame <= startFrame) {
            loopStart = -1;
            loopEnd = -1;
            return;
        }
        loopStart = startFrame;
        loopEnd = endFrame;
        if (readFrame < startFrame || readFrame > endFrame - fadeFrames) {
            seek(startFrame);
        }
    }

    /** Writes the next {@code frames} frames, faded, into {@code block[0..1]} and advances. */
    void read(float[][] block, int frames) {
        read(block, frames, null, null);
    }

    /**
     * As {@link #read(float[][], int)}, also writing each output frame's master frame ({@code -1} past the end) into
     * {@code positions} and its fade gain into {@code gains}, so that other sources can follow the same playhead.
     * Either array may be null.
     */
    void read(float[][] block, int frames, long[] positions, float[] gains) {
        float[] left = block[0];
        float[] right = block[1];
        for (int i = 0; i < frames; i++) {
            if (jumpTarget < 0 && loopEnd > 0 && readFrame == loopEnd - fadeFrames) {
                jumpTarget = loopStart;
            }
            if (jumpTarget >= 0) {
                fadePos = Math.max(0, fadePos - 1);
            } else if (fadePos < fadeFrames) {
                fadePos++;
            }
            if (readFrame < lengthFrames) {
                float gain = fadePos == fadeFrames ? 1f : fadePos * fadeStep;
                left[i] = master[0][(int) readFrame] * gain;
                right[i] = master[1][(int) readFrame] * gain;
                if (positions != null) {
                    positions[i] = readFrame;
                    gains[i] = gain;
                }
                readFrame++;
            } else {
                left[i] = 0f;
                right[i] = 0f;
                if (positions != null) {
                    positions[i] = -1;
                    gains[i] = 0f;
                }
            }
            if (jumpTarget >= 0 && fadePos == 0) {
                readFrame = jumpTarget;
                jumpTarget = -1;
            }
        }
    }
}
