package dev.earshot.dsp;

import dev.earshot.dsp.ImpulseResponse.IrLayout;

/**
 * Which input channel is convolved with which impulse-response channel for each output channel: output
 * {@code o} is the sum over {@code k} of {@code input[inputChannel[o][k]] * ir[irChannel[o][k]]}.
 * Immutable; arrays are never changed after construction.
 */
final class ConvolutionRouting {
    private final int inputChannels;
    private final int[][] inputChannel;
    private final int[][] irChannel;

    private ConvolutionRouting(int inputChannels, int[][] inputChannel, int[][] irChannel) {
        this.inputChannels = inputChannels;
        this.inputChannel = inputChannel;
        this.irChannel = irChannel;
    }

    /**
     * @throws IllegalArgumentException if {@code ir} cannot take {@code inputChannels} channels
     */
    static ConvolutionRouting of(ImpulseResponse ir, int inputChannels) {
        int outputs = ir.outputChannels(inputChannels);
        int right = inputChannels == 1 ? 0 : 1;
        if (ir.layout() == IrLayout.MONO) {
            int[][] in = new int[outputs][];
            int[][] h = new int[outputs][];
            for (int o = 0; o < outputs; o++) {
                in[o] = new int[] {o};
                h[o] = new int[] {0};
            }
            return new ConvolutionRouting(inputChannels, in, h);
        }
        if (ir.layout() == IrLayout.STEREO) {
            return new ConvolutionRouting(inputChannels, new int[][] {{0}, {right}}, new int[][] {{0}, {1}});
        }
        // True stereo, channels LL=0, LR=1, RL=2, RR=3: outL = LL*L + RL*R, outR = LR*L + RR*R.
        return new ConvolutionRouting(inputChannels, new int[][] {{0, right}, {0, right}},
                new int[][] {{0, 2}, {1, 3}});
    }

    int inputChannels() {
        return inputChannels;
    }

    int outputChannels() {
        return inputChannel.length;
    }

    int paths(int output) {
        return inputChannel[output].length;
    }

    int inputChannel(int output, int path) {
        return inputChannel[output][path];
    }

    int irChannel(int output, int path) {
        return irChannel[output][path];
    }
}
