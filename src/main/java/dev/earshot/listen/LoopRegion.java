package dev.earshot.listen;

/**
 * The part of the stimuli that plays in a loop, in sample frames of the (aligned) stimuli.
 *
 * @param startFrame first frame, &gt;= 0
 * @param endFrame   frame after the last, &gt; startFrame
 */
public record LoopRegion(long startFrame, long endFrame) {
    public LoopRegion {
        if (startFrame < 0 || endFrame <= startFrame) {
            throw new IllegalArgumentException("loop region needs 0 <= start < end, was " + startFrame + ".."
                    + endFrame);
        }
    }
}
