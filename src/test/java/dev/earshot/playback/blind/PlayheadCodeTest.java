package dev.earshot.playback.blind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The playhead code against the frame numbers it encodes, at the transport's fade gains. */
class PlayheadCodeTest {
    private static float code(long frame) {
        return Math.scalb((float) frame, PlayheadCode.CARRIER_EXPONENT - 24);
    }

    @Test
    void fullGainDecodesEveryFrameExactly() {
        for (long frame = 0; frame < PlayheadCode.MAX_FRAMES; frame += 997) {
            assertEquals(frame, PlayheadCode.frame(PlayheadCode.CARRIER, code(frame)));
        }
        assertEquals(PlayheadCode.MAX_FRAMES - 1,
                PlayheadCode.frame(PlayheadCode.CARRIER, code(PlayheadCode.MAX_FRAMES - 1)));
    }

    /** Float products carry a relative error of 2^-24: exact below 2^23 frames, within one frame above. */
    @Test
    void fadedCodeDecodesExactlyBelowTwoToTheTwentyThirdAndWithinOneFrameAbove() {
        int fadeFrames = 1440;
        float step = 1f / fadeFrames;
        long[] frames = {0, 1, 12_345, (1 << 23) - 1, 1 << 23, 10_000_000, PlayheadCode.MAX_FRAMES - 1};
        for (long frame : frames) {
            for (int k = 1; k < fadeFrames; k++) {
                float gain = k * step;
                long decoded = PlayheadCode.frame(PlayheadCode.CARRIER * gain, code(frame) * gain);
                if (frame < (1 << 23)) {
                    assertEquals(frame, decoded, "frame " + frame + " at fade step " + k);
                } else {
                    assertTrue(Math.abs(decoded - frame) <= 1, "frame " + frame + " at fade step " + k);
                }
            }
        }
    }

    @Test
    void bypassOfTheCodeIsBelowMinus119Dbfs() {
        float[][] master = PlayheadCode.master(1000);
        float peak = Math.max(master[0][999], master[1][999]);
        assertTrue(20 * Math.log10(peak) < -119, "peak " + peak);
    }
}
