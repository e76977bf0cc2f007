package dev.earshot.dsp;

import java.util.Arrays;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Streaming convolution with an impulse response by uniformly partitioned overlap-save (UPOLS), for real-time use.
 *
 * <p>The response is cut into partitions of {@code partitionFrames} frames, each transformed once with an FFT of
 * twice that size. Input is collected in a FIFO; every time a full partition of input has arrived, its window (the
 * previous partition and the new one) is transformed once per input channel and stored in a frequency-domain delay
 * line; each output channel's spectrum is the sum over partitions {@code p} of the input spectrum from {@code p}
 * partitions ago times partition {@code p} of the response (summed over the routing paths, as true stereo needs);
 * one inverse transform per output channel yields the next partition of output. Output therefore lags input by
 * exactly {@link #latencyFrames()} = {@code partitionFrames} frames, whatever block sizes the caller uses.
 *
 * <p>Channel routing follows {@link ImpulseResponse}: a mono response is applied to every input channel, a stereo
 * one maps left to left and right to right, a true-stereo one mixes both inputs into both outputs.
 *
 * <p>All buffers are allocated by the constructor; {@link #process} and {@link #reset} allocate nothing and take no
 * locks as long as the transform stays below JTransforms' multithreading threshold (8192 points by default, so
 * partitions up to 2048 frames, or any size when {@link DspRuntime#configureThreads} was given 1); larger transforms
 * may be split across JTransforms' worker threads, which is fine offline but not on an audio thread. Cost, measured
 * on this project's 2-core build machine for a 1 s true-stereo response at 48 kHz: about 4 % of one core with
 * 256-frame partitions; offline, about 0.12 s of CPU per minute of audio with 8192-frame partitions. Not
 * thread-safe: one thread processes.
 */
public final class PartitionedConvolver {
    /** Largest partition accepted, in frames. */
    public static final int MAX_PARTITION_FRAMES = 1 << 16;

    private final ConvolutionRouting routing;
    private final int partitionFrames;
    private final int fftSize;
    private final int partitions;
    private final FloatFFT_1D transform;
    /** [irChannel][partition], each the spectrum of one partition of that channel. */
    private final FftConvolver[][] responseSpectra;
    /** [inputChannel][slot][fftSize]: the input spectra of the last {@code partitions} windows, a ring. */
    private final float[][][] delayLine;
    private int newestSlot;
    /** [inputChannel][fftSize]: previous partition of input followed by the one being filled. */
    private final float[][] inputWindow;
    /** [outputChannel][partitionFrames]: the output partition being handed out. */
    private final float[][] outputPartition;
    private final float[] accumulator;
    private int fifoPosition;

    /**
     * @param ir              the response; its sample rate is not checked against the audio's (the caller's job)
     * @param inputChannels   channels of the audio fed in; a mono response takes any number, stereo and true-stereo
     *                        ones take 1 or 2
     * @param partitionFrames partition length and latency in frames, 1 to {@value #MAX_PARTITION_FRAMES}
     *                        (typically the audio buffer size, e.g. 256); powers of two waste no transform length
     * @throws IllegalArgumentException if the channel count or the partition length is not as above
     */
    public PartitionedConvolver(ImpulseResponse ir, int inputChannels, int partitionFrames) {
        if (partitionFrames < 1 || partitionFrames > MAX_PARTITION_FRAMES) {
            throw new IllegalArgumentException("partition length " + partitionFrames + " frames is outside 1.."
                    + MAX_PARTITION_FRAMES);
        }
        this.routing = ConvolutionRouting.of(ir, inputChannels);
        this.partitionFrames = partitionFrames;
        // A power of two of at least twice the partition (and 4, for JTransforms' packed real layout); the window
        // holds the previous and the new partition at its end, zeros before them, which changes nothing.
        this.fftSize = Math.max(4, Integer.highestOneBit(2 * partitionFrames - 1) << 1);
        this.partitions = (ir.lengthFrames() + partitionFrames - 1) / partitionFrames;
        this.transform = new FloatFFT_1D(fftSize);
        this.responseSpectra = new FftConvolver[ir.channelCount()][partitions];
        for (int c = 0; c < ir.channelCount(); c++) {
            float[] h = ir.channelView(c);
            for (int p = 0; p < partitions; p++) {
                int from = p * partitionFrames;
                float[] part = Arrays.copyOfRange(h, from, Math.min(h.length, from + partitionFrames));
                responseSpectra[c][p] = new FftConvolver(part, fftSize, transform);
            }
        }
        this.delayLine = new float[inputChannels][partitions][fftSize];
        this.inputWindow = new float[inputChannels][fftSize];
        this.outputPartition = new float[routing.outputChannels()][partitionFrames];
        this.accumulator = new float[fftSize];
    }

    /** Number of input channels {@link #process} reads. */
    public int inputChannels() {
        return routing.inputChannels();
    }

    /** Number of output channels {@link #process} writes. */
    public int outputChannels() {
        return routing.outputChannels();
    }

    /** Latency in frames between input and output: the partition length. */
    public int latencyFrames() {
        return partitionFrames;
    }

    /** Partition length in frames. */
    public int partitionFrames() {
        return partitionFrames;
    }

    /**
     * Convolves {@code frames} frames. Output frame {@code t} is the convolution at input frame
     * {@code t - latencyFrames()} (silence before the first input has come through). Allocates nothing.
     *
     * @param in     {@link #inputChannels()} rows of at least {@code frames} samples; only read; caller-owned
     * @param out    {@link #outputChannels()} rows of at least {@code frames} samples; written; may be the same
     *               arrays as {@code in} (in place, when the channel counts allow); caller-owned
     * @param frames any number of frames, 0 or more
     */
    public void process(float[][] in, float[][] out, int frames) {
        int done = 0;
        int inputs = routing.inputChannels();
        while (done < frames) {
            int chunk = Math.min(frames - done, partitionFrames - fifoPosition);
            for (int c = 0; c < inputs; c++) {
                System.arraycopy(in[c], done, inputWindow[c], fftSize - partitionFrames + fifoPosition, chunk);
            }
            for (int c = 0; c < outputPartition.length; c++) {
                System.arraycopy(outputPartition[c], fifoPosition, out[c], done, chunk);
            }
            fifoPosition += chunk;
            done += chunk;
            if (fifoPosition == partitionFrames) {
                convolvePartition();
                fifoPosition = 0;
            }
        }
    }

    /** Clears the input history and pending output as if nothing had been processed. Allocates nothing. */
    public void reset() {
        for (float[][] slots : delayLine) {
            for (float[] slot : slots) {
                Arrays.fill(slot, 0f);
            }
        }
        for (float[] window : inputWindow) {
            Arrays.fill(window, 0f);
        }
        for (float[] output : outputPartition) {
            Arrays.fill(output, 0f);
        }
        fifoPosition = 0;
        newestSlot = 0;
    }

    private void convolvePartition() {
        newestSlot = newestSlot == 0 ? partitions - 1 : newestSlot - 1;
        for (int c = 0; c < inputWindow.length; c++) {
            float[] window = inputWindow[c];
            float[] spectrum = delayLine[c][newestSlot];
            System.arraycopy(window, 0, spectrum, 0, fftSize);
            transform.realForward(spectrum);
            // Slide the window: the partition just completed becomes the history of the next one.
            System.arraycopy(window, fftSize - partitionFrames, window, fftSize - 2 * partitionFrames,
                    partitionFrames);
        }
        for (int o = 0; o < outputPartition.length; o++) {
            Arrays.fill(accumulator, 0f);
            for (int k = 0; k < routing.paths(o); k++) {
                float[][] inputSpectra = delayLine[routing.inputChannel(o, k)];
                FftConvolver[] response = responseSpectra[routing.irChannel(o, k)];
                int slot = newestSlot;
                for (int p = 0; p < partitions; p++) {
                    response[p].multiplyAccumulate(inputSpectra[slot], accumulator);
                    slot = slot + 1 == partitions ? 0 : slot + 1;
                }
            }
            transform.realInverse(accumulator, false);
            System.arraycopy(accumulator, fftSize - partitionFrames, outputPartition[o], 0, partitionFrames);
        }
    }
}
