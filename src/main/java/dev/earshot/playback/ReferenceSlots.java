package dev.earshot.playback;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The control side of the reference tracks: which track is in which slot, and each slot's level match, computed
 * in the background on one daemon thread (the master's integrated loudness once, then each reference's), with a
 * quick estimate from the first {@value #QUICK_SECONDS} s applied at once. Gains reach the audio thread through
 * {@link GainSink}. Thread-safe: any thread may call every method.
 */
final class ReferenceSlots {
    /** Seconds of master and reference measured for the quick estimate. */
    static final int QUICK_SECONDS = 20;

    /** Where applied gains go (the engine's command ring). */
    interface GainSink {
        void apply(int slot, double gainDb);
    }

    private final float[][] master;
    private final int sampleRate;
    private final GainSink sink;
    private final AtomicReferenceArray<ReferenceTrack> tracks;
    private final ReferenceLevel[] levels;
    private final double[] offsetsMs;
    private final CompletableFuture<ReferenceLevel>[] measured;
    private ExecutorService executor;
    private CompletableFuture<Double> masterLufs;

    @SuppressWarnings("unchecked")
    ReferenceSlots(float[][] master, int sampleRate, int slots, GainSink sink) {
        this.master = master;
        this.sampleRate = sampleRate;
        this.sink = sink;
        this.tracks = new AtomicReferenceArray<>(slots);
        this.levels = new ReferenceLevel[slots];
        this.offsetsMs = new double[slots];
        this.measured = new CompletableFuture[slots];
    }

    /**
     * Takes the first free slot for {@code track}, applies the quick level estimate and starts the measurement.
     *
     * @return the slot
     * @throws IllegalStateException if every slot is taken
     */
    synchronized int add(ReferenceTrack track) {
        int slot = take(track);
        levels[slot] = new ReferenceLevel(quickMatchDb(track), 0.0, false);
        apply(slot);
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "earshot-reference-level");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
            masterLufs = CompletableFuture.supplyAsync(() -> LevelMatch.loudnessLufs(master, sampleRate), executor);
        }
        int taken = slot;
        measured[slot] = masterLufs.thenApplyAsync(lufs -> {
            double matchDb = LevelMatch.gainDb(lufs, LevelMatch.loudnessLufs(track.audio(), sampleRate));
            return finish(taken, track, matchDb);
        }, executor);
        return slot;
    }

    /**
     * Takes the first free slot for {@code track} at a fixed gain: no level match is measured.
     *
     * @return the slot
     * @throws IllegalStateException if every slot is taken
     */
    synchronized int addFixed(ReferenceTrack track, double gainDb) {
        int slot = take(track);
        levels[slot] = new ReferenceLevel(gainDb, 0.0, true);
        measured[slot] = CompletableFuture.completedFuture(levels[slot]);
        apply(slot);
        return slot;
    }

    private int take(ReferenceTrack track) {
        int slot = 0;
        while (slot < tracks.length() && tracks.get(slot) != null) {
            slot++;
        }
        if (slot == tracks.length()) {
            throw new IllegalStateException("the player holds at most " + tracks.length() + " reference tracks");
        }
        tracks.set(slot, track);
        return slot;
    }

    int count() {
        int n = 0;
        for (int s = 0; s < tracks.length(); s++) {
            n += tracks.get(s) != null ? 1 : 0;
        }
        return n;
    }

    ReferenceTrack track(int slot) {
        ReferenceTrack track = tracks.get(slot);
        if (track == null) {
            throw new IndexOutOfBoundsException("no reference track in slot " + slot);
        }
        return track;
    }

    synchronized ReferenceLevel level(int slot) {
        track(slot);
        return levels[slot];
    }

    synchronized CompletableFuture<ReferenceLevel> measured(int slot) {
        track(slot);
        return measured[slot];
    }

    synchronized void setTrim(int slot, double trimDb) {
        track(slot);
        ReferenceLevel level = levels[slot];
        levels[slot] = new ReferenceLevel(level.matchGainDb(), trimDb, level.measured());
        apply(slot);
    }

    synchronized void setOffsetMs(int slot, double offsetMs) {
        track(slot);
        offsetsMs[slot] = offsetMs;
    }

    /** Alignment plus manual offset of {@code slot}, frames. */
    synchronized long offsetFrames(int slot) {
        return track(slot).alignmentFrames() + Math.round(offsetsMs[slot] * sampleRate / 1000.0);
    }

    synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private synchronized ReferenceLevel finish(int slot, ReferenceTrack track, double matchDb) {
        if (tracks.get(slot) == track) {
            levels[slot] = new ReferenceLevel(matchDb, levels[slot].trimDb(), true);
            apply(slot);
        }
        return levels[slot];
    }

    private void apply(int slot) {
        sink.apply(slot, levels[slot].appliedGainDb());
    }

    private double quickMatchDb(ReferenceTrack track) {
        int frames = QUICK_SECONDS * sampleRate;
        return LevelMatch.gainDb(LevelMatch.loudnessLufs(excerpt(master, 0, frames), sampleRate),
                LevelMatch.loudnessLufs(excerpt(track.audio(), Math.max(0, track.alignmentFrames()), frames),
                        sampleRate));
    }

    private static float[][] excerpt(float[][] audio, long start, int frames) {
        int from = (int) Math.min(start, audio[0].length);
        int to = (int) Math.min(audio[0].length, (long) from + frames);
        float[][] out = new float[audio.length][];
        for (int c = 0; c < audio.length; c++) {
            out[c] = Arrays.copyOfRange(audio[c], from, to);
        }
        return out;
    }
}
