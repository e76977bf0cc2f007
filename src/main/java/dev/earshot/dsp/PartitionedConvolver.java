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
 * <p>Offline, where latency costs nothing, {@link #offline} keeps the whole response as one partition and takes
 * larger transforms that each yield many more new frames than they would as uniform partitions.
 *
 * <p>Channel routing follows {@link ImpulseResponse}: a mono response is applied to every input channel, a stereo
 * one maps left to left and right to right, a true-stereo one mixes both inputs into both outputs.
 *
 * <p>All buffers are allocated by the constructor; {@link #process} and {@link #reset} allocate nothing and take no
 * locks as long as the transform stays below JTransforms' multithreading threshold (8192 points by default, so
 * partitions up to 2048 frames, or any size when {@link DspRuntime#configureThreads} was given 1); larger transforms
 * may be split across JTransforms' worker threads, which is fine offline but not on an audio thread. Cost, measured
 * on this project's 2-core build machine for a 1 s true-stereo response at 48 kHz: about 4 % of one core with
 * 256-frame partitions. Not
 * thread-safe: one thread processes.
 */
public final class PartitionedConvolver implements StreamingConvolver {
    /** Largest partition accepted, in frames. */
    public static final int MAX_PARTITION_FRAMES = 1 << 16;
    /** Largest transform {@link #offline} uses, in points. */
    public static final int MAX_OFFLINE_FFT_SIZE = 1 << 17;
    private static final int MIN_OFFLINE_FFT_SIZE = 1 << 13;
    private static final int OFFLINE_FALLBACK_PARTITION_FRAMES = 8192;
    /** The partition length that asks {@link #create} for an {@link #offline} convolver. */
    public static final int OFFLINE = 0;

    private final ConvolutionRouting routing;
    private final int hopFrames;
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
        // A power of two of at least twice the partition (and 4, for JTransforms' packed real layout); the window
        // holds the previous and the new partition at its end, older input before them, which changes nothing.
        this(ir, inputChannels, checkedPartition(partitionFrames), partitionFrames,
                Math.max(4, Integer.highestOneBit(2 * partitionFrames - 1) << 1));
    }

    /**
     * A convolver for offline work, where latency costs nothing: the whole response is one partition and every
     * transform of {@code N} points yields {@code N - L + 1} new frames for a response of {@code L} frames, with the
     * power of two {@code N} (8 192 to {@value #MAX_OFFLINE_FFT_SIZE}) that needs the fewest operations per frame.
     * For a 12 000-frame response this is 65 536 points and 53 537 frames per transform, about 1.5 times less work
     * per frame than 8 192-frame uniform partitions. Responses longer than {@value #MAX_OFFLINE_FFT_SIZE} / 2 frames
     * fall back to uniform 8 192-frame partitions, so memory stays bounded. The latency, {@link #latencyFrames()},
     * depends on the response's length.
     *
     * @param ir            the response
     * @param inputChannels as for the uniform constructor
     * @return a convolver with the same contract as the uniform one
     */
    public static PartitionedConvolver offline(ImpulseResponse ir, int inputChannels) {
        int length = ir.lengthFrames();
        if (2L * length > MAX_OFFLINE_FFT_SIZE) {
            return new PartitionedConvolver(ir, inputChannels, OFFLINE_FALLBACK_PARTITION_FRAMES);
        }
        int best = 0;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int n = Math.max(MIN_OFFLINE_FFT_SIZE, Integer.highestOneBit(2 * length - 1) << 1);
             n <= MAX_OFFLINE_FFT_SIZE; n <<= 1) {
            // Two transforms (about N log2 N each) plus the spectral products and copies (a few N) per hop.
            double cost = n * (Math.log(n) / Math.log(2) + 2.0) / (n - length + 1);
            if (cost < bestCost) {
                bestCost = cost;
                best = n;
            }
        }
        return new PartitionedConvolver(ir, inputChannels, best - length + 1, length, best);
    }

    /**
     * A uniformly partitioned convolver, or an {@link #offline} one when {@code partitionFrames} is
     * {@link #OFFLINE}.
     *
     * @throws IllegalArgumentException if {@code partitionFrames} is neither {@link #OFFLINE} nor 1 to
     *                                  {@value #MAX_PARTITION_FRAMES}, or the channel counts do not fit
     */
    public static PartitionedConvolver create(ImpulseResponse ir, int inputChannels, int partitionFrames) {
        return partitionFrames == OFFLINE ? offline(ir, inputChannels)
                : new PartitionedConvolver(ir, inputChannels, partitionFrames);
    }

    /** Checks a partition length for {@link #create}: {@link #OFFLINE} or 1 to {@value #MAX_PARTITION_FRAMES}. */
    public static void requirePartition(int partitionFrames) {
        if (partitionFrames != OFFLINE) {
            checkedPartition(partitionFrames);
        }
    }

    private static int checkedPartition(int partitionFrames) {
        if (partitionFrames < 1 || partitionFrames > MAX_PARTITION_FRAMES) {
            throw new IllegalArgumentException("partition length " + partitionFrames + " frames is outside 1.."
                    + MAX_PARTITION_FRAMES);
        }
        return partitionFrames;
    }

    /**
     * @param hopFrames       new input frames per transform, the latency; equal to {@code partitionFrames} when the
     *                        response has several partitions (the delay line steps one partition per hop)
     * @param partitionFrames response partition length
     * @param fftSize         a power of two of at least {@code hopFrames + partitionFrames - 1}
     */
    private PartitionedConvolver(ImpulseResponse ir, int inputChannels, int hopFrames, int partitionFrames,
                                 int fftSize) {
        this.routing = ConvolutionRouting.of(ir, inputChannels);
        this.hopFrames = hopFrames;
        this.partitionFrames = partitionFrames;
        this.fftSize = fftSize;
        this.partitions = (ir.lengthFrames() + partitionFrames - 1) / partitionFrames;
        if (partitions > 1 && hopFrames != partitionFrames) {
            throw new IllegalArgumentException("a partitioned response needs hop = partition");
        }
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
        this.outputPartition = new float[routing.outputChannels()][hopFrames];
        this.accumulator = new float[fftSize];
    }

    /** Number of input channels {@link #process} reads. */
    @Override
    public int inputChannels() {
        return routing.inputChannels();
    }

    /** Number of output channels {@link #process} writes. */
    @Override
    public int outputChannels() {
        return routing.outputChannels();
    }

    /** Latency in frames between input and output: the input frames per transform (the partition length, except
     * for {@link #offline} convolvers). */
    @Override
    public int latencyFrames() {
        return hopFrames;
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
    @Override
    public void process(float[][] in, float[][] out, int frames) {
        int done = 0;
        int inputs = routing.inputChannels();
        while (done < frames) {
            int chunk = Math.min(frames - done, hopFrames - fifoPosition);
            for (int c = 0; c < inputs; c++) {
                System.arraycopy(in[c], done, inputWindow[c], fftSize - hopFrames + fifoPosition, chunk);
            }
            for (int c = 0; c < outputPartition.length; c++) {
                System.arraycopy(outputPartition[c], fifoPosition, out[c], done, chunk);
            }
            fifoPosition += chunk;
            done += chunk;
            if (fifoPosition == hopFrames) {
                convolvePartition();
                fifoPosition = 0;
            }
        }
    }

    /** Clears the input history and pending output as if nothing had been processed. Allocates nothing. */
    @Override
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
            // Slide the window by one hop: the newest input becomes the history of the next transform.
            System.arraycopy(window, hopFrames, window, 0, fftSize - hopFrames);
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
            System.arraycopy(accumulator, fftSize - hopFrames, outputPartition[o], 0, hopFrames);
        }
    }
}
