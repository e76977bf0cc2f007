package dev.earshot.ui;

import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.ReferenceLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;

/**
 * The player's state as the window shows it (selected source, playing, mono, loop, level-match gains) and the
 * commands that change it, sent to the {@link PlaybackEngine} when one is attached. EDT only (tests call it from
 * one thread); the engine's control methods it calls are thread-safe and never block.
 */
public final class PlayerController {
    /** Length of the loop that L sets when nothing is selected, seconds. */
    public static final double DEFAULT_LOOP_SECONDS = 8.0;
    /** The listening level at which the programme is heard unchanged, dB SPL. */
    public static final double REFERENCE_LEVEL_DB_SPL = 83.0;

    private final DeviceStripModel strip;
    private final int sampleRate;
    private final long lengthFrames;
    private final long minLoopFrames;
    private final SourceGains gains;
    private final List<Runnable> listeners = new ArrayList<>();
    private PlaybackEngine engine;
    private int selected;
    private int lastProfile;
    private boolean playing;
    private boolean mono;
    private final List<String> referenceNames = new ArrayList<>();
    private final List<Integer> referenceSources = new ArrayList<>();
    private final List<Double> referenceTrimsDb = new ArrayList<>();
    /** Gain added to each reference's trim in the engine (an album track's level match when on), dB. */
    private final List<Double> referenceExtraDb = new ArrayList<>();
    private int lastReferenceSlot;
    private double listeningLevelDbSpl = REFERENCE_LEVEL_DB_SPL;
    private DoubleConsumer listeningLevelSink = level -> { };
    private int beforeReference;
    private double masterLufs = Double.NaN;
    private long loopStart = -1;
    private long loopEnd = -1;
    private long regionStart = -1;
    private long regionEnd = -1;

    /**
     * @param strip        the sources' order
     * @param sampleRate   of the master, frames per second
     * @param lengthFrames of the master
     * @param fadeFrames   the engine's fade; loops shorter than two fades are refused
     */
    public PlayerController(DeviceStripModel strip, int sampleRate, long lengthFrames, int fadeFrames) {
        this.strip = strip;
        this.sampleRate = sampleRate;
        this.lengthFrames = lengthFrames;
        this.minLoopFrames = 2L * fadeFrames;
        this.gains = new SourceGains(strip.sourceCount());
        this.lastProfile = strip.sourceCount() > 1 ? 1 : 0;
    }

    /** Sends the current state to {@code engine} and controls it from now on. */
    public void attach(PlaybackEngine engine) {
        this.engine = engine;
        for (int s = 0; s < gains.count(); s++) {
            pushGain(s);
        }
        pushHeadroom();
        engine.select(selected);
        engine.setMono(mono);
        if (loopEnd > loopStart) {
            engine.setLoop(loopStart, loopEnd);
        }
        if (playing) {
            engine.play();
        }
        changed();
    }

    /** Called on every change of state. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * Performs a key's action.
     *
     * @return false when the action does nothing now (an unassigned number, no reference loaded)
     */
    public boolean perform(KeyMap.Binding binding) {
        switch (binding.action()) {
            case SELECT_GROUP -> {
                int source = strip.forHotkey(binding.group(), selected);
                if (source < 0) {
                    return false;
                }
                select(source);
            }
            case PREVIOUS_PROFILE -> select(strip.previous(stripSelection()));
            case NEXT_PROFILE -> select(strip.next(stripSelection()));
            case PLAY_PAUSE -> setPlaying(!playing);
            case REFERENCE -> {
                if (referenceSources.isEmpty()) {
                    return false;
                }
                toggleReference();
            }
            case BYPASS -> toggleBypass();
            case MONO -> setMono(!mono);
            case LOOP -> toggleLoop();
            case HOME -> seek(0);
            default -> throw new IllegalStateException("unhandled action " + binding.action());
        }
        return true;
    }

    /**
     * Stops at the end of the master, as a player does: when playing without a loop and {@code playheadFrame} has
     * reached the end, pauses and returns to the start.
     *
     * @return whether it stopped
     */
    public boolean stopIfFinished(long playheadFrame) {
        if (!playing || loopActive() || playheadFrame < lengthFrames) {
            return false;
        }
        setPlaying(false);
        seek(0);
        return true;
    }

    /** Crossfades to {@code source} (0 = bypass, or a reference's source index). */
    public void select(int source) {
        int slot = referenceSources.indexOf(source);
        if (slot >= 0) {
            selectReference(slot);
            return;
        }
        if (source < 0 || source >= strip.sourceCount()) {
            throw new IndexOutOfBoundsException("source " + source + " of " + strip.sourceCount());
        }
        selected = source;
        if (source != 0) {
            lastProfile = source;
        }
        if (engine != null) {
            engine.select(source);
        }
        changed();
    }

