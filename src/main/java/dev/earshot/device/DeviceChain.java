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
 *
 * <p>After a {@link MonoSumStage} both channels are equal; when every later stage
 * {@linkplain DeviceStage#keepsEqualChannelsEqual keeps them equal}, those stages are prepared for one channel and
 * the chain copies the left channel to the right at the end: the same output, sample for sample, for half the work.
 */
public final class DeviceChain {
    /** Channels of the blocks the chain processes. */
    public static final int CHANNELS = 2;

    private final DeviceStage[] stages;
    /** Index of the first stage that runs on the left channel only; {@code stages.length} when none does. */
    private final int monoFrom;
    /** A one-row view of the block for the mono stages: its row is set per call, so nothing is allocated. */
    private final float[][] monoView = new float[1][];
    private int maxBlockFrames;

    /**
     * @param stages the stages in processing order (may be empty: the chain is then the identity); the list is
     *               copied, the stages are used (not copied) and belong to this chain from now on
     */
    public DeviceChain(List<DeviceStage> stages) {
        this(stages, true);
    }

    /** As {@link #DeviceChain(List)}; {@code monoAfterSum} false keeps every stage stereo (to compare, in tests). */
    DeviceChain(List<DeviceStage> stages, boolean monoAfterSum) {
        this.stages = stages.toArray(new DeviceStage[0]);
        this.monoFrom = monoAfterSum ? firstMonoStage(this.stages) : this.stages.length;
    }

    /** The stage after the last mono sum when every stage after it keeps equal channels equal, else the length. */
    private static int firstMonoStage(DeviceStage[] stages) {
        for (int i = stages.length - 1; i >= 0; i--) {
            if (stages[i] instanceof MonoSumStage) {
                return i + 1;
            }
            if (!stages[i].keepsEqualChannelsEqual()) {
                return stages.length;
            }
        }
        return stages.length;
    }

    /** True when the stages after a mono sum run on one channel (see the class comment). */
    boolean runsMonoAfterSum() {
        return monoFrom < stages.length;
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
        for (int i = 0; i < stages.length; i++) {
            stages[i].prepare(sampleRate, maxBlockFrames, i < monoFrom ? CHANNELS : 1);
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
        for (int i = 0; i < monoFrom; i++) {
            stages[i].process(block, frames);
        }
        if (monoFrom < stages.length) {
            monoView[0] = block[0];
            for (int i = monoFrom; i < stages.length; i++) {
                stages[i].process(monoView, frames);
            }
            monoView[0] = null;
            System.arraycopy(block[0], 0, block[1], 0, frames);
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
