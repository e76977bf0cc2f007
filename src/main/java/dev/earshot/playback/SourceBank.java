package dev.earshot.playback;

import dev.earshot.device.DeviceChain;
import java.util.List;

/**
 * Every source the engine can play, all processed every block so that any of them can be faded in at any moment
 * with its state current: source 0 is the master itself (bypass), source {@code i >= 1} is the master through
 * chain {@code i - 1}. Each output is delayed to the slowest chain's latency, so every source is time-aligned with
 * every other. CPU cost grows with the number of chains. Audio thread only after construction.
 */
final class SourceBank {
    private final DeviceChain[] chains;
    private final DelayLine[] delays;
    private final float[][][] outputs;
    private final int latencyFrames;
    private ReferenceBank references;
    private final boolean[] suspended;

    /** Prepares the chains (allocating); they belong to the bank from now on. */
    SourceBank(List<DeviceChain> chainList, int sampleRate, int blockFrames) {
        int count = chainList.size() + 1;
        chains = new DeviceChain[count];
        int maxLatency = 0;
        for (int s = 1; s < count; s++) {
            chains[s] = chainList.get(s - 1);
            chains[s].prepare(sampleRate, blockFrames);
            maxLatency = Math.max(maxLatency, chains[s].latencyFrames());
        }
        delays = new DelayLine[count];
        outputs = new float[count][2][blockFrames];
        delays[0] = new DelayLine(maxLatency);
        for (int s = 1; s < count; s++) {
            delays[s] = new DelayLine(maxLatency - chains[s].latencyFrames());
        }
        latencyFrames = maxLatency;
        suspended = new boolean[count];
    }

    /** The longest memory of any chain: its latency plus its ringing tail, frames. */
    int memoryFrames() {
        int memory = 0;
        for (int s = 1; s < chains.length; s++) {
            memory = Math.max(memory, chains[s].latencyFrames() + chains[s].tailFrames());
        }
        return memory;
    }

    /** A suspended source is skipped by {@link #process}; its output is stale and must not be heard. */
    void setSuspended(int s, boolean on) {
        suspended[s] = on;
    }

    boolean isSuspended(int s) {
        return suspended[s];
    }

    /** Runs source {@code s} alone over {@code input[0..1][0..frames)}, as {@link #process} would. */
    void warm(int s, float[][] input, int frames) {
        run(s, input, frames);
    }

    /** Resets source {@code s}'s chain and delay. */
    void resetSource(int s) {
        if (chains[s] != null) {
            chains[s].reset();
        }
        delays[s].reset();
    }

    int count() {
        return chains.length;
    }

    /** Delay from the input to every source's output, in frames. */
    int latencyFrames() {
        return latencyFrames;
    }

    /** Runs every source over {@code input[0..1][0..frames)} (not modified). */
    void process(float[][] input, int frames) {
        for (int s = 0; s < chains.length; s++) {
            if (!suspended[s]) {
                run(s, input, frames);
            }
        }
    }

    private void run(int s, float[][] input, int frames) {
        float[][] out = outputs[s];
        System.arraycopy(input[0], 0, out[0], 0, frames);
        System.arraycopy(input[1], 0, out[1], 0, frames);
        if (chains[s] != null) {
            chains[s].process(out, frames);
        }
        delays[s].process(out, frames);
    }

    /**
     * Source {@code s}'s output of the last {@link #process}; owned by the bank. Indices from {@link #count()} on are
     * the attached reference bank's slots.
     */
    float[][] output(int s) {
        return s < outputs.length ? outputs[s] : references.output(s - outputs.length);
    }

    /** Makes {@code bank}'s slots sources {@code count()} onwards (reset with this bank); before the first block. */
    void attach(ReferenceBank bank) {
        references = bank;
    }

    void reset() {
        for (int s = 0; s < chains.length; s++) {
            if (chains[s] != null) {
                chains[s].reset();
            }
            delays[s].reset();
        }
        if (references != null) {
            references.reset();
        }
    }
}
