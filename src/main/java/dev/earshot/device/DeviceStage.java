package dev.earshot.device;

/**
 * One step of a playback device's signal chain (an IR convolution, a mono sum, a limiter, ...), processing audio in
 * place block by block.
 *
 * <p>Lifecycle: construct with the stage's parameters, {@link #prepare} (allocates, off the audio thread), then
 * {@link #process} any number of times, {@link #reset} to forget the past (e.g. after a seek). {@code process} and
 * {@code reset} allocate nothing and take no locks, so they may run on the audio thread. Not thread-safe: one thread
 * processes a stage at a time.
 */
public interface DeviceStage {
    /**
     * Allocates the buffers for the given format and clears the state.
     *
     * @param sampleRate     frames per second, 8 000 to 384 000
     * @param maxBlockFrames the largest {@code frames} that will be passed to {@link #process}, at least 1
     * @param channels       channels of the blocks, 1 or 2 (the {@link DeviceChain} always uses 2)
     * @throws IllegalArgumentException if a parameter is outside its range or the stage cannot work at this format
     */
    void prepare(int sampleRate, int maxBlockFrames, int channels);

    /**
     * Processes {@code block[channel][0..frames)} in place. Allocates nothing.
     *
     * @param block  the prepared number of rows, each at least {@code frames} long, full scale 1.0; caller-owned
     * @param frames 0 to the prepared {@code maxBlockFrames}
     */
    void process(float[][] block, int frames);

    /** Clears the state (delay lines, envelopes, filter memories) as if no audio had been processed. */
    void reset();

    /** Frames by which this stage delays its output relative to its input; valid after {@link #prepare}. */
    default int latencyFrames() {
        return 0;
    }

    /**
     * Frames of output that follow the end of the input (beyond the latency) before this stage's response has died
     * away, e.g. the impulse response length minus one; 0 for stages without a finite ringing tail. Offline
     * rendering flushes this many frames when it keeps the tail. Valid after {@link #prepare}.
     */
    default int tailFrames() {
        return 0;
    }

    /**
     * True when, given a stereo block whose two channels are equal sample for sample, this stage leaves them equal,
     * each exactly what it would make of a mono block of that channel. After a {@link MonoSumStage}, a
     * {@link DeviceChain} runs the rest of the chain on one channel when every later stage says so, at half the
     * cost. False by default (stereo-only effects, independent noise per channel, a stereo impulse response).
     */
    default boolean keepsEqualChannelsEqual() {
        return false;
    }
}
