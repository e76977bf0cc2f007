package dev.earshot.playback;

/** Told by a {@link NullOutput} after every block it accepts; called on the audio thread, so it must not block. */
@FunctionalInterface
public interface BlockListener {
    /** No-op. */
    BlockListener NONE = framesWritten -> { };

    /**
     * @param framesWritten frames written since {@code open}, this block included
     */
    void afterBlock(long framesWritten);
}