    /** Bypass when a profile or reference plays; the last profile again when bypassed. */
    public void toggleBypass() {
        select(selected == 0 ? lastProfile : 0);
    }

    /**
     * Adds a reference track the engine holds.
     *
     * @param name        shown in the window
     * @param sourceIndex the source index the engine reports for it ({@code referenceSourceIndex(slot)}); slots
     *                    are numbered in the order references are added
     */
    public void addReference(String name, int sourceIndex) {
        referenceNames.add(name);
        referenceSources.add(sourceIndex);
        referenceTrimsDb.add(0.0);
        referenceExtraDb.add(0.0);
        changed();
    }

    /** The R key: to the last reference heard (the first at first); from a reference, back to what played before. */
    public void toggleReference() {
        if (referenceSources.isEmpty()) {
            return;
        }
        if (referenceSlot() >= 0) {
            select(beforeReference);
        } else {
            beforeReference = selected;
            selectReference(lastReferenceSlot);
        }
    }

    private void selectReference(int slot) {
        selected = referenceSources.get(slot);
        lastReferenceSlot = slot;
        if (engine != null) {
            engine.selectReference(slot);
        }
        changed();
    }

    /** The reference slot being heard, or -1 when a profile or the master plays. */
    public int referenceSlot() {
        return referenceSources.indexOf(selected);
    }

    /** What a reference's slot plays with (match and trim), when an engine holds it. */
    public Optional<ReferenceLevel> referenceLevel(int slot) {
        return engine == null ? Optional.empty() : Optional.of(engine.referenceLevel(slot));
    }

    /** "Studio (bypass)", a profile's name, or "Reference: NAME". */
    public String label(int source) {
        int slot = referenceSources.indexOf(source);
        return slot >= 0 ? "Reference: " + referenceNames.get(slot) : strip.label(source);
    }

    /** The strip source arrows move from: the selection, or what played before a reference. */
    private int stripSelection() {
        return referenceSlot() >= 0 ? beforeReference : selected;
    }

    public void setPlaying(boolean on) {
        playing = on;
        if (engine != null) {
            if (on) {
                engine.play();
            } else {
                engine.pause();
            }
        }
        changed();
    }

    public void setMono(boolean on) {
        mono = on;
        if (engine != null) {
            engine.setMono(on);
        }
        changed();
    }

    /** Moves the playhead to {@code frame} (clamped to the master). */
    public void seek(long frame) {
        if (engine != null) {
            engine.seek(Math.max(0, Math.min(lengthFrames, frame)));
        }
        changed();
    }

    /**
     * Loops {@code [startFrame, endFrame)} (ordered and clamped to the master); a region shorter than two fades
     * is refused.
     *
     * @return whether the loop was set
     */
    public boolean setLoop(long startFrame, long endFrame) {
        long start = Math.max(0, Math.min(startFrame, endFrame));
        long end = Math.min(lengthFrames, Math.max(startFrame, endFrame));
        if (end - start < minLoopFrames) {
            return false;
        }
        loopStart = start;
        loopEnd = end;
        regionStart = start;
        regionEnd = end;
        if (engine != null) {
            engine.setLoop(start, end);
        }
        changed();
        return true;
    }

    /** Clears the loop, keeping its region for the next {@link #toggleLoop}. */
    public void clearLoop() {
        loopStart = -1;
        loopEnd = -1;
        if (engine != null) {
            engine.clearLoop();
        }
        changed();
    }

    /** Clears an active loop; otherwise loops the last region, or {@link #DEFAULT_LOOP_SECONDS} from the playhead. */
    public void toggleLoop() {
        if (loopActive()) {
            clearLoop();
        } else if (regionEnd > regionStart) {
            setLoop(regionStart, regionEnd);
        } else {
            long length = Math.round(DEFAULT_LOOP_SECONDS * sampleRate);
            long start = Math.min(playheadFrame(), Math.max(0, lengthFrames - length));
            setLoop(start, start + length);
        }
    }

    /** Records a level-match gain for {@code source}; {@code exact} once measured over the whole master. */
    public void setGainDb(int source, double gain, boolean exact) {
        if (!exact && gains.exact(source)) {
            return; // a late estimate never replaces the measurement
        }
        gains.setMatch(source, gain, exact);
        pushGain(source);
        changed();
    }

    /**
     * Where a new listening level goes: the window designs the engine's filter off the EDT
     * ({@code PlaybackEngine#setListeningLevelDbSpl} takes tens of milliseconds).
     */
    public void setListeningLevelSink(DoubleConsumer sink) {
        listeningLevelSink = sink;
    }

