package dev.earshot.device;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.dsp.BlockSink;
import java.io.IOException;
import java.util.List;

/**
 * A playback device's signal chain: its stages run in order, in place, on stereo blocks. Mono material is duplicated
 * to both channels before the chain ({@link #render} does this for files).
 *
 * <p>Lifecycle as for a {@link DeviceStage}: {@link #prepare} (allocates; off the audio thread), then
 * {@link #process} block by block ({@code process} and {@link #reset} allocate nothing when the stages do not, which
 * holds for every stage in this package). Not thread-safe: one thread processes.
 */
public final class DeviceChain {
    /** Channels of the blocks the chain processes. */
    public static final int CHANNELS = 2;

    private final DeviceStage[] stages;
    private int maxBlockFrames;

    /**
     * @param stages the stages in processing order (may be empty: the chain is then the identity); the list is
     *               copied, the stages are used (not copied) and belong to this chain from now on
     */
    public DeviceChain(List<DeviceStage> stages) {
        this.stages = stages.toArray(new DeviceStage[0]);
    }

    /** The stages in processing order. */
    public List<DeviceStage> stages() {
        return List.of(stages);
    }

    /**
     * Prepares every stage for stereo blocks at {@code sampleRate}.
     *
     * @param sampleRate     frames per second, 8 000 to 384 000
     * @param maxBlockFrames the largest {@code frames} passed to {@link #process}, at least 1
     * @throws IllegalArgumentException if a stage cannot work at this format (its message says why)
     */
    public void prepare(int sampleRate, int maxBlockFrames) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, CHANNELS);
        for (DeviceStage stage : stages) {
            stage.prepare(sampleRate, maxBlockFrames, CHANNELS);
        }
        this.maxBlockFrames = maxBlockFrames;
    }

    /**
     * Runs the stages over {@code block[0..1][0..frames)} in place.
     *
     * @param block  two rows of at least {@code frames} samples, full scale 1.0; caller-owned
     * @param frames 0 to the prepared {@code maxBlockFrames}
     * @throws IllegalStateException    if the chain is not prepared
     * @throws IllegalArgumentException if {@code frames} exceeds the prepared block size
     */
    public void process(float[][] block, int frames) {
        if (maxBlockFrames == 0) {
            throw new IllegalStateException("DeviceChain.prepare must be called first");
        }
        if (frames < 0 || frames > maxBlockFrames) {
            throw new IllegalArgumentException("frames " + frames + " is outside 0.." + maxBlockFrames);
        }
        for (DeviceStage stage : stages) {
            stage.process(block, frames);
        }
    }

    /** Resets every stage. */
    public void reset() {
        for (DeviceStage stage : stages) {
            stage.reset();
        }
    }

    /** Total delay of the chain in frames: the sum of the stages' latencies. Valid after {@link #prepare}. */
    public int latencyFrames() {
        int sum = 0;
        for (DeviceStage stage : stages) {
            sum += stage.latencyFrames();
        }
        return sum;
    }

    /** Frames of ringing after the input ends (the sum of the stages' tails). Valid after {@link #prepare}. */
    public int tailFrames() {
        int sum = 0;
        for (DeviceStage stage : stages) {
            sum += stage.tailFrames();
        }
        return sum;
    }

    /**
     * Renders a whole source through {@code chain} offline, streaming in blocks with bounded memory, and hands the
     * stereo result to {@code sink} aligned with the input: the chain's latency is removed, so output frame t
     * corresponds to input frame t. Mono sources are duplicated to both channels; 5.1 sources (L, R, C, LFE, Ls, Rs)
     * are folded to stereo with the ITU-R BS.775 coefficients ({@code L + 0.7071 C + 0.7071 Ls}, likewise for R; the
     * LFE is dropped). Prepares {@code chain} itself (resetting it) at the source's sample rate.
     *
     * @param includeTail true to append the chain's ringing tail ({@link #tailFrames()} frames, as an offline
     *                    convolution does), false for exactly as many frames as the source has
     * @param progress    told the fraction of the source consumed; called on this thread
     * @return frames handed to the sink
     * @throws IOException              if reading the source or writing the sink fails
     * @throws IllegalArgumentException if the source has 3, 4, 5, 7 or 8 channels, or a stage rejects its format
     */
    public static long render(AudioSource source, DeviceChain chain, boolean includeTail, BlockSink sink,
                              ProgressListener progress) throws IOException {
        return new ChainRender(source, chain, includeTail, sink, progress).run();
    }
}
