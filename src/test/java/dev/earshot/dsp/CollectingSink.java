package dev.earshot.dsp;

import java.util.Arrays;

/** Test sink that appends every block to growing arrays. */
final class CollectingSink implements BlockSink {
    private float[][] samples;
    private int frames;
    private int calls;

    @Override
    public void accept(float[][] block, int blockFrames) {
        if (samples == null) {
            samples = new float[block.length][Math.max(16, blockFrames)];
        }
        if (frames + blockFrames > samples[0].length) {
            int capacity = Math.max(2 * samples[0].length, frames + blockFrames);
            for (int c = 0; c < samples.length; c++) {
                samples[c] = Arrays.copyOf(samples[c], capacity);
            }
        }
        for (int c = 0; c < samples.length; c++) {
            System.arraycopy(block[c], 0, samples[c], frames, blockFrames);
        }
        frames += blockFrames;
        calls++;
    }

    /** The collected channels, each exactly as long as the frames received. */
    float[][] samples() {
        if (samples == null) {
            return new float[0][];
        }
        float[][] result = new float[samples.length][];
        for (int c = 0; c < samples.length; c++) {
            result[c] = Arrays.copyOf(samples[c], frames);
        }
        return result;
    }

    int frames() {
        return frames;
    }

    int calls() {
        return calls;
    }
}
