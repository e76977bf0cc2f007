package dev.earshot.playback;

import dev.earshot.device.DeviceChain;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The real-time player: one audio thread plays the master or the master through one of several device chains, all
 * sharing one playhead, into an {@link AudioOutput}.
 *
 * <p>The master is held decoded in memory ({@code float[][]}, about 23 MB for five minutes of 48 kHz stereo): a player
 * seeks and loops constantly, and a memory read never blocks the audio thread as a file read can.
 *
 * <p>Sources: index 0 is the master unprocessed (bypass); index {@code i >= 1} is the master through
 * {@code chains.get(i - 1)}. Every chain runs on every block (CPU cost grows with the number of chains), so a chain
 * switched to is already in the state the programme has put it in: a switch is an equal-power crossfade between two
 * running chains and never drops or repeats a sample. Every source is delayed to the slowest chain's latency
 * ({@link #latencyFrames()}), so all are time-aligned.
 *
 * <p>Threading: the control methods ({@link #play}, {@link #seek}, ...) may be called from any thread; they queue a
 * command in a preallocated ring that the audio thread applies at the next block boundary, in order. The audio thread
 * allocates nothing, takes no lock and does no I/O apart from the output's {@code write}. Meters are published after
 * every block ({@link #meters()}).
 */
public final class PlaybackEngine implements AutoCloseable {
    /** Frames per block, the real-time convolution partition. */
    public static final int DEFAULT_BLOCK_FRAMES = 256;
    /** Default crossfade and transport fade, in milliseconds. */
    public static final double DEFAULT_FADE_MS = 30.0;
    /** Reference tracks an engine holds at most. */
    public static final int MAX_REFERENCES = 4;

    private final int sampleRate;
    private final long lengthFrames;
    private final AudioOutput output;
    private final CommandRing commands = new CommandRing(256);
    private final BlockRenderer renderer;
    private final SourceBank bank;
    private final ReferenceSlots referenceSlots;
    private final AudioThread audio;

    /**
     * Prepares every chain (allocating, on the caller's thread); the chains belong to the engine from now on.
     *
     * @param master      one or two rows of equal length, full scale 1.0; read, never written, and not copied
     * @param sampleRate  of the master and the chains, frames per second
     * @param chains      device chains built for real-time use (partition
     *                    {@link dev.earshot.device.ImpulseResponseStage#REALTIME_PARTITION_FRAMES})
     * @param output      where the audio goes; opened by {@link #start()}, closed by {@link #close()}
     * @param blockFrames frames per block, 16 to 8192
     * @param fadeFrames  length of every crossfade and transport fade, 1 or more (1 means no fade)
     * @throws IllegalArgumentException if the master has more than two channels or rows of different lengths
     */
    public PlaybackEngine(float[][] master, int sampleRate, List<DeviceChain> chains, AudioOutput output,
                          int blockFrames, int fadeFrames) {
        if (master.length < 1 || master.length > 2 || master[0].length != master[master.length - 1].length) {
            throw new IllegalArgumentException("the player takes mono or stereo masters with rows of equal length, not "
                    + master.length + " channels");
        }
        if (blockFrames < 16 || blockFrames > 8192 || fadeFrames < 1) {
            throw new IllegalArgumentException("block of " + blockFrames + " frames or fade of " + fadeFrames
                    + " frames is out of range");
        }
        float[][] stereo = master.length == 2 ? master : new float[][] {master[0], master[0]};
        this.sampleRate = sampleRate;
        this.lengthFrames = master[0].length;
        this.output = output;
        this.renderer = new BlockRenderer(stereo, sampleRate, chains, blockFrames, fadeFrames, MAX_REFERENCES,
                commands, this::referenceAudio);
        this.bank = renderer.bank();
        this.referenceSlots = new ReferenceSlots(stereo, sampleRate, MAX_REFERENCES, (slot, gainDb) ->
                commands.post(CommandRing.GAIN, bank.count() + slot, 0, Math.pow(10.0, gainDb / 20.0)));
        this.audio = new AudioThread(output, renderer, sampleRate, blockFrames);
    }

    /** Frames of a fade of {@code fadeMs} milliseconds at {@code sampleRate}, at least 1. */
    public static int fadeFrames(int sampleRate, double fadeMs) {
        return Math.max(1, (int) Math.round(sampleRate * fadeMs / 1000.0));
    }

    /**
     * Opens the output and starts the audio thread, paused at frame 0 on source 0. When the output cannot run at the
     * master's rate ({@link AudioOutput#openRate}) the engine still renders at the master's rate and converts the
     * stream to the output's rate on the audio thread; the playhead stays in master frames.
     */
    public synchronized void start() throws IOException {
        audio.start();
    }

    /**
     * Runs only the chains being heard or faded to, instead of every chain on every block: for engines with many
     * profiles (all 25 shipped ones cost about half a core; suspended, about as much as one). A suspended chain that
     * is selected is first fed the recent programme again, faster than real time, until its state has caught up
     * (60 to 120 ms for the shipped profiles, at most about 0.4 s), and only then crossfaded to: switching stays
     * click-free and keeps the playhead, but is no longer instant. Call before {@link #start()}.
     *
     * @throws IllegalStateException if the engine has started
     */
    public synchronized void suspendIdleChains() {
        if (audio.started()) {
            throw new IllegalStateException("choose chain suspension before starting the engine");
        }
        renderer.suspendIdleChains(sampleRate);
    }

    /** Fades in and plays from the playhead. */
    public void play() {
        commands.post(CommandRing.PLAY, 0, 0, 0);
    }

    /** Fades out (one fade length; the playhead moves on during it) and stops the playhead. */
    public void pause() {
        commands.post(CommandRing.PAUSE, 0, 0, 0);
    }

    /** Fades out, moves the playhead to {@code frame} (clamped to the master) and fades in from it. */
    public void seek(long frame) {
        commands.post(CommandRing.SEEK, frame, 0, 0);
    }

    /**
     * Crossfades to source {@code sourceIndex} (0 = bypass); a selection during a crossfade waits for it to end.
     *
     * @throws IndexOutOfBoundsException if there is no such source
     */
    public void select(int sourceIndex) {
        checkSource(sourceIndex);
        commands.post(CommandRing.SELECT, sourceIndex, 0, 0);
    }

    /**
     * Loops {@code [startFrame, endFrame)}, fading out before the end and in from the start; moves the playhead to
     * the start when it is outside the region.
     *
     * @throws IllegalArgumentException if the region is not inside the master or is shorter than two fades
     */
    public void setLoop(long startFrame, long endFrame) {
        int fadeFrames = renderer.transport().fadeFrames();
        if (startFrame < 0 || endFrame > lengthFrames || endFrame - startFrame < 2L * fadeFrames) {
            throw new IllegalArgumentException("loop " + startFrame + ".." + endFrame + " must lie inside 0.."
                    + lengthFrames + " and be at least two fades long");
        }
        commands.post(CommandRing.LOOP, startFrame, endFrame, 0);
    }

    /** Plays on past the loop region's end. */
    public void clearLoop() {
        commands.post(CommandRing.LOOP, 0, 0, 0);
    }

    /** Sets source {@code sourceIndex}'s level-match gain (ramped over one block). */
    public void setGainDb(int sourceIndex, double gainDb) {
        checkSource(sourceIndex);
        commands.post(CommandRing.GAIN, sourceIndex, 0, Math.pow(10.0, gainDb / 20.0));
    }

    /**
     * Sets a gain on the whole output, every source and reference alike, ramped over one block: headroom, so that a
     * loud master heard through a device that lifts the bass does not clip, while the sources stay matched to each
     * other.
     *
     * @param gainDb -60 to +12 dB
     * @throws IllegalArgumentException outside that range
     */
    public void setOutputGainDb(double gainDb) {
        if (!(gainDb >= -60 && gainDb <= 12)) {
            throw new IllegalArgumentException("output gain " + gainDb + " dB is outside -60..12 dB");
        }
        commands.post(CommandRing.OUTPUT_GAIN, 0, 0, Math.pow(10.0, gainDb / 20.0));
    }

    /** Mono check: both channels carry (L + R) / 2, faded in and out. */
    public void setMono(boolean on) {
        commands.post(CommandRing.MONO, on ? 1 : 0, 0, 0);
    }

    /**
     * Adds a reference track as a source sharing the playhead: it plays at its cross-correlation alignment, level
     * matched to the master (a quick estimate at once, the whole-signal measurement in the background; see
     * {@link #referenceLevel}). Select it with {@link #selectReference} or {@link #toggleReference}.
     *
     * @return its slot, 0 to {@link #MAX_REFERENCES} - 1
     * @throws IllegalArgumentException if the track is not at the engine's sample rate
     * @throws IllegalStateException    if {@link #MAX_REFERENCES} tracks are loaded
     */
    public int addReference(ReferenceTrack track) {
        checkRate(track);
        return load(referenceSlots.add(track));
    }

    /**
     * Adds a reference track played at its own fixed offset ({@link ReferenceTrack#fixed}) and at {@code gainDb},
     * with no level match: for sources whose alignment and gain were decided before (blind-test stimuli). It is
     * otherwise a reference like any other: same playhead, same crossfades, trim and offset controls.
     *
     * @return its slot, 0 to {@link #MAX_REFERENCES} - 1
     * @throws IllegalArgumentException if the track is not at the engine's sample rate
     * @throws IllegalStateException    if {@link #MAX_REFERENCES} tracks are loaded
     */
    public int addReference(ReferenceTrack track, double gainDb) {
        checkRate(track);
        return load(referenceSlots.addFixed(track, gainDb));
    }

    private void checkRate(ReferenceTrack track) {
        if (track.sampleRate() != sampleRate) {
            throw new IllegalArgumentException(track.name() + " is at " + track.sampleRate() + " Hz, the player at "
                    + sampleRate + " Hz; load it with ReferenceTrack.load, which converts the rate");
        }
    }

    private int load(int slot) {
        commands.post(CommandRing.REFERENCE_LOAD, slot, referenceSlots.offsetFrames(slot), 0);
        return slot;
    }

    /** Reference tracks loaded. */
    public int referenceCount() {
        return referenceSlots.count();
    }

    /**
     * The track in {@code slot}.
     *
     * @throws IndexOutOfBoundsException if the slot is empty
     */
    public ReferenceTrack reference(int slot) {
        return referenceSlots.track(slot);
    }

    /** The source index of reference {@code slot} as {@link MeterReading#sourceIndex()} reports it. */
    public int referenceSourceIndex(int slot) {
        return bank.count() + slot;
    }

    /**
     * Crossfades to reference {@code slot}, exactly as {@link #select} does for a profile.
     *
     * @throws IndexOutOfBoundsException if the slot is empty
     */
    public void selectReference(int slot) {
        referenceSlots.track(slot);
        commands.post(CommandRing.SELECT, referenceSourceIndex(slot), 0, 0);
    }

    /**
     * The "R" key: when a profile or the master is heard, crossfades to the reference heard last (the first loaded
     * if none yet); when a reference is heard, crossfades back to the source heard before it. Does nothing without
     * references.
     */
    public void toggleReference() {
        commands.post(CommandRing.TOGGLE_REFERENCE, 0, 0, 0);
    }

    /**
     * Moves reference {@code slot} by {@code offsetMs} from its cross-correlation alignment (positive: the reference
     * is heard later material, as if it started earlier); faded out and in, no click.
     *
     * @throws IndexOutOfBoundsException if the slot is empty
     */
    public void setReferenceOffsetMs(int slot, double offsetMs) {
        referenceSlots.setOffsetMs(slot, offsetMs);
        commands.post(CommandRing.REFERENCE_OFFSET, slot, referenceSlots.offsetFrames(slot), 0);
    }

    /**
     * Sets reference {@code slot}'s manual trim, added to its level match (ramped over one block).
     *
     * @throws IndexOutOfBoundsException if the slot is empty
     */
    public void setReferenceTrimDb(int slot, double trimDb) {
        referenceSlots.setTrim(slot, trimDb);
    }

    /**
     * The gain reference {@code slot} plays with; any thread.
     *
     * @throws IndexOutOfBoundsException if the slot is empty
     */
    public ReferenceLevel referenceLevel(int slot) {
        return referenceSlots.level(slot);
    }

    /**
     * Completes (on a background thread) when reference {@code slot}'s whole-signal level match is measured and
     * applied.
     *
     * @throws IndexOutOfBoundsException if the slot is empty
     */
    public CompletableFuture<ReferenceLevel> referenceLevelMeasured(int slot) {
        return referenceSlots.measured(slot);
    }

    /**
     * Listening-level control: corrects everything played by the ISO 226 equal-loudness difference between
     * {@code levelDbSpl} and the {@value dev.earshot.device.PlaybackProfile#REFERENCE_LEVEL_DB_SPL} dB SPL reference
     * ({@link dev.earshot.device.ListeningLevelStage}), so that monitoring at the reference one hears the balance
     * heard at that level (on top of each profile's own listening level). Designs the filter on the caller's thread
     * (tens of milliseconds: call off the EDT); the audio thread runs the new filter until it is settled (about
     * 180 ms) and then crossfades to it. From the first call on, the output is one block later (the filter's
     * latency).
     *
     * @param levelDbSpl 20 to 120 dB SPL; 83 hears the programme unchanged
     * @throws IllegalArgumentException if the level is out of range
     */
    public void setListeningLevelDbSpl(double levelDbSpl) {
        renderer.listeningLevel().set(levelDbSpl);
    }

    /** The listening level last set, dB SPL (83, the reference, until set). */
    public double listeningLevelDbSpl() {
        return renderer.listeningLevel().levelDbSpl();
    }

    /** Sources: 1 (bypass) plus the number of chains. */
    public int sourceCount() {
        return bank.count();
    }

    /** Underruns of the output since it was opened ({@link AudioOutput#underruns()}); any thread. */
    public long underruns() {
        return output.underruns();
    }

    /** Frames from the playhead to what is heard (the slowest chain's latency; output buffering not included). */
    public int latencyFrames() {
        return bank.latencyFrames();
    }

    /** The rate the output runs at, frames per second: the master's unless the device could not; 0 before start. */
    public int outputRate() {
        return audio.outputRate();
    }

    /**
     * Why the engine plays silently when its output is a {@link FallbackOutput} whose device could not be opened
     * (a sentence naming the device, for the window to show); empty while a device plays. Meaningful after
     * {@link #start()}.
     */
    public Optional<String> outputFallbackReason() {
        return output instanceof FallbackOutput fallback ? fallback.fallbackReason() : Optional.empty();
    }

    /** The master's rate, frames per second, at which every source is rendered. */
    public int sampleRate() {
        return sampleRate;
    }

    /** The master's length in frames. */
    public long lengthFrames() {
        return lengthFrames;
    }

    /** The latest meter values; any thread. */
    public MeterReading meters() {
        return renderer.meters().read();
    }

    /**
     * The loudness meters of what was played (momentary, short-term, held true peak, correlation); any thread,
     * never blocks the audio thread. Allocates the returned record.
     */
    public LoudnessReading loudness() {
        return renderer.liveMeters().readLoudness();
    }

    /** Clears the held true peaks at the next block boundary; any thread. */
    public void resetTruePeak() {
        commands.post(CommandRing.RESET_TRUE_PEAK, 0, 0, 0);
    }

    /** Centre frequencies of the live spectrum's 1/6-octave bands, Hz, ascending (20 Hz to 20 kHz); a new array. */
    public double[] spectrumBandsHz() {
        return renderer.liveMeters().bandCentresHz();
    }

    /** A buffer sized for {@link #readSpectrum}; allocate once and reuse. */
    public SpectrumReading newSpectrumReading() {
        return new SpectrumReading(renderer.liveMeters().bandCentresHz().length);
    }

    /**
     * Copies the latest live spectra of the played output and of the master into {@code into}; any thread, allocates
     * nothing, never blocks the audio thread.
     *
     * @throws IllegalArgumentException if {@code into} was not sized for this engine
     */
    public void readSpectrum(SpectrumReading into) {
        renderer.liveMeters().readSpectrum(into);
    }

    /** What stopped the audio thread, or null. */
    public Throwable failure() {
        return audio.failure();
    }

    /** Asks the audio thread to stop after the block it is playing; any thread, allocates nothing. */
    public void requestStop() {
        audio.requestStop();
    }

    /**
     * Stops the audio thread, waits for it and closes the output.
     *
     * @throws IOException if the output fails to close or the audio thread failed
     */
    @Override
    public synchronized void close() throws IOException {
        audio.requestStop();
        referenceSlots.close();
        audio.close();
    }

    /** Audio thread: the rows of the reference in {@code slot}; allocates nothing. */
    private float[][] referenceAudio(int slot) {
        return referenceSlots.track(slot).audio();
    }

    private void checkSource(int sourceIndex) {
        if (sourceIndex < 0 || sourceIndex >= bank.count()) {
            throw new IndexOutOfBoundsException("source " + sourceIndex + " of " + bank.count());
        }
    }
}
