package dev.earshot.dsp;

import java.io.IOException;

/** Receives processed audio block by block, in order, on the thread that produces it. */
@FunctionalInterface
public interface BlockSink {
    /**
     * @param block  deinterleaved samples, {@code block[channel][0..frames)}; owned by the caller and valid only
     *               during this call (copy what you keep); rows may be longer than {@code frames}
     * @param frames number of valid frames, at least 1
     * @throws IOException if writing the block fails
     */
    void accept(float[][] block, int frames) throws IOException;
}
