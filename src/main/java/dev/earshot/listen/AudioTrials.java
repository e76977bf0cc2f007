package dev.earshot.listen;

import dev.earshot.playback.blind.StimulusPlayer;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Trials heard through a {@link StimulusPlayer} whose stimuli are A (index 0) and B (index 1). At the start of each
 * trial it puts the hidden assignment behind the protocol's slots ({@link #slotLabels}), moves to the loop start and
 * plays the first label. The listener's side calls {@link #listen} for every switch; each is recorded with its time
 * since the trial started and becomes the trial line's {@code plays} (the automatic start is not a switch).
 *
 * <p>Threading: one session thread calls {@link #beginTrial}, {@link #listen} and {@link #plays}; a UI that switches
 * from another thread must hand its calls to that thread or synchronise on this object (the methods are
 * synchronised).
 */
public final class AudioTrials implements TrialPlayback, AutoCloseable {
    private final StimulusPlayer player;
    private final List<String> labels;
    private final long startFrame;
    private final Clock clock;
    private final List<PlayEvent> plays = new ArrayList<>();
    private long trialStartMs;
    private long underrunsAtStart;
    private boolean inTrial;

    /**
     * @param player     plays stimulus A as index 0 and B as index 1; its slots must be {@link #slotLabels} of the
     *                   protocol
     * @param startFrame where each trial starts playing (the loop start), frames of the player's stimuli
     * @param clock      source of the switch times
     */
    public AudioTrials(StimulusPlayer player, Protocol protocol, long startFrame, Clock clock) {
        this.player = Objects.requireNonNull(player, "player");
        this.labels = slotLabels(protocol);
        if (!player.slots().equals(labels)) {
            throw new IllegalArgumentException("the player's slots " + player.slots() + " are not " + labels);
        }
        this.startFrame = startFrame;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The labels a listener switches between: A, B, X for ABX; 1..n (n = slots per trial) otherwise. */
    public static List<String> slotLabels(Protocol protocol) {
        if (protocol == Protocol.ABX) {
            return List.of("A", "B", "X");
        }
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= protocol.slotCount(); i++) {
            labels.add(String.valueOf(i));
        }
        return List.copyOf(labels);
    }

    /** The labels the listener may switch to, in display order. */
    public List<String> labels() {
        return labels;
    }

    @Override
    public synchronized void beginTrial(TrialPrompt prompt, TrialAssignment hidden) throws IOException {
        Map<String, Integer> routing = new HashMap<>();
        if (hidden.protocol() == Protocol.ABX) {
            routing.put("A", 0);
            routing.put("B", 1);
            routing.put("X", index(hidden.slots().get(0)));
        } else {
            for (int i = 0; i < hidden.slots().size(); i++) {
                routing.put(labels.get(i), index(hidden.slots().get(i)));
            }
        }
        plays.clear();
        underrunsAtStart = player.underruns();
        player.startTrial(routing, labels.get(0), startFrame);
        trialStartMs = clock.millis();
        inTrial = true;
    }

    /**
     * Switches to {@code label} with the crossfade and records the switch.
     *
     * @throws IllegalArgumentException if the label is not one of {@link #labels()}
     * @throws IllegalStateException    outside a trial
     */
    public synchronized void listen(String label) {
        if (!labels.contains(label)) {
            throw new IllegalArgumentException("'" + label + "' is not one of " + labels);
        }
        if (!inTrial) {
            throw new IllegalStateException("no trial is playing");
        }
        player.select(label);
        plays.add(new PlayEvent(label, Math.max(0, clock.millis() - trialStartMs)));
    }

    /** The label playing now (the first label when the listener has not switched yet), or null between trials. */
    public synchronized String playing() {
        return inTrial ? player.selectedSlot() : null;
    }

    /** Audio underruns (gaps heard because the output ran dry) since the current trial started. */
    public synchronized int underruns() {
        return (int) Math.min(Integer.MAX_VALUE, player.underruns() - underrunsAtStart);
    }

    /** The switches of the current trial, in order. */
    public synchronized List<PlayEvent> plays() {
        return List.copyOf(plays);
    }

    @Override
    public synchronized void endTrial() throws IOException {
        inTrial = false;
        player.stopAndWait();
    }

    /** Stops the sound and closes the player's output. */
    @Override
    public synchronized void close() throws IOException {
        inTrial = false;
        player.close();
    }

    private static int index(String stimulus) {
        return "A".equals(stimulus) ? 0 : 1;
    }
}
