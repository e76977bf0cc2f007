package dev.earshot.playback;

import dev.earshot.audio.ResamplingSource;
import java.io.IOException;

/**
 * The engine's audio thread and its output: opens the output at the master's rate or, when the device cannot run at
 * it, at the device's rate with the rendered stream converted on the audio thread; then renders and writes blocks
 * until asked to stop. The loop allocates nothing and takes no lock; the only I/O is the output's {@code write}.
 *
 * <p>{@link #start}, {@link #close} are called under the engine's lock; the other methods from any thread.
 */
final class AudioThread {
    private final AudioOutput output;
    private final BlockRenderer renderer;
    private final int sampleRate;
    private final int blockFrames;
    private ResamplingSource converter;
    private float[][] deviceBlock;
    private volatile int outputRate;
    private volatile boolean stopRequested;
    private volatile Throwable failure;
    private Thread thread;

    /** @param sampleRate the master's rate, at which {@code renderer} renders blocks of {@code blockFrames} */
    AudioThread(AudioOutput output, BlockRenderer renderer, int sampleRate, int blockFrames) {
        this.output = output;
        this.renderer = renderer;
        this.sampleRate = sampleRate;
        this.blockFrames = blockFrames;
    }

    /** Whether {@link #start} has been called. */
    boolean started() {
        return thread != null;
    }

    /** Opens the output (converting the rate if it must) and starts the thread. */
    void start() throws IOException {
        if (thread != null) {
            throw new IllegalStateException("the engine has already been started");
        }
        int rate = output.openRate(sampleRate);
        if (rate != sampleRate) {
            converter = new ResamplingSource(new RenderedStream(sampleRate, renderer.block(), blockFrames,
                    renderer::render), rate);
            deviceBlock = new float[2][blockFrames];
        }
        output.open(rate, 2, blockFrames);
        outputRate = rate;
        thread = new Thread(this::run, "earshot-audio");
        thread.setDaemon(true);
        thread.setPriority(Thread.MAX_PRIORITY);
        thread.start();
    }

    /** The rate the output runs at, frames per second; 0 before {@link #start}. */
    int outputRate() {
        return outputRate;
    }

    /** What stopped the thread, or null. */
    Throwable failure() {
        return failure;
    }

    /** Asks the thread to stop after the block it is playing; allocates nothing. */
    void requestStop() {
        stopRequested = true;
    }

    /**
     * Stops the thread, waits for it and closes the output (if started).
     *
     * @throws IOException if the output fails to close or the thread failed
     */
    void close() throws IOException {
        stopRequested = true;
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while stopping the audio thread", e);
            }
            output.close();
        }
        if (failure != null) {
            throw new IOException("the audio thread failed: " + failure, failure);
        }
    }

    private void run() {
        try {
            while (!stopRequested) {
                playBlock();
            }
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
    }

    private void playBlock() throws IOException {
        if (converter == null) {
            renderer.render();
            output.write(renderer.block(), blockFrames);
        } else {
            int frames = converter.read(deviceBlock, blockFrames);
            output.write(deviceBlock, frames);
        }
    }
}
