package dev.earshot.ui;

import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.NullOutput;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link NullOutput} paced to the wall clock: {@link #write} returns when the audio written so far would have
 * played on a sound card, so the playhead moves in real time on a machine without one. When the engine falls
 * behind (a busy processor) it does not try to catch up with a burst; the clock restarts from the late block.
 * Audio thread only, as every {@link AudioOutput}; allocates nothing after {@link #open}.
 */
public final class SilentRealTimeOutput implements AudioOutput {
    private static final long MAX_LATE_NANOS = 100_000_000L;
    private final NullOutput sink = new NullOutput();
    private double nanosPerFrame;
    private long startNanos;
    private long framesSinceStart;

    @Override
    public void open(int sampleRate, int channels, int blockFrames) {
        sink.open(sampleRate, channels, blockFrames);
        nanosPerFrame = 1e9 / sampleRate;
        startNanos = System.nanoTime();
        framesSinceStart = 0;
    }

    @Override
    public void write(float[][] block, int frames) {
        sink.write(block, frames);
        framesSinceStart += frames;
        long due = startNanos + (long) (framesSinceStart * nanosPerFrame);
        long now = System.nanoTime();
        if (now - due > MAX_LATE_NANOS) {
            startNanos = now;
            framesSinceStart = 0;
            return;
        }
        while (due - now > 0) {
            LockSupport.parkNanos(due - now);
            now = System.nanoTime();
        }
    }

    /** Frames written since {@link #open}; any thread. */
    public long framesWritten() {
        return sink.framesWritten();
    }

    @Override
    public void close() {
        sink.close();
    }
}
