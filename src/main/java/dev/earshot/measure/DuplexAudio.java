package dev.earshot.measure;

import java.io.IOException;

/**
 * Plays and records at the same time on one clock, as a live measurement needs. Implementations: the Java Sound
 * devices ({@link JavaSoundDuplex}) and a synthetic loopback for tests ({@link LoopbackDuplex}). One thread uses an
 * instance at a time.
 */
public interface DuplexAudio extends AutoCloseable {
    /** Frames per second of both directions. */
    int sampleRate();

    /** Channels played, 1 or more. */
    int outputChannels();

    /** Channels recorded, 1 or more. */
    int inputChannels();

    /**
     * Plays {@code output} and records from the moment playback starts until {@code output}'s length plus
     * {@code extraFrames} (for the latency and the system's decay).
     *
     * @param output {@code output[channel][frame]}, {@link #outputChannels()} rows of equal length, full scale ±1;
     *               only read
     * @return {@code recorded[channel][frame]}, {@link #inputChannels()} rows of {@code output} length plus
     *         {@code extraFrames}; new arrays owned by the caller
     * @throws IOException naming the device if it fails
     */
    float[][] playAndRecord(float[][] output, int extraFrames) throws IOException;

    /** A human name for the devices, for the profile's provenance. */
    String description();

    @Override
    void close() throws IOException;
}
