package dev.earshot.playback.blind;

import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.ReferenceTrack;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.LockSupport;

/**
 * Plays in-memory stimuli (e.g. two level-matched, aligned masters) behind neutral slot labels ("A", "B", "X" or
 * "1", "2", "3") through a {@link PlaybackEngine}, so that a blind test can switch between them with the engine's
 * crossfade. Every stimulus is loaded twice as an engine reference track (fixed offset 0, gain 0 dB: the stimuli come
 * aligned and level-matched, and the session log records how), and every {@link #select} fades to the copy of the
 * slot's stimulus that is not playing: a switch to the slot already heard, or to another slot holding the same
 * stimulus, goes through the same equal-power crossfade as a switch to the other stimulus, so the sound of switching
 * gives nothing away. All four copies take the same path through the engine.
 *
 * <p>The engine's master is silence (one row of zeros, the stimuli's length) and its bypass source (0) is never
 * selected: the mixer crossfades from the source heard last to the first slot of a trial during that trial's fade-in,
 * and for the first trial that source is the bypass, which must not be one of the stimuli. All stimuli share the
 * playhead.
 *
 * <p>Threading: one controlling thread (the session's or the EDT) calls the methods; the engine's audio thread does
 * the rest. {@link #slotOfSource} may be called from any thread.
 */
