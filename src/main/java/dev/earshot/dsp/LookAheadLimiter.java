package dev.earshot.dsp;

import java.util.Arrays;

/**
 * A look-ahead brickwall peak limiter with linked gain across channels.
 *
 * <p>The signal is delayed by the look-ahead time ({@link #latencyFrames()}). For every input frame the gain that
 * would bring that frame's largest channel magnitude down to the ceiling is computed; a running minimum over the
 * look-ahead window holds the lowest such gain until the delayed frame has passed; a release stage lets the gain
 * recover exponentially with time constant {@code releaseMs}; a moving average over the same window turns every
 * gain drop into a linear ramp that starts one look-ahead before the peak. Because each averaged value is at most
 * the gain the delayed frame needs, no output sample exceeds the ceiling (sample peak; inter-sample peaks can still
 * exceed it slightly, which is what a true-peak meter reports). A signal that never exceeds the ceiling passes
 * unchanged, only delayed.
 *
 * <p>Lifecycle: construct, {@link #prepare(int, int, int)}, then {@link #process(float[][], int)} block by block.
 * {@code process} allocates nothing. Not thread-safe: one thread processes.
 */
public final class LookAheadLimiter {
    private final double ceilingDb;
    private final double lookAheadMs;
    private final double releaseMs;

    private int channels;
    private int maxBlockFrames;
    private int lookAheadFrames;
    private int windowFrames;
    private double ceilingLinear;
    private float ceilingSample;
    private double releaseCoefficient;

    /** [channel][lookAheadFrames]: the last input frames, oldest first. */
    private float[][] delayLine;
    /** The gain of every frame of the block being processed, rounded to float for the multiply. */
    private float[] blockGains;
    /** The block's last input frames of one channel, on their way into the delay line. */
    private float[] carried;
    /** A copy of one channel's input, so that the delayed multiply reads and writes different arrays. */
    private float[] input;
    private final MinimumWindow heldGain = new MinimumWindow();
    private double[] averageWindow;
    private int averagePosition;
    private double averageSum;
    private double envelope;
    private double lastGain = 1.0;

    /**
     * @param ceilingDb   highest allowed output sample magnitude in dBFS, -60 to +6 (e.g. -1.0)
     * @param lookAheadMs look-ahead and therefore latency in milliseconds, 0.1 to 50 (e.g. 1.5 to 5)
     * @param releaseMs   time constant in milliseconds of the exponential gain recovery, 1 to 5000
     * @throws IllegalArgumentException if a parameter is outside its range
     */
    public LookAheadLimiter(double ceilingDb, double lookAheadMs, double releaseMs) {
        requireRange("ceilingDb", ceilingDb, -60.0, 6.0);
        requireRange("lookAheadMs", lookAheadMs, 0.1, 50.0);
        requireRange("releaseMs", releaseMs, 1.0, 5000.0);
        this.ceilingDb = ceilingDb;
        this.lookAheadMs = lookAheadMs;
        this.releaseMs = releaseMs;
    }

