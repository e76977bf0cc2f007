package dev.earshot.playback;

import java.io.Closeable;
import java.io.IOException;

/**
 * Where the playback engine's blocks go: a sound card or a {@link NullOutput}. Called in the order {@link #open} (by
 * {@link PlaybackEngine#start()} on its caller's thread, before the audio thread starts), {@link #write} any number of
 * times (on the audio thread only), {@link #close} (by {@link PlaybackEngine#close()} after the audio thread has
 * ended). Thread start and join order these calls, so an implementation needs no synchronisation of its own.
 */
public interface AudioOutput extends Closeable {

    /**
     * The rate {@link #open} should be asked for when the audio is at {@code sampleRate}: {@code sampleRate} itself
     * when the output can run at it, otherwise the supported rate it prefers. The engine converts its stream to the
     * rate returned. Called before {@link #open}, on the thread that starts the engine; may probe the device.
     *
     * @param sampleRate the audio's rate, frames per second
     * @return a rate in frames per second; by default {@code sampleRate}
     */
    default int openRate(int sampleRate) {
        return sampleRate;
    }

    /**
     * Opens the output for deinterleaved float blocks. May allocate (it runs before the first block).
     *
     * @param sampleRate  frames per second, 8 000 to 384 000
     * @param channels    channels of every block written
     * @param blockFrames the largest {@code frames} passed to {@link #write}
     * @throws IOException if the device cannot play this format (the message names the device and the format)
     */
    void open(int sampleRate, int channels, int blockFrames) throws IOException;

    /**
     * Plays {@code block[c][0..frames)}, blocking as a sound card does until there is room for it. Allocates nothing.
     *
     * @param block  {@code channels} rows, full scale 1.0 (values beyond are clipped by sound cards); caller-owned and
     *               reused by the caller after the call returns
     * @param frames 0 to the opened {@code blockFrames}
     * @throws IOException if the device fails
     */
    void write(float[][] block, int frames) throws IOException;

    /**
     * How many times since {@link #open} the device ran out of audio and played a gap (an underrun): the audio thread
     * did not deliver a block in time. Outputs that cannot run dry (a null output) report 0. Written by the audio
     * thread, readable from any thread.
     */
    default long underruns() {
        return 0;
    }

    /** Lets queued audio play out where the device has a queue, then releases the device. */
    @Override
    void close() throws IOException;
}
