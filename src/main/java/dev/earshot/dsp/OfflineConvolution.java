package dev.earshot.dsp;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.jtransforms.fft.FloatFFT_1D;

/**
 * Streams an audio source through an impulse response with FFT overlap-save convolution and hands the result to
 * a sink.
 *
 * <p>The output is aligned with the input (output frame {@code n} is {@code sum_k ir[k] * input[n - k]}, no added
 * latency) and holds {@code input + ir - 1} frames, or exactly {@code input} frames when trimmed. Memory is bounded
 * by the impulse response and the thread count, never by the input's length. Blocks are independent in
 * overlap-save, so a batch of consecutive blocks is computed in parallel, one block per thread; the output is
 * identical for every thread count.
 */
public final class OfflineConvolution {
    private static final int READ_FRAMES = 1 << 16;

    private OfflineConvolution() {
    }

    /**
     * As {@link #render(AudioSource, ImpulseResponse, boolean, BlockSink, ProgressListener, int)} with one thread
     * per core, at most two: the calling thread plus one worker created for this call.
     */
    public static long render(AudioSource source, ImpulseResponse ir, boolean trim, BlockSink sink,
                              ProgressListener progress) throws IOException {
        int threads = Math.min(2, Runtime.getRuntime().availableProcessors());
        return render(source, ir, trim, sink, progress, threads);
    }