    /** Sets the level the listener imagines playing at, 20 to 120 dB SPL (83 hears the programme unchanged). */
    public void setListeningLevelDbSpl(double levelDbSpl) {
        double level = Math.max(20, Math.min(120, levelDbSpl));
        if (level != listeningLevelDbSpl) {
            listeningLevelDbSpl = level;
            listeningLevelSink.accept(level);
            changed();
        }
    }

    public double listeningLevelDbSpl() {
        return listeningLevelDbSpl;
    }

    /** Turns level matching on or off for every source (trims stay). */
    public void setLevelMatching(boolean on) {
        gains.setMatching(on);
        for (int s = 0; s < gains.count(); s++) {
            pushGain(s);
        }
        pushHeadroom();
        changed();
    }

    /**
     * The loudest level matched playback runs at, in LUFS integrated: AES TD1008's music level, as for renders, so
     * a loud master heard through a device that lifts the bass keeps its peaks below full scale.
     */
    public static final double MATCHED_PLAYBACK_MAX_LUFS = -16.0;

    /** Records the master's integrated loudness (LUFS, from the level matcher) and sets the headroom from it. */
    public void setMasterLoudness(double lufs) {
        masterLufs = lufs;
        pushHeadroom();
        changed();
    }

    /**
     * The gain on the whole output while level matching is on, dB: what brings the master down to
     * {@link #MATCHED_PLAYBACK_MAX_LUFS} (0 when it is quieter, unknown, or matching is off). Every source and
     * reference gets it, so they stay matched to each other.
     */
    public double headroomDb() {
        return gains.matching() && Double.isFinite(masterLufs)
                ? Math.min(0.0, MATCHED_PLAYBACK_MAX_LUFS - masterLufs) : 0.0;
    }

    private void pushHeadroom() {
        if (engine != null) {
            engine.setOutputGainDb(headroomDb());
        }
    }

    /** Adds {@code deltaDb} to the selected source's manual trim (see {@link SourceGains#adjustTrim}). */
    public void adjustTrim(double deltaDb) {
        int slot = referenceSlot();
        if (slot >= 0) {
            double trim = Math.max(-SourceGains.MAX_TRIM_DB, Math.min(SourceGains.MAX_TRIM_DB,
                    referenceTrimsDb.get(slot) + deltaDb));
            setReferenceTrimDb(slot, trim);
            return;
        }
        gains.adjustTrim(selected, deltaDb);
        pushGain(selected);
        changed();
    }

    /** Every source's gains; read only for callers. */
    public SourceGains gains() {
        return gains;
    }

    private void pushGain(int source) {
        if (engine != null) {
            engine.setGainDb(source, gains.appliedDb(source));
        }
    }

    public int selected() {
        return selected;
    }

    public boolean playing() {
        return playing;
    }

    public boolean mono() {
        return mono;
    }

    /** Sets reference {@code slot}'s manual trim, dB (the engine gets it plus the slot's extra gain). */
    public void setReferenceTrimDb(int slot, double trimDb) {
        referenceTrimsDb.set(slot, trimDb);
        pushReferenceTrim(slot);
        changed();
    }

    /** Sets the gain added to reference {@code slot}'s trim in the engine, dB: an album track's level match. */
    public void setReferenceExtraDb(int slot, double extraDb) {
        referenceExtraDb.set(slot, extraDb);
        pushReferenceTrim(slot);
        changed();
    }

    private void pushReferenceTrim(int slot) {
        if (engine != null) {
            engine.setReferenceTrimDb(slot, referenceTrimsDb.get(slot) + referenceExtraDb.get(slot));
        }
    }

    /** The manual trim of reference {@code slot}, dB. */
    public double referenceTrimDb(int slot) {
        return referenceTrimsDb.get(slot);
    }

    public boolean bypassed() {
        return selected == 0;
    }

    public boolean referenceAvailable() {
        return !referenceSources.isEmpty();
    }

    public boolean loopActive() {
        return loopEnd > loopStart;
    }

    /** First frame of the loop, or -1. */
    public long loopStart() {
        return loopStart;
    }

    /** End (exclusive) of the loop, or -1. */
    public long loopEnd() {
        return loopEnd;
    }

    /** The engine's playhead, or 0 before an engine is attached. */
    public long playheadFrame() {
        return engine == null ? 0 : Math.min(lengthFrames, engine.meters().playheadFrame());
    }

    public DeviceStripModel strip() {
        return strip;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public long lengthFrames() {
        return lengthFrames;
    }

    private void changed() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
