package dev.earshot.ui;

import dev.earshot.device.DeviceChain;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.playback.LevelMatch;
import dev.earshot.playback.ProfileSources;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;

/**
 * Measures a profile's level-match gain off the EDT when it is first chosen: a quick estimate over a 10 s excerpt of
 * the master (a fraction of a second, so the switch is roughly matched at once), then the exact gain over the whole
 * master. Profiles never chosen cost nothing. Results reach {@code sink} on whatever thread measured them; the caller
 * moves them to the EDT. Each measurement builds its own chain, never touching the engine's.
 */
public final class LevelMatcher implements AutoCloseable {
    private static final double EXCERPT_SECONDS = 10.0;
    private static final long NOISE_SEED = 5;

    /** Receives a gain: source index, gain in dB, whether it is exact. */
    public interface Sink {
        void gain(int source, double gainDb, boolean exact);
    }

    private final LoadedMaster master;
    private final ProfileLibrary library;
    private final List<PlaybackProfile> profiles;
    private final Sink sink;
    private final boolean[] requested;
    private final ExecutorService estimates = Executors.newSingleThreadExecutor(r -> daemon(r, "level-estimate"));
    private final ExecutorService exact = Executors.newSingleThreadExecutor(r -> daemon(r, "level-match"));
    /** Written and read on the exact-measurement thread only. */
    private double masterLufs = Double.NaN;
    /** Written and read on the estimate thread only. */
    private float[][] excerpt;
    private double excerptLufs = Double.NaN;

    /** @param profiles in source order (source {@code i + 1} is element {@code i}) */
    public LevelMatcher(LoadedMaster master, ProfileLibrary library, List<PlaybackProfile> profiles, Sink sink) {
        this.master = master;
        this.library = library;
        this.profiles = profiles;
        this.sink = sink;
        this.requested = new boolean[profiles.size() + 1];
    }

    /**
     * Measures the master's integrated loudness (once; the exact measurements reuse it) on the measuring thread and
     * hands it to {@code result} there.
     */
    public void measureMaster(DoubleConsumer result) {
        exact.submit(() -> {
            result.accept(masterLufs());
            return null;
        });
    }

    /** Queues the estimate and the exact measurement of {@code source} unless queued before; EDT. */
    public void request(int source) {
        if (source == 0 || source >= requested.length || requested[source]) {
            return;
        }
        requested[source] = true;
        estimates.submit(() -> {
            if (Double.isNaN(excerptLufs)) {
                excerpt = excerpt();
                excerptLufs = LevelMatch.loudnessLufs(excerpt, master.sampleRate());
            }
            measure(source, excerpt, excerptLufs, false);
            return null;
        });
        exact.submit(() -> {
            measure(source, master.samples(), masterLufs(), true);
            return null;
        });
    }

    /** The master's integrated loudness, measured on first use; on the exact-measurement thread only. */
    private double masterLufs() {
        if (Double.isNaN(masterLufs)) {
            masterLufs = LevelMatch.loudnessLufs(master.samples(), master.sampleRate());
        }
        return masterLufs;
    }

    private void measure(int source, float[][] audio, double referenceLufs, boolean isExact) throws IOException {
        PlaybackProfile profile = profiles.get(source - 1);
        DeviceChain chain = ProfileSources.chains(library, List.of(profile), master.sampleRate(), NOISE_SEED).get(0);
        double lufs = LevelMatch.measureLufs(audio, master.sampleRate(), chain);
        sink.gain(source, LevelMatch.gainDb(referenceLufs, lufs), isExact);
    }

    private float[][] excerpt() {
        int length = master.samples()[0].length;
        int frames = (int) Math.min(length, Math.round(EXCERPT_SECONDS * master.sampleRate()));
        int start = (length - frames) / 2;
        float[][] rows = new float[master.samples().length][];
        for (int c = 0; c < rows.length; c++) {
            rows[c] = Arrays.copyOfRange(master.samples()[c], start, start + frames);
        }
        return rows;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    }

    /** Stops measuring (queued work is dropped). */
    @Override
    public void close() {
        estimates.shutdownNow();
        exact.shutdownNow();
    }
}
