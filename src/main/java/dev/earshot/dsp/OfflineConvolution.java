package dev.earshot.dsp;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
 * overlap-save, so a batch of consecutive blocks is computed in parallel, one block per worker thread, while the
 * calling thread writes the previous batch to the sink and reads the next one; the output is identical for every
 * thread count.
 */
public final class OfflineConvolution {
    private static final int MAX_DEFAULT_THREADS = 4;

    private OfflineConvolution() {
    }

    /**
     * As {@link #render(AudioSource, ImpulseResponse, boolean, BlockSink, ProgressListener, int)} with one worker
     * thread per core, at most four.
     */
    public static long render(AudioSource source, ImpulseResponse ir, boolean trim, BlockSink sink,
                              ProgressListener progress) throws IOException {
        int threads = Math.max(1, Math.min(MAX_DEFAULT_THREADS, Runtime.getRuntime().availableProcessors()));
        return render(source, ir, trim, sink, progress, threads);
    }

    /**
     * Reads {@code source} to its end, convolves it with {@code ir} and passes the result to {@code sink} in order.
     * Convolves on {@code threads} worker threads created for this call and stopped before it returns; the calling
     * thread reads the source and calls the sink meanwhile. Does not close the source.
     *
     * @param source   read from its current position to its end; its channel count must suit
     *                 {@link ImpulseResponse#outputChannels(int)}
     * @param ir       response at the source's sample rate
     * @param trim     if true the output stops after as many frames as the input had (the reverb tail is cut)
     * @param sink     receives {@code ir.outputChannels(inputChannels)} channels, called on the calling thread
     * @param progress told the fraction of the source convolved and passed on (from {@link AudioSource#lengthFrames()}, so
     *                 only an estimate where the length is), non-decreasing, and 1 at the end
     * @param threads  worker threads, 1 or more; the number of cores suits a render that runs alone
     * @return frames passed to the sink
     * @throws IllegalArgumentException if the sample rates differ or the channel counts do not fit
     * @throws java.io.InterruptedIOException if the calling thread is interrupted
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
        ExecutorService workers = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            return new OverlapSaveStream(source, convolvers, routing, threads, workers, trim)
                    .stream(sink, progress, lengthFrames);
        } finally {
            workers.shutdownNow();
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
