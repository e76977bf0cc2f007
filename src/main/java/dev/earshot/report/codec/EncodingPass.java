package dev.earshot.report.codec;

import dev.earshot.analysis.Spectrum;
import dev.earshot.analysis.SpectrumAnalyzer;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

/**
 * Reads a master once and encodes it at every bit rate while taking its spectrum. The first encoder runs on the
 * calling thread, each further one on a worker thread of its own, block by block: the workers and the caller encode
 * the same block at the same time (encoders only read it) and the next block is read only when all are done, so
 * memory is one block however many encoders run, and the wall time is about that of the slowest encoder rather than
 * their sum. Workers are daemon threads that end with the pass.
 */
final class EncodingPass {
    private static final int BLOCK_FRAMES = 4096;

    private EncodingPass() {
    }

    /**
     * Encodes {@code source} (from its position to its end) into {@code files}, one per bit rate, and returns the
     * source's spectrum. Progress runs from 0 to 1 when the source's length is known.
     *
     * @throws InterruptedIOException when {@code cancelled} turns true (polled after every block) or the thread is
     *                                interrupted
     * @throws IOException            when reading the source or writing a file fails
     */
    static Spectrum run(AudioSource source, List<Path> files, List<Integer> bitratesKbps, ProgressListener progress,
                        BooleanSupplier cancelled) throws IOException {
        int sampleRate = source.format().sampleRate();
        int channels = source.format().channels();
        SpectrumAnalyzer spectrum = new SpectrumAnalyzer(sampleRate, channels);
        List<Mp3Encoder> encoders = new ArrayList<>();
        List<ExecutorService> workers = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                encoders.add(new Mp3Encoder(files.get(i), sampleRate, channels, bitratesKbps.get(i)));
                if (i > 0) {
                    workers.add(Executors.newSingleThreadExecutor(task -> {
                        Thread thread = new Thread(task, "earshot-mp3-encoder");
                        thread.setDaemon(true);
                        return thread;
                    }));
                }
            }
            float[][] block = new float[channels][BLOCK_FRAMES];
            long length = source.lengthFrames();
            long done = 0;
            int frames;
            List<Future<Void>> pending = new ArrayList<>();
            while ((frames = source.read(block, BLOCK_FRAMES)) > 0) {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedIOException("codec preview cancelled");
                }
                int count = frames;
                pending.clear();
                for (int i = 1; i < encoders.size(); i++) {
                    Mp3Encoder encoder = encoders.get(i);
                    pending.add(workers.get(i - 1).submit(() -> {
                        encoder.encode(block, count);
                        return null;
                    }));
                }
                encoders.get(0).encode(block, count);
                spectrum.add(block, count);
                awaitAll(pending);
                done += frames;
                if (length > 0) {
                    progress.progress(Math.min(1.0, done / (double) length));
                }
            }
            for (Mp3Encoder encoder : encoders) {
                encoder.finish();
            }
        } finally {
            for (ExecutorService worker : workers) {
                worker.shutdownNow();
            }
            closeAll(encoders);
        }
        return spectrum.result();
    }

    private static void awaitAll(List<Future<Void>> pending) throws IOException {
        for (Future<Void> future : pending) {
            try {
                future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("codec preview interrupted");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IOException("MP3 encoding failed", cause);
            }
        }
    }

    private static void closeAll(List<Mp3Encoder> encoders) throws IOException {
        IOException failure = null;
        for (Mp3Encoder encoder : encoders) {
            try {
                encoder.close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
