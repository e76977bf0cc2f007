package dev.earshot.playback.blind;

/**
 * A master that carries the playhead position instead of sound: the left row is a constant carrier of
 * tiny level ({@code 2^-20}, about −120 dBFS) and the right row is the frame number
 * times {@code 2^-44}. The engine's transport multiplies both rows by its fade gain, so the ratio of the rows is the
 * frame number and the left row divided by {@link #CARRIER} is the fade gain. Both scalings are powers of two, so
 * the code is exact for frames below {@link #MAX_FRAMES}.
 *
 * <p>Heard directly (the engine's bypass source), the code is a DC offset below −120 dBFS: inaudible.
 */
final class PlayheadCode {
    /** Exponent of the carrier level. */
    static final int CARRIER_EXPONENT = -20;
    /** The carrier's level, full scale 1.0. */
    static final float CARRIER = Math.scalb(1f, CARRIER_EXPONENT);
    /** Frames a code can address exactly (2^24, 5.8 minutes at 48 kHz). */
    static final int MAX_FRAMES = 1 << 24;
    private static final int CODE_EXPONENT = CARRIER_EXPONENT - 24;

    private PlayheadCode() {
    }

    /** The code master for {@code lengthFrames} frames: two new rows. */
    static float[][] master(int lengthFrames) {
        if (lengthFrames < 1 || lengthFrames > MAX_FRAMES) {
            throw new IllegalArgumentException("the playhead code covers 1.." + MAX_FRAMES + " frames, not "
                    + lengthFrames);
        }
        float[][] rows = new float[2][lengthFrames];
        java.util.Arrays.fill(rows[0], CARRIER);
        for (int i = 0; i < lengthFrames; i++) {
            rows[1][i] = Math.scalb((float) i, CODE_EXPONENT);
        }
        return rows;
    }

    /** The frame a (faded) code sample pair stands for; {@code carrier} must be above 0. */
    static long frame(float carrier, float code) {
        return Math.round((double) code / carrier * MAX_FRAMES);
    }
}
