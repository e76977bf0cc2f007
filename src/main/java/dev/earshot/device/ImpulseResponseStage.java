package dev.earshot.device;

import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.PartitionedConvolver;
import dev.earshot.dsp.StreamingConvolver;

/**
 * Convolves the signal with a device's impulse response ({@link StreamingConvolver#create}): in real time by uniformly
 * partitioned convolution, latency one partition; offline ({@link #OFFLINE}) in one large transform block, or directly
 * for a response of a few taps, with the latency that needs ({@link #latencyFrames()}, valid after {@link #prepare}).
 * A stereo block stays stereo for every IR layout (mono, stereo, true stereo). The IR's sample rate must equal the
 * audio's: resample the IR first.
 */
public final class ImpulseResponseStage implements DeviceStage {
    /** Partition for real-time playback: about 5 ms of latency at 48 kHz, a few percent of a core. */
    public static final int REALTIME_PARTITION_FRAMES = 256;
    /**
     * Partition length for offline rendering, where latency is compensated: the whole response in one block of
     * the transform size that needs the least work per frame ({@link PartitionedConvolver#offline}); the latency
     * then depends on the response's length.
     */
    public static final int OFFLINE = PartitionedConvolver.OFFLINE;

    private final ImpulseResponse ir;
    private final int partitionFrames;
    private StreamingConvolver convolver;

    /**
     * @param ir              the device response; kept (it is immutable)
     * @param partitionFrames partition length and latency in frames, 1 to 65 536 (powers of two are most efficient)
     *                        (e.g. 256 for real time), or {@link #OFFLINE}
     * @throws IllegalArgumentException if the partition length is not as above
     */
    public ImpulseResponseStage(ImpulseResponse ir, int partitionFrames) {
        PartitionedConvolver.requirePartition(partitionFrames);
        this.ir = ir;
        this.partitionFrames = partitionFrames;
    }

    /**
     * Transforms the response's partitions (the expensive part; do it off the audio thread).
     *
     * @throws IllegalArgumentException if the IR's sample rate differs from {@code sampleRate}, or a stereo or
     *                                  true-stereo IR meets a mono block
     */
    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        if (ir.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("impulse response is at " + ir.sampleRate() + " Hz but the audio is at "
                    + sampleRate + " Hz; resample the impulse response first");
        }
        if (ir.outputChannels(channels) != channels) {
            throw new IllegalArgumentException("a " + ir.layout() + " impulse response turns " + channels
                    + " channel(s) into " + ir.outputChannels(channels) + "; the stage needs a stereo block");
        }
        convolver = StreamingConvolver.create(ir, channels, partitionFrames);
    }

    @Override
    public void process(float[][] block, int frames) {
        convolver.process(block, block, frames);
    }

    @Override
    public void reset() {
        convolver.reset();
    }

    @Override
    public int latencyFrames() {
        return convolver == null ? partitionFrames : convolver.latencyFrames();
    }

    /** The response length minus one. */
    @Override
    public int tailFrames() {
        return ir.lengthFrames() - 1;
    }

    /** The response this stage convolves with. */
    public ImpulseResponse impulseResponse() {
        return ir;
    }

    /** True for a mono response, which convolves each channel on its own. */
    @Override
    public boolean keepsEqualChannelsEqual() {
        return ir.channelCount() == 1;
    }
}
