package dev.earshot.playback.blind;

import dev.earshot.playback.AudioOutput;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * Wraps an output that returns at once (a {@link dev.earshot.playback.NullOutput}) and makes every write take about
 * as long as the block would play, as a sound card does, so an engine on it does not spin a processor core. For
 * headless sessions and tests; pacing is approximate (it sleeps, it does not keep a clock).
 */
public final class PacedOutput implements AudioOutput {
    private final AudioOutput inner;
    private long blockNanos;

    /** @param inner the output that receives the blocks; closed with this one */
    public PacedOutput(AudioOutput inner) {
        this.inner = inner;
    }

    @Override
    public void open(int sampleRate, int channels, int blockFrames) throws IOException {
        inner.open(sampleRate, channels, blockFrames);
        blockNanos = 1_000_000_000L * blockFrames / sampleRate;
    }

    @Override
    public void write(float[][] block, int frames) throws IOException {
        inner.write(block, frames);
        LockSupport.parkNanos(blockNanos);
    }

    @Override
    public long underruns() {
        return inner.underruns();
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
