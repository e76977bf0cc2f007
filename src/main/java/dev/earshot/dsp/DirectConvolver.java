package dev.earshot.dsp;

import java.util.Arrays;

/**
 * Direct (time-domain) convolution with a very short response, without latency: for a handful of taps this costs a
 * few multiplications per sample, where a transform would cost dozens. Allocates nothing in {@link #process} and
 * {@link #reset}; not thread-safe.
 */
public final class DirectConvolver implements StreamingConvolver {
    /** Longest response accepted, in frames. */
    public static final int MAX_FRAMES = 32;
    private static final int CHUNK_FRAMES = 4096;

    private final ConvolutionRouting routing;
    /** [irChannel][tap]. */
    private final float[][] taps;
    private final int history;
    /** [inputChannel]: the last {@code history} input frames, then the chunk being convolved. */
    private final float[][] extended;

    /**
     * @param ir            a response of 1 to {@value #MAX_FRAMES} frames
     * @param inputChannels as for {@link PartitionedConvolver}
     * @throws IllegalArgumentException if the response is longer or the channels do not fit
     */
    public DirectConvolver(ImpulseResponse ir, int inputChannels) {
        if (ir.lengthFrames() > MAX_FRAMES) {
            throw new IllegalArgumentException("a direct convolution takes at most " + MAX_FRAMES
                    + " frames of response, not " + ir.lengthFrames());
        }
        this.routing = ConvolutionRouting.of(ir, inputChannels);
        this.taps = new float[ir.channelCount()][];
        for (int c = 0; c < taps.length; c++) {
            taps[c] = ir.channel(c);
        }
        this.history = ir.lengthFrames() - 1;
        this.extended = new float[inputChannels][history + CHUNK_FRAMES];
    }

    @Override
    public int inputChannels() {
        return routing.inputChannels();
    }

    @Override
    public int outputChannels() {
        return routing.outputChannels();
    }

    /** 0: output frame t is the convolution at input frame t. */
    @Override
    public int latencyFrames() {
        return 0;
    }

    @Override
    public void process(float[][] in, float[][] out, int frames) {
        for (int done = 0; done < frames; done += CHUNK_FRAMES) {
            int chunk = Math.min(CHUNK_FRAMES, frames - done);
            // Every input is copied before any output is written, so out may be in.
            for (int c = 0; c < extended.length; c++) {
                System.arraycopy(in[c], done, extended[c], history, chunk);
            }
            for (int o = 0; o < routing.outputChannels(); o++) {
                float[] target = out[o];
                for (int i = 0; i < chunk; i++) {
                    target[done + i] = 0f;
                }
                for (int k = 0; k < routing.paths(o); k++) {
                    accumulate(extended[routing.inputChannel(o, k)], taps[routing.irChannel(o, k)], target, done,
                            chunk);
                }
            }
            for (float[] line : extended) {
                System.arraycopy(line, chunk, line, 0, history);
            }
        }
    }

    /** {@code target[offset + i] += sum over taps j of h[j] * x[history + i - j]}. */
    private void accumulate(float[] x, float[] h, float[] target, int offset, int chunk) {
        for (int j = 0; j < h.length; j++) {
            float tap = h[j];
            int from = history - j;
            for (int i = 0; i < chunk; i++) {
                target[offset + i] += tap * x[from + i];
            }
        }
    }

    @Override
    public void reset() {
        for (float[] line : extended) {
            Arrays.fill(line, 0f);
        }
    }
}
