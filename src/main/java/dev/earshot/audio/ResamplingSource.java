package dev.earshot.audio;

import java.io.IOException;
import java.util.Arrays;

/**
 * A streaming sample-rate converter: wraps another {@link AudioSource} and delivers it at {@code targetRate}. Output
 * frame {@code n} corresponds to input time {@code n·sourceRate/targetRate}, with no added delay, and the samples are
 * identical to {@link Resampler#resample} of the whole channel. Memory is bounded (a window of a few hundred input
 * frames per channel plus one read block) and independent of the stream's length.
 *
 * <p>The format keeps the source's channels, bit depth, encoding and container; only the rate changes. Not
 * thread-safe: one thread reads. Closing this source closes the wrapped one.
 */
public final class ResamplingSource implements AudioSource {
    private static final int READ_FRAMES = 4096;

    private final AudioSource source;
    private final AudioFormatInfo format;
    private final ResamplingKernel kernel;
    private final int channels;
    private final int halfTaps;
    private final float[][] window;
    private final float[][] readBlock;
    private final double[] scratch;
    /** Input index held by {@code window[c][0]}. */
    private long windowStart;
    private int windowFrames;
    private long outputIndex;
    private long outputLimit = Long.MAX_VALUE;

    /**
     * @param source     the stream to convert; owned by this object from now on
     * @param targetRate output rate in Hz, 8 000 to 384 000
     * @throws IllegalArgumentException if the rate is out of range
     */
    public ResamplingSource(AudioSource source, int targetRate) {
        this.source = source;
        AudioFormatInfo from = source.format();
        format = new AudioFormatInfo(targetRate, from.channels(), from.bitsPerSample(), from.encoding(),
                from.container());
        channels = from.channels();
        if (from.sampleRate() == targetRate) {
            kernel = null;
            halfTaps = 0;
            window = null;
            readBlock = null;
            scratch = null;
            return;
        }
        kernel = new ResamplingKernel(from.sampleRate(), targetRate);
        halfTaps = kernel.halfTaps();
        window = new float[channels][4 * halfTaps + READ_FRAMES];
        readBlock = new float[channels][READ_FRAMES];
        scratch = new double[2 * halfTaps];
        // Silence before the first input sample, so output 0 sees zeros on its left like Resampler does.
        windowStart = -(halfTaps - 1);
        windowFrames = halfTaps - 1;
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    /** {@code round(sourceLength·targetRate/sourceRate)}, or -1 if the source does not know its length. */
    @Override
    public long lengthFrames() {
        long sourceFrames = source.lengthFrames();
        if (kernel == null || sourceFrames < 0) {
            return sourceFrames;
        }
        return kernel.outputLength(sourceFrames);
    }

    @Override
    public int read(float[][] block, int maxFrames) throws IOException {
        if (kernel == null) {
            return source.read(block, maxFrames);
        }
        int produced = 0;
        while (produced < maxFrames && outputIndex < outputLimit) {
            long base = kernel.inputBase(outputIndex);
            long first = base - halfTaps + 1;
            if (base + halfTaps >= windowStart + windowFrames) {
                fill(first);
                continue;
            }
            int offset = (int) (first - windowStart);
            for (int c = 0; c < channels; c++) {
                block[c][produced] = kernel.apply(window[c], offset, outputIndex, scratch);
            }
            produced++;
            outputIndex++;
        }
        return produced == 0 ? -1 : produced;
    }

    /** Drops input before {@code keepFrom} and appends one block from the source, or silence after its end. */
    private void fill(long keepFrom) throws IOException {
        int drop = (int) (keepFrom - windowStart);
        if (drop > 0) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(window[c], drop, window[c], 0, windowFrames - drop);
            }
            windowStart += drop;
            windowFrames -= drop;
        }
        int room = window[0].length - windowFrames;
        int frames = outputLimit == Long.MAX_VALUE ? source.read(readBlock, Math.min(room, READ_FRAMES)) : -1;
        if (frames > 0) {
            for (int c = 0; c < channels; c++) {
                System.arraycopy(readBlock[c], 0, window[c], windowFrames, frames);
            }
            windowFrames += frames;
            return;
        }
        if (outputLimit == Long.MAX_VALUE) {
            outputLimit = kernel.outputLength(windowStart + windowFrames);
        }
        // Past the end: the window of every remaining output reaches at most 2·halfTaps beyond the last input.
        int silence = Math.min(room, 2 * halfTaps + 1);
        for (int c = 0; c < channels; c++) {
            Arrays.fill(window[c], windowFrames, windowFrames + silence, 0f);
        }
        windowFrames += silence;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
