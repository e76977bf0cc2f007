package dev.earshot.playback;

/**
 * Suspending the chains nobody listens to, for engines with many profiles: only the sources being heard (and faded
 * to) run. A suspended chain that is selected is reset and fed the recent input again from a history ring, up to
 * {@value #CATCH_UP_BLOCKS} blocks per callback, until it has caught up with the present; then it runs normally and
 * the crossfade to it starts. Its state is then what it would have been had it run all along, as long as the chain's
 * memory (latency, response length and the margin {@value #MARGIN_SECONDS} s for envelopes) fits in the history. The
 * price is a switching delay of about memory / ({@value #CATCH_UP_BLOCKS} blocks) callbacks: 60 to 120 ms for the
 * shipped profiles. Allocates only in its constructor; audio thread only.
 */
final class ChainWarmUp {
    static final int CATCH_UP_BLOCKS = 8;
    static final double MARGIN_SECONDS = 0.25;
    private static final double MAX_MEMORY_SECONDS = 3.0;

    private final int blockFrames;
    private final float[][] history;
    private final float[][] chunk;
    private final int capacity;
    private long streamFrames;
    private long historyStart;
    private int warming = -1;
    private long warmPosition;

    /** @param memoryFrames the longest memory of any chain (latency plus tail), frames */
    ChainWarmUp(int sampleRate, int memoryFrames, int blockFrames) {
        long wanted = Math.min((long) (MAX_MEMORY_SECONDS * sampleRate),
                memoryFrames + (long) (MARGIN_SECONDS * sampleRate));
        int blocks = (int) ((wanted + blockFrames - 1) / blockFrames) + 1;
        this.blockFrames = blockFrames;
        this.capacity = blocks * blockFrames;
        this.history = new float[2][capacity];
        this.chunk = new float[2][blockFrames];
    }

    /** The chain being brought up to date, or -1. */
    int warming() {
        return warming;
    }

    /** Starts bringing suspended chain {@code s} up to date (abandoning any other); it stays suspended meanwhile. */
    void request(SourceBank bank, int s) {
        warming = s;
        bank.resetSource(s);
        warmPosition = Math.max(historyStart, streamFrames - capacity + blockFrames);
    }

    /** Abandons the chain being brought up to date, if any. */
    void cancel() {
        warming = -1;
    }

    /**
     * Before the bank processes the next block: feeds the warming chain up to {@value #CATCH_UP_BLOCKS} blocks of
     * history; once it has caught up, resumes it and selects it in the mixer.
     */
    void beforeBlock(SourceBank bank, SourceMixer mixer) {
        if (warming < 0) {
            return;
        }
        for (int k = 0; k < CATCH_UP_BLOCKS && warmPosition < streamFrames; k++) {
            int at = (int) (warmPosition % capacity);
            System.arraycopy(history[0], at, chunk[0], 0, blockFrames);
            System.arraycopy(history[1], at, chunk[1], 0, blockFrames);
            bank.warm(warming, chunk, blockFrames);
            warmPosition += blockFrames;
        }
        if (warmPosition >= streamFrames) {
            bank.setSuspended(warming, false);
            mixer.select(warming);
            warming = -1;
        }
    }

    /** After the bank processed {@code input} (one whole block): keeps it in the history. */
    void afterBlock(float[][] input) {
        int at = (int) (streamFrames % capacity);
        System.arraycopy(input[0], 0, history[0], at, blockFrames);
        System.arraycopy(input[1], 0, history[1], at, blockFrames);
        streamFrames += blockFrames;
    }

    /** The chains were reset (a jump while paused): the history before now is no chain's past any more. */
    void forget() {
        historyStart = streamFrames;
        warmPosition = Math.max(warmPosition, historyStart);
    }

    /** Suspends every chain that is neither heard, faded to, nor waiting to be faded to. */
    void suspendIdle(SourceBank bank, SourceMixer mixer) {
        for (int s = 1; s < bank.count(); s++) {
            boolean heard = s == mixer.active() || s == mixer.next() || s == mixer.pending();
            if (!heard && !bank.isSuspended(s)) {
                bank.setSuspended(s, true);
            }
        }
    }
}
