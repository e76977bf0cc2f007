package dev.earshot.ui;

import dev.earshot.device.DeviceChain;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.ProfileSources;
import java.io.IOException;
import java.util.List;

/**
 * One master in the player: its engine (running, paused at the start) and its output. Built on a worker thread
 * ({@link #start}); closed on any thread. The engine's sources follow the {@link DeviceStripModel}.
 */
public final class PlayerSession implements AutoCloseable {
    private static final long NOISE_SEED = 5;

    private final LoadedMaster master;
    private final PlaybackEngine engine;
    private final AudioOutput output;

    private PlayerSession(LoadedMaster master, PlaybackEngine engine, AudioOutput output) {
        this.master = master;
        this.engine = engine;
        this.output = output;
    }

    /**
     * Loads every profile's impulse response at the master's rate, builds the engine (idle chains suspended) and starts
     * its audio thread.
     * Worker thread only: reads files and takes about a second for the shipped library.
     *
     * @throws IOException if an impulse response cannot be read or the output fails to open
     */
    public static PlayerSession start(LoadedMaster master, ProfileLibrary library, DeviceStripModel strip,
                                      AudioOutput output) throws IOException {
        List<DeviceChain> chains = ProfileSources.chains(library, strip.profilesInSourceOrder(),
                master.sampleRate(), NOISE_SEED);
        int fade = PlaybackEngine.fadeFrames(master.sampleRate(), PlaybackEngine.DEFAULT_FADE_MS);
        PlaybackEngine engine = new PlaybackEngine(master.samples(), master.sampleRate(), chains, output,
                PlaybackEngine.DEFAULT_BLOCK_FRAMES, fade);
        // Only the heard chain runs: all 25 shipped ones would take half a core; a switch waits 60-120 ms instead.
        engine.suspendIdleChains();
        engine.start();
        return new PlayerSession(master, engine, output);
    }

    /** The engine's fade for {@code sampleRate}, frames. */
    public static int fadeFrames(int sampleRate) {
        return PlaybackEngine.fadeFrames(sampleRate, PlaybackEngine.DEFAULT_FADE_MS);
    }

    public LoadedMaster master() {
        return master;
    }

    public PlaybackEngine engine() {
        return engine;
    }

    public AudioOutput output() {
        return output;
    }

    /** Stops the audio thread and releases the output. */
    @Override
    public void close() throws IOException {
        engine.close();
    }
}
