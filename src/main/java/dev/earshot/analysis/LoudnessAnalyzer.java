package dev.earshot.analysis;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures a whole {@link AudioSource} with a {@link LoudnessMeter}, streaming it in blocks (memory independent of
 * duration). The calling thread reads and K-weights; true peak, the costliest part, runs on up to two worker threads
 * (channels split between them), pipelined with the reading. Each half of the meter sees the blocks in order, so the
 * result is identical to feeding the meter on one thread. Stateless; safe to call from several threads at once.
 */
public final class LoudnessAnalyzer {
    /** Frames per block read from the source. */
    static final int BLOCK_FRAMES = 8192;
    /** Blocks in flight: one being read while the workers finish the previous ones. */
    private static final int SLOTS = 3;
    private static final int MAX_WORKERS = 2;

    private LoudnessAnalyzer() {
    }

    /**
     * Analyses the source from its current position to its end. The caller keeps and closes the source.
     *
     * @param layout     channel layout; {@code null} for {@link ChannelLayout#defaultFor} the source's channel count
     * @param monoAsDual weigh a mono source as two speakers (+3.01 LU), see {@link LoudnessOptions}
     * @param progress   told the fraction done after every block when the source's length is known
     * @return the figures, without the 100 ms series
     * @throws IOException              if the source fails while reading (its message names the file)
     * @throws IllegalArgumentException if the layout does not fit the source's channel count
     */
    public static LoudnessResult analyze(AudioSource source, ChannelLayout layout, boolean monoAsDual,
                                         ProgressListener progress) throws IOException {
        int channels = source.format().channels();
        ChannelLayout resolved = layout == null ? ChannelLayout.defaultFor(channels) : layout;
        return analyze(source, new LoudnessOptions(resolved, monoAsDual, false), progress);
    }

    /** As {@link #analyze(AudioSource, ChannelLayout, boolean, ProgressListener)} with explicit options. */
    public static LoudnessResult analyze(AudioSource source, LoudnessOptions options, ProgressListener progress)
            throws IOException {
        int channels = source.format().channels();
        LoudnessMeter meter = new LoudnessMeter(source.format().sampleRate(), channels, options);
        int workers = Math.min(MAX_WORKERS, channels);
        List<ExecutorService> executors = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            executors.add(Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "earshot-true-peak");
                thread.setDaemon(true);
                return thread;
            }));
        }
        try {
            run(source, meter, executors, progress);
        } finally {
            executors.forEach(ExecutorService::shutdownNow);
        }
        return meter.result();
    }

    private static void run(AudioSource source, LoudnessMeter meter, List<ExecutorService> executors,
                            ProgressListener progress) throws IOException {
        int channels = meter.channels();
        float[][][] slots = new float[SLOTS][channels][BLOCK_FRAMES];
        List<List<Future<?>>> pending = new ArrayList<>(Collections.nCopies(SLOTS, List.of()));
        long length = source.lengthFrames();
        long done = 0;
        for (long block = 0; ; block++) {
            int slot = (int) (block % SLOTS);
            await(pending.get(slot));
            float[][] buffer = slots[slot];
            int frames = source.read(buffer, BLOCK_FRAMES);
            if (frames < 0) {
                break;
            }
            List<Future<?>> futures = new ArrayList<>(executors.size());
            for (int w = 0; w < executors.size(); w++) {
                int first = w;
                futures.add(executors.get(w).submit(() -> {
                    for (int c = first; c < channels; c += executors.size()) {
                        meter.addPeaks(c, buffer[c], frames);
                    }
                }));
            }
            pending.set(slot, futures);
            meter.addLoudness(buffer, frames);
            done += frames;
            if (length > 0) {
                progress.progress(Math.min(1.0, done / (double) length));
            }
        }
        for (List<Future<?>> futures : pending) {
            await(futures);
        }
    }

    private static void await(List<Future<?>> futures) throws IOException {
        try {
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("loudness analysis interrupted");
        } catch (ExecutionException e) {
            throw new IllegalStateException("true-peak measurement failed", e.getCause());
        }
    }
}
