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
import java.util.concurrent.Future;

/**
 * One offline render: reads the source in batches of consecutive overlap-save blocks, convolves each block of a
 * batch on its own worker, and meanwhile, on the calling thread, hands the previous batch to the sink and reads the
 * next one. Two batches alternate, so reading and writing overlap the transforms.
 *
 * <p>A batch's window holds {@code irFrames - 1} frames of history followed by {@code blocks * hopFrames} new
 * frames; block {@code b} reads window frames {@code [b * hop, b * hop + fftSize)} and writes output frames
 * {@code [b * hop, (b + 1) * hop)}. Not thread-safe: used by the thread that calls {@link #stream}.
 */
final class OverlapSaveStream {
    private static final int READ_FRAMES = 1 << 16;

    private final AudioSource source;
    private final BlockConvolver[] blockConvolvers;
    private final ExecutorService workers;
    private final boolean trim;
    private final int hopFrames;
    private final int historyFrames;
    private final int batchFrames;
    private final Batch[] batches;
    private final float[][] readBlock;
    private long inputFrames;
    private boolean ended;

    /** The input window and the output of one batch. */
    private record Batch(float[][] window, float[][] output) {
    }

    /**
     * @param blocksPerBatch blocks convolved at once, usually one per worker thread
     * @param workers        runs the blocks; not shut down here
     */
    OverlapSaveStream(AudioSource source, FftConvolver[] convolvers, ConvolutionRouting routing, int blocksPerBatch,
                      ExecutorService workers, boolean trim) {
        this.source = source;
        this.workers = workers;
        this.trim = trim;
        this.hopFrames = convolvers[0].hopFrames();
        this.historyFrames = convolvers[0].irFrames() - 1;
        this.batchFrames = blocksPerBatch * hopFrames;
        this.blockConvolvers = new BlockConvolver[blocksPerBatch];
        for (int b = 0; b < blocksPerBatch; b++) {
            blockConvolvers[b] = new BlockConvolver(convolvers, routing);
        }
        this.batches = new Batch[2];
        for (int i = 0; i < batches.length; i++) {
            batches[i] = new Batch(new float[routing.inputChannels()][historyFrames + batchFrames],
                    new float[routing.outputChannels()][batchFrames]);
        }
        this.readBlock = new float[routing.inputChannels()][Math.min(READ_FRAMES, batchFrames)];
    }

    /** Streams the whole source; returns the frames passed to {@code sink}. */
    long stream(BlockSink sink, ProgressListener progress, long lengthFrames) throws IOException {
        Batch current = batches[0];
        Batch next = batches[1];
        fill(current);
        long scheduled = 0;
        long written = 0;
        int pendingFrames = 0;
        double reported = 0;
        while (true) {
            long target = ended ? inputFrames + (trim ? 0 : historyFrames) : Long.MAX_VALUE;
            int frames = (int) Math.max(0, Math.min(batchFrames, target - scheduled));
            List<Future<?>> running = convolve(current, frames);
            if (pendingFrames > 0) {
                sink.accept(next.output(), pendingFrames);
                written += pendingFrames;
                if (lengthFrames > 0 && Math.min(1.0, written / (double) lengthFrames) > reported) {
                    reported = Math.min(1.0, written / (double) lengthFrames);
                    progress.progress(reported);
                }
            }
            if (frames == 0) {
                break;
            }
            scheduled += frames;
            if (scheduled < target) {
                for (int c = 0; c < current.window().length; c++) {
                    System.arraycopy(current.window()[c], batchFrames, next.window()[c], 0, historyFrames);
                }
                fill(next);
            }
            await(running);
            pendingFrames = frames;
            Batch done = current;
            current = next;
            next = done;
        }
        progress.progress(1.0);
        return written;
    }

    /** Reads up to one batch after the history; pads with silence once the source has ended. */
    private void fill(Batch batch) throws IOException {
        float[][] window = batch.window();
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

    /** Starts the blocks that make up the first {@code frames} output frames of {@code batch}. */
    private List<Future<?>> convolve(Batch batch, int frames) {
        int blocks = (frames + hopFrames - 1) / hopFrames;
        List<Future<?>> running = new ArrayList<>(blocks);
        for (int b = 0; b < blocks; b++) {
            int offset = b * hopFrames;
            int count = Math.min(hopFrames, frames - offset);
            BlockConvolver convolver = blockConvolvers[b];
            running.add(workers.submit(() -> convolver.process(batch.window(), offset, batch.output(), offset,
                    count)));
        }
        return running;
    }

    private static void await(List<Future<?>> running) throws IOException {
        try {
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("convolution was interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("convolution worker failed: " + e.getCause(), e.getCause());
        }
    }
}
