package dev.earshot.playback;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A device output that, when the device cannot be opened (or there is none), plays silently at real-time pace
 * instead, so that the player, its playhead and its meters keep working, and says why in
 * {@link #fallbackReason()}: a sentence the window can show. Same threading as every {@link AudioOutput}; the reason
 * may be read from any thread. Allocates nothing in {@link #write}.
 */
public final class FallbackOutput implements AudioOutput {
    private final AudioOutput preferred;
    private volatile String reason;
    private boolean silent;
    private int sampleRate;
    private long startNanos;
    private long framesWritten;

    /**
     * @param preferred the device output, or null to play silently from the start
     * @param reason    why there is no device when {@code preferred} is null; ignored otherwise
     */
    public FallbackOutput(AudioOutput preferred, String reason) {
        this.preferred = preferred;
        this.reason = preferred == null ? (reason == null ? "no sound output device; playing silently" : reason)
                : null;
    }

    /** Why the output plays silently (the device's error, naming it), or empty while the device plays. */
    public Optional<String> fallbackReason() {
        return Optional.ofNullable(reason);
    }

    @Override
    public int openRate(int rate) {
        return preferred == null ? rate : preferred.openRate(rate);
    }

    @Override
    public void open(int rate, int channels, int blockFrames) {
        silent = preferred == null;
        if (!silent) {
            try {
                preferred.open(rate, channels, blockFrames);
            } catch (IOException e) {
                silent = true;
                reason = e.getMessage() + "; playing silently";
            }
        }
        sampleRate = rate;
        framesWritten = 0;
        startNanos = System.nanoTime();
    }

    @Override
    public long underruns() {
        return silent ? 0 : preferred.underruns();
    }

    @Override
    public void write(float[][] block, int frames) throws IOException {
        if (!silent) {
            preferred.write(block, frames);
            return;
        }
        framesWritten += frames;
        // Wait until the written audio would have played, as a device's blocking write does.
        long due = startNanos + framesWritten * 1_000_000_000L / sampleRate;
        long wait;
        while ((wait = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    @Override
    public void close() throws IOException {
        if (!silent) {
            preferred.close();
        }
    }
}