public final class StimulusPlayer implements AutoCloseable {
    /** Most frames a player plays (2^24: 5.8 minutes at 48 kHz, 128 MB per stereo stimulus); longer need a loop. */
    public static final int MAX_FRAMES = 1 << 24;
    /** Stimuli a player holds at most: each takes two of the engine's reference slots. */
    public static final int MAX_STIMULI = PlaybackEngine.MAX_REFERENCES / 2;
    /** Longest wait for the engine to fade out between trials. */
    private static final long SILENCE_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);

    private final PlaybackEngine engine;
    private final List<String> slots;
    private final int[] routing;
    private final AtomicReferenceArray<String> slotOfCopy;
    private final int fadeFrames;
    private final int blockFrames;
    private final long lengthFrames;
    private int selectedCopy = -1;
    private String selectedSlot;
    private boolean started;

    /**
     * Builds the engine (not started; {@link #startTrial} starts it).
     *
     * @param stimuli     one or two stimuli: one or two rows each (mono is played on both channels), all of one length
     *                    of at most {@link #MAX_FRAMES} frames; read, never written, not copied
     * @param sampleRate  of the stimuli, frames per second
     * @param slots       the labels the listener switches between, e.g. A, B, X
     * @param output      where the sound goes (a sound card or a null output); owned by the engine from now on
     * @param fadeMs      crossfade and transport fade, in milliseconds
     * @throws IllegalArgumentException if the stimuli are empty, too many, of different lengths or too long
     */
    public StimulusPlayer(List<float[][]> stimuli, int sampleRate, List<String> slots, AudioOutput output,
                          double fadeMs) {
        if (stimuli.isEmpty() || slots.isEmpty() || stimuli.size() > MAX_STIMULI) {
            throw new IllegalArgumentException("a player needs 1 to " + MAX_STIMULI + " stimuli and some slots");
        }
        long length = stimuli.get(0)[0].length;
        for (int s = 0; s < stimuli.size(); s++) {
            float[][] rows = stimuli.get(s);
            if (rows.length < 1 || rows.length > 2 || rows[0].length != length || rows[rows.length - 1].length
                    != length) {
                throw new IllegalArgumentException("stimulus " + (s + 1) + " must have one or two rows of "
                        + length + " frames");
            }
        }
        if (length > MAX_FRAMES) {
            throw new IllegalArgumentException("stimuli of " + length + " frames are longer than the "
                    + MAX_FRAMES + " frames a blind test plays; set a loop region");
        }
        this.slots = List.copyOf(slots);
        this.routing = new int[slots.size()];
        this.slotOfCopy = new AtomicReferenceArray<>(2 * stimuli.size());
        this.fadeFrames = PlaybackEngine.fadeFrames(sampleRate, fadeMs);
        this.blockFrames = PlaybackEngine.DEFAULT_BLOCK_FRAMES;
        this.lengthFrames = length;
        this.engine = new PlaybackEngine(new float[][] {new float[(int) length]}, sampleRate, List.of(), output, blockFrames, fadeFrames);
        for (int s = 0; s < stimuli.size(); s++) {
            for (int copy = 0; copy < 2; copy++) {
                engine.addReference(ReferenceTrack.fixed("stimulus " + (s + 1), stimuli.get(s), sampleRate, 0), 0.0);
            }
        }
    }

    /** Times the output ran dry since it opened (see {@link PlaybackEngine#underruns()}); any thread. */
    public long underruns() {
        return engine.underruns();
    }

    /** The engine (for meters); do not select sources or change its master through it. */
    public PlaybackEngine engine() {
        return engine;
    }

    /** The slot labels, in order. */
    public List<String> slots() {
        return slots;
    }

    /** Length of the stimuli in frames. */
    public long lengthFrames() {
        return lengthFrames;
    }

    /** Loops {@code [startFrame, endFrame)} of the stimuli (see {@link PlaybackEngine#setLoop}). */
    public void setLoop(long startFrame, long endFrame) {
        engine.setLoop(startFrame, endFrame);
    }

    /**
     * Opens the output and starts the engine, silent, if not done yet. Call it early to learn whether there is an
     * output at all.
     *
     * @throws IOException if the output cannot be opened (the message names the device and the format)
     */
    public void start() throws IOException {
        if (!started) {
            engine.start();
            started = true;
        }
    }

    /**
     * Starts a trial: fades out whatever plays and waits until it is silent, puts stimulus
     * {@code routing.get(slot)} behind each slot, moves the playhead to {@code startFrame}, selects
     * {@code firstSlot} and fades in.
     *
     * @param routing stimulus index per slot label; every slot must be present
     * @throws IOException if the engine cannot start, failed, or does not fall silent
     */
    public void startTrial(Map<String, Integer> routing, String firstSlot, long startFrame) throws IOException {
        start();
        stopAndWait();
        for (int s = 0; s < slots.size(); s++) {
            Integer stimulus = routing.get(slots.get(s));
            if (stimulus == null) {
                throw new IllegalArgumentException("no stimulus for slot " + slots.get(s));
            }
            if (stimulus < 0 || 2 * stimulus >= slotOfCopy.length()) {
                throw new IndexOutOfBoundsException("stimulus " + stimulus + " of " + slotOfCopy.length() / 2);
            }
            this.routing[s] = stimulus;
        }
        // While silent the engine jumps at once; select and play only after that block, or the jump would fade.
        engine.seek(startFrame);
        awaitBlocks(2);
        select(firstSlot);
        engine.play();
    }

    /** Fades out and waits until the engine plays silence. */
    public void stopAndWait() throws IOException {
        engine.pause();
        awaitBlocks(2 + (fadeFrames + blockFrames - 1) / blockFrames);
    }

    private void awaitBlocks(int blocks) throws IOException {
        long target = engine.meters().blockCount() + blocks;
        long deadline = System.nanoTime() + SILENCE_TIMEOUT_NANOS;
        while (engine.meters().blockCount() < target) {
            if (engine.failure() != null) {
                throw new IOException("the audio thread failed: " + engine.failure(), engine.failure());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the audio output stopped taking sound (no block in 5 s)");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
    }

    /**
     * Crossfades to {@code slot}: to the copy of its stimulus that is not playing, so every selection is a crossfade.
     *
     * @throws IllegalArgumentException if there is no such slot
     */
    public void select(String slot) {
        int s = slots.indexOf(slot);
        if (s < 0) {
            throw new IllegalArgumentException("no slot '" + slot + "'; slots are " + slots);
        }
        int first = 2 * routing[s];
        selectedCopy = selectedCopy == first ? first + 1 : first;
        selectedSlot = slots.get(s);
        slotOfCopy.set(selectedCopy, selectedSlot);
        engine.selectReference(selectedCopy);
    }

    /** The slot last selected, or null before the first selection. */
    public String selectedSlot() {
        return selectedSlot;
    }

    /**
     * The slot last selected onto engine source {@code sourceIndex} (from {@link PlaybackEngine#meters()}), or null
     * for the bypass or a copy not selected yet. Any thread.
     */
    public String slotOfSource(int sourceIndex) {
        int copy = sourceIndex - engine.referenceSourceIndex(0);
        return copy < 0 || copy >= slotOfCopy.length() ? null : slotOfCopy.get(copy);
    }

    /** Stops the audio thread and closes the output. */
    @Override
    public void close() throws IOException {
        engine.close();
    }
}