    /**
     * Reads {@code source} to its end, convolves it with {@code ir} and passes the result to {@code sink} in order.
     * Runs on the calling thread plus {@code threads - 1} worker threads created for this call and stopped before
     * it returns. Does not close the source.
     *
     * @param source   read from its current position to its end; its channel count must suit
     *                 {@link ImpulseResponse#outputChannels(int)}
     * @param ir       response at the source's sample rate
     * @param trim     if true the output stops after as many frames as the input had (the reverb tail is cut)
     * @param sink     receives {@code ir.outputChannels(inputChannels)} channels, called on the calling thread
     * @param progress told the fraction of the source read so far (from {@link AudioSource#lengthFrames()}, so
     *                 only an estimate where the length is), non-decreasing, and 1 at the end
     * @param threads  1 or more; 2 suits a two-core machine
     * @return frames passed to the sink
     * @throws IllegalArgumentException if the sample rates differ or the channel counts do not fit
     * @throws InterruptedIOException   if the calling thread is interrupted
     * @throws IOException              if the source or the sink fails
     */
    public static long render(AudioSource source, ImpulseResponse ir, boolean trim, BlockSink sink,
                              ProgressListener progress, int threads) throws IOException {
        int sampleRate = source.format().sampleRate();
        if (ir.sampleRate() != sampleRate) {
            throw new IllegalArgumentException("the impulse response is at " + ir.sampleRate() + " Hz but the audio"
                    + " is at " + sampleRate + " Hz; resample the impulse response to the audio's rate first");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be at least 1, not " + threads);
        }
        ConvolutionRouting routing = ConvolutionRouting.of(ir, source.format().channels());
        int fftSize = FftConvolver.fftSizeFor(ir.lengthFrames());
        FloatFFT_1D transform = new FloatFFT_1D(fftSize);
        FftConvolver[] convolvers = new FftConvolver[ir.channelCount()];
        for (int c = 0; c < convolvers.length; c++) {
            convolvers[c] = new FftConvolver(ir.channelView(c), fftSize, transform);
        }
        long lengthFrames = source.lengthFrames();
        if (lengthFrames > 0) {
            long blocks = (lengthFrames + ir.lengthFrames() - 1) / convolvers[0].hopFrames() + 1;
            threads = (int) Math.min(threads, blocks);
        }
        ExecutorService workers = threads > 1 ? Executors.newFixedThreadPool(threads - 1, new WorkerThreads()) : null;
        try {
            return new Run(source, convolvers, routing, threads, workers, trim).stream(sink, progress, lengthFrames);
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    /** The state of one render: the rolling input window and the output of one batch of blocks. */
    private static final class Run {
        private final AudioSource source;
        private final BlockConvolver[] blockConvolvers;
        private final ExecutorService workers;
        private final boolean trim;
        private final int hopFrames;
        private final int historyFrames;
        private final int batchFrames;
        private final float[][] window;
        private final float[][] output;
        private final float[][] readBlock;
        private long inputFrames;
        private boolean ended;

        Run(AudioSource source, FftConvolver[] convolvers, ConvolutionRouting routing, int threads,
            ExecutorService workers, boolean trim) {
            this.source = source;
            this.workers = workers;
            this.trim = trim;
            this.hopFrames = convolvers[0].hopFrames();
            this.historyFrames = convolvers[0].irFrames() - 1;
            this.batchFrames = threads * hopFrames;
            this.blockConvolvers = new BlockConvolver[threads];
            for (int t = 0; t < threads; t++) {
                blockConvolvers[t] = new BlockConvolver(convolvers, routing);
            }
            this.window = new float[routing.inputChannels()][historyFrames + batchFrames];
            this.output = new float[routing.outputChannels()][batchFrames];
            this.readBlock = new float[routing.inputChannels()][Math.min(READ_FRAMES, batchFrames)];
        }

        long stream(BlockSink sink, ProgressListener progress, long lengthFrames) throws IOException {
            long written = 0;
            double reported = 0;
            while (true) {
                fillBatch();
                long target = ended ? inputFrames + (trim ? 0 : historyFrames) : Long.MAX_VALUE;
                if (written >= target) {
                    break;
                }
                int frames = (int) Math.min(batchFrames, target - written);
                convolveBatch(frames);
                sink.accept(output, frames);
                written += frames;
                if (lengthFrames > 0) {
                    double fraction = Math.min(1.0, inputFrames / (double) lengthFrames);
                    if (fraction > reported) {
                        reported = fraction;
                        progress.progress(fraction);
                    }
                }
                for (float[] channel : window) {
                    System.arraycopy(channel, batchFrames, channel, 0, historyFrames);
                }
            }
            progress.progress(1.0);
            return written;
        }

        /** Reads up to one batch after the history; pads with silence once the source has ended. */
        private void fillBatch() throws IOException {
            int filled = 0;
            while (!ended && filled < batchFrames) {
                int count = source.read(readBlock, Math.min(readBlock[0].length, batchFrames - filled));
                if (count < 0) {
                    ended = true;
                    break;
                }
                for (int c = 0; c < window.length; c++) {
                    System.arraycopy(readBlock[c], 0, window[c], historyFrames + filled, count);
                }
                filled += count;
                inputFrames += count;
            }
            if (filled < batchFrames) {
                for (float[] channel : window) {
                    Arrays.fill(channel, historyFrames + filled, channel.length, 0f);
                }
            }
        }

        /** Convolves the blocks that make up the first {@code frames} output frames of the batch. */
        private void convolveBatch(int frames) throws IOException {
            int blocks = (frames + hopFrames - 1) / hopFrames;
            List<Future<?>> pending = new ArrayList<>(blocks);
            for (int b = 1; b < blocks; b++) {
                int offset = b * hopFrames;
                int count = Math.min(hopFrames, frames - offset);
                BlockConvolver convolver = blockConvolvers[b];
                pending.add(workers.submit(() -> convolver.process(window, offset, output, offset, count)));
            }
            blockConvolvers[0].process(window, 0, output, 0, Math.min(hopFrames, frames));
            try {
                for (Future<?> future : pending) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("convolution was interrupted");
            } catch (ExecutionException e) {
                throw new IllegalStateException("convolution worker failed", e.getCause());
            }
        }
    }

    /** Daemon threads, so that a render abandoned by an exception never keeps the JVM alive. */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "earshot-convolution-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
