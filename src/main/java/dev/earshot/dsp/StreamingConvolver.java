package dev.earshot.dsp;

/**
 * Streaming convolution with an impulse response, block by block, with a fixed latency. Channel routing follows
 * {@link ImpulseResponse}: a mono response is applied to every input channel, a stereo one maps left to left and
 * right to right, a true-stereo one mixes both inputs into both outputs. Not thread-safe: one thread processes.
 */
public interface StreamingConvolver {
    /** Number of input channels {@link #process} reads. */
    int inputChannels();

    /** Number of output channels {@link #process} writes. */
    int outputChannels();

    /** Frames by which output lags input. */
    int latencyFrames();

    /**
     * Convolves {@code frames} frames: output frame {@code t} is the convolution at input frame
     * {@code t - latencyFrames()} (silence before the first input has come through).
     *
     * @param in     {@link #inputChannels()} rows of at least {@code frames} samples; only read; caller-owned
     * @param out    {@link #outputChannels()} rows of at least {@code frames} samples; written; may be the same
     *               arrays as {@code in} (in place, when the channel counts allow); caller-owned
     * @param frames any number of frames, 0 or more
     */
    void process(float[][] in, float[][] out, int frames);

    /** Clears the input history and pending output as if nothing had been processed. */
    void reset();

    /**
     * The cheapest convolver for {@code ir} at a partition length: for {@link PartitionedConvolver#OFFLINE}, a direct
     * (time-domain) one for responses of at most {@value DirectConvolver#MAX_FRAMES} frames, such as the identity
     * of a reference profile, else {@link PartitionedConvolver#offline}; otherwise a uniformly partitioned one.
     *
     * @throws IllegalArgumentException if the partition length is neither {@link PartitionedConvolver#OFFLINE} nor
     *                                  1 to {@value PartitionedConvolver#MAX_PARTITION_FRAMES}, or the channels do not
     *                                  fit the response
     */
    static StreamingConvolver create(ImpulseResponse ir, int inputChannels, int partitionFrames) {
        if (partitionFrames == PartitionedConvolver.OFFLINE && ir.lengthFrames() <= DirectConvolver.MAX_FRAMES) {
            return new DirectConvolver(ir, inputChannels);
        }
        return PartitionedConvolver.create(ir, inputChannels, partitionFrames);
    }
}