    /**
     * Allocates the buffers and clears the state. Call before the first {@link #process} and whenever the format
     * changes.
     *
     * @param sampleRate     frames per second, 8 000 to 384 000
     * @param maxBlockFrames the largest {@code frames} that will be passed to {@code process}, at least 1
     * @param channels       number of channels, 1 to 8
     * @throws IllegalArgumentException if a parameter is outside its range
     */
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        requireRange("sampleRate", sampleRate, 8_000, 384_000);
        requireRange("maxBlockFrames", maxBlockFrames, 1, Integer.MAX_VALUE);
        requireRange("channels", channels, 1, 8);
        this.channels = channels;
        this.maxBlockFrames = maxBlockFrames;
        this.lookAheadFrames = Math.max(1, (int) Math.round(lookAheadMs * sampleRate / 1000.0));
        this.windowFrames = lookAheadFrames + 1;
        this.ceilingLinear = StrictMath.pow(10.0, ceilingDb / 20.0);
        this.ceilingSample = (float) ceilingLinear;
        this.releaseCoefficient = StrictMath.exp(-1000.0 / (releaseMs * sampleRate));
        this.delayLine = new float[channels][lookAheadFrames];
        this.blockGains = new float[maxBlockFrames];
        this.carried = new float[lookAheadFrames];
        this.input = new float[maxBlockFrames];
        this.averageWindow = new double[windowFrames];
        heldGain.allocate(windowFrames);
        reset();
    }

    /** Clears the delay line and the gain state as if no audio had been processed. Allocates nothing. */
    public void reset() {
        requirePrepared();
        for (float[] line : delayLine) {
            Arrays.fill(line, 0f);
        }
        Arrays.fill(averageWindow, 1.0);
        averagePosition = 0;
        averageSum = windowFrames;
        envelope = 1.0;
        lastGain = 1.0;
        heldGain.clear();
    }

    /**
     * Limits {@code block[channel][0..frames)} in place. The output is the input delayed by
     * {@link #latencyFrames()} frames and scaled by the limiter gain; the first {@code latencyFrames()} output frames
     * after {@code prepare} or {@code reset} are silence. Allocates nothing.
     *
     * @param block  at least {@code channels} rows of at least {@code frames} samples, full scale 1.0; caller-owned
     * @param frames number of frames, 0 to {@code maxBlockFrames}
     * @throws IllegalStateException    if {@code prepare} has not been called
     * @throws IllegalArgumentException if {@code frames} or the block shape does not fit the prepared size
     */
    public void process(float[][] block, int frames) {
        requirePrepared();
        if (frames < 0 || frames > maxBlockFrames) {
            throw new IllegalArgumentException("frames " + frames + " is outside 0.." + maxBlockFrames);
        }
        if (block.length < channels) {
            throw new IllegalArgumentException("block has " + block.length + " channels, expected " + channels);
        }
        // First every frame's gain (a running state, frame by frame), then each channel delayed and scaled.
        if (channels == 2) {
            float[] left = block[0];
            float[] right = block[1];
            for (int i = 0; i < frames; i++) {
                blockGains[i] = (float) nextGain(Math.max(Math.abs(left[i]), Math.abs(right[i])));
            }
        } else {
            for (int i = 0; i < frames; i++) {
                blockGains[i] = (float) nextGain(peakOf(block, i));
            }
        }
        for (int c = 0; c < channels; c++) {
            delayAndScale(block[c], delayLine[c], frames);
        }
    }

    /**
     * Replaces {@code samples[0..frames)} with the input {@code lookAheadFrames} earlier times the frame's gain, and
     * moves the newest input into {@code line}.
     */
    private void delayAndScale(float[] samples, float[] line, int frames) {
        int delay = lookAheadFrames;
        float ceiling = ceilingSample;
        float[] gains = blockGains;
        // The input frames that the next block will need: the block's last ones, after the line's newer ones.
        int fromBlock = Math.min(frames, delay);
        int fromLine = delay - fromBlock;
        System.arraycopy(line, delay - fromLine, carried, 0, fromLine);
        System.arraycopy(samples, frames - fromBlock, carried, fromLine, fromBlock);
        System.arraycopy(samples, 0, input, 0, frames);
        // The clamps only guard float rounding; mathematically the gain already keeps every sample in range.
        for (int i = 0; i < fromBlock; i++) {
            samples[i] = Math.max(-ceiling, Math.min(ceiling, line[i] * gains[i]));
        }
        for (int i = delay; i < frames; i++) {
            samples[i] = Math.max(-ceiling, Math.min(ceiling, input[i - delay] * gains[i]));
        }
        System.arraycopy(carried, 0, line, 0, delay);
    }

    /** Latency in frames between input and output: the look-ahead, at least 1. Valid after {@code prepare}. */
    public int latencyFrames() {
        requirePrepared();
        return lookAheadFrames;
    }

    /** The gain applied to the most recent output frame in dB, at most 0 (0 = no limiting). */
    public double currentGainDb() {
        return 20.0 * StrictMath.log10(lastGain);
    }

    /** The ceiling in dBFS given at construction. */
    public double ceilingDb() {
        return ceilingDb;
    }

    /** The look-ahead in milliseconds given at construction. */
    public double lookAheadMs() {
        return lookAheadMs;
    }

    /** The release time constant in milliseconds given at construction. */
    public double releaseMs() {
        return releaseMs;
    }

    private float peakOf(float[][] block, int frame) {
        float peak = 0f;
        for (int c = 0; c < channels; c++) {
            peak = Math.max(peak, Math.abs(block[c][frame]));
        }
        return peak;
    }

    private double nextGain(float inputPeak) {
        double required = inputPeak > ceilingLinear ? ceilingLinear / inputPeak : 1.0;
        double held = heldGain.push(required);
        envelope = held <= envelope ? held : held + (envelope - held) * releaseCoefficient;
        averageSum += envelope - averageWindow[averagePosition];
        averageWindow[averagePosition] = envelope;
        averagePosition++;
        if (averagePosition == windowFrames) {
            averagePosition = 0;
            averageSum = exactSum(averageWindow);
        }
        lastGain = Math.min(1.0, averageSum / windowFrames);
        return lastGain;
    }

    /** Re-summing once per window keeps the running sum from drifting through rounding. */
    private static double exactSum(double[] values) {
        double sum = 0.0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    private void requirePrepared() {
        if (delayLine == null) {
            throw new IllegalStateException("LookAheadLimiter.prepare must be called first");
        }
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " " + value + " is outside " + min + ".." + max);
        }
    }
}
