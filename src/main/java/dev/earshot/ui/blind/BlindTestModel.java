package dev.earshot.ui.blind;

import dev.earshot.listen.AnswerSource;
import dev.earshot.listen.AudioTrials;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.SessionOutcome;
import dev.earshot.listen.SessionRunner;
import dev.earshot.listen.TrialAnswer;
import dev.earshot.listen.TrialPlayback;
import dev.earshot.listen.TrialPrompt;
import dev.earshot.ui.blind.BlindTestView.Phase;
import dev.earshot.ui.blind.BlindTestView.ResultView;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

/**
 * The blind-test panel's logic, without Swing: runs a {@link SessionRunner} on its own thread, publishes a
 * {@link BlindTestView} after every change and takes the listener's switches and answers from any thread. It sees
 * only the prompts (trial number, labels), never the hidden assignment, and shows the score only at the end.
 *
 * <p>Keys ({@link #key}): a label's key switches to it (A, B, X or 1, 2, 3); Shift with an answer's key answers
 * (Shift+A, Shift+B; Shift+1..3); S and D answer same/different.
 *
 * <p>Threading: {@link #start} once; the listeners are called on the session thread (a Swing view hands them to
 * the EDT). {@link #listen}, {@link #answer}, {@link #stop} and {@link #view} may be called from any thread.
 */
public final class BlindTestModel {
    private final SessionLogWriter writer;
    private final AudioTrials audio;
    private final int trainingTrials;
    private final Clock clock;
    private final String logFile;
    private final Protocol protocol;
    private final List<Consumer<BlindTestView>> listeners = new CopyOnWriteArrayList<>();
    private final LinkedBlockingQueue<Optional<String>> answers = new LinkedBlockingQueue<>();
    private volatile BlindTestView view;
    private volatile TrialPrompt current;
    private volatile String lastFeedback;
    private Thread thread;

    /**
     * @param writer         the session's log, new or resumed; the model closes it
     * @param audio          the player of the trials, or null to answer without sound; the model closes it
     * @param trainingTrials training trials before scoring, 0..100
     * @param clock          source of trial durations
     */
    public BlindTestModel(SessionLogWriter writer, AudioTrials audio, int trainingTrials, Clock clock) {
        this.writer = Objects.requireNonNull(writer, "writer");
        this.audio = audio;
        this.trainingTrials = trainingTrials;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.protocol = writer.header().protocol();
        this.logFile = writer.path().getFileName().toString();
        this.view = new BlindTestView(Phase.READY, "", labels(), null, protocol.answers(), null, null, null);
    }

    /** Adds a listener told every new view, on the session thread. */
    public void addListener(Consumer<BlindTestView> listener) {
        listeners.add(listener);
    }

    /** The latest view; any thread. */
    public BlindTestView view() {
        return view;
    }

    /** The protocol, for the panel's wording. */
    public Protocol protocol() {
        return protocol;
    }

    /** Starts the session on a new thread. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the session has already started");
        }
        thread = new Thread(this::runSession, "earshot-blind-test");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits for the session thread to end (tests and shutdown). */
    public void join() throws InterruptedException {
        Thread t;
        synchronized (this) {
            t = thread;
        }
        if (t != null) {
            t.join();
        }
    }

    /**
     * Switches playback to {@code label}; ignored without sound or between trials.
     *
     * @throws IllegalArgumentException if the label is not one of the view's labels
     */
    public void listen(String label) {
        if (audio == null || view.phase() != Phase.TRIAL) {
            return;
        }
        try {
            audio.listen(label);
        } catch (IllegalStateException e) {
            return; // the trial has just ended
        }
        publish(trialView(current, lastFeedback));
    }

    /**
     * Answers the current trial; ignored between trials.
     *
     * @throws IllegalArgumentException if {@code answer} is not one of the protocol's answers
     */
    public void answer(String answer) {
        if (!protocol.answers().contains(answer)) {
            throw new IllegalArgumentException("'" + answer + "' is not one of " + protocol.answers());
        }
        if (view.phase() == Phase.TRIAL && answers.isEmpty()) {
            answers.add(Optional.of(answer));
        }
    }

    /** Stops after the current trial is abandoned; the session stays resumable from its log. */
    public void stop() {
        answers.add(Optional.empty());
    }

    /**
     * Handles a typed key: a label's key switches, Shift with an answer's key answers, S/D answer same/different.
     *
     * @return whether the key meant something
     */
    public boolean key(char typed, boolean shift) {
        String k = String.valueOf(Character.toUpperCase(typed));
        if (protocol == Protocol.SAME_DIFFERENT && (k.equals("S") || k.equals("D"))) {
            answer(k.equals("S") ? "same" : "different");
            return true;
        }
        if (shift && protocol.answers().contains(k)) {
            answer(k);
            return true;
        }
        if (!shift && labels().contains(k)) {
            listen(k);
            return true;
        }
        return false;
    }

    private List<String> labels() {
        return audio == null ? List.of() : audio.labels();
    }

    private void runSession() {
        AnswerSource source = new AnswerSource() {
            @Override
            public TrialAnswer nextAnswer(TrialPrompt prompt) throws IOException {
                current = prompt;
                answers.clear();
                publish(trialView(prompt, lastFeedback));
                Optional<String> answer;
                try {
                    answer = answers.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
                lastFeedback = null;
                if (answer.isEmpty()) {
                    return null;
                }
                return new TrialAnswer(answer.get(), audio == null ? List.of() : audio.plays(),
                        audio == null ? 0 : audio.underruns());
            }

            @Override
            public void trainingFeedback(TrialPrompt prompt, boolean correct, String explanation) {
                lastFeedback = protocol == Protocol.PREFERENCE ? "Training: " + explanation
                        : "Training: " + (correct ? "right" : "wrong") + " — " + explanation;
            }
        };
        try {
            SessionOutcome outcome = new SessionRunner(writer, source, trainingTrials, clock,
                    audio == null ? TrialPlayback.NONE : audio).run();
            if (outcome.finished()) {
                publish(new BlindTestView(Phase.FINISHED, "Finished", labels(), null, protocol.answers(), null,
                        ResultView.of(outcome, protocol, logFile), null));
            } else {
                publish(new BlindTestView(Phase.STOPPED, "Stopped after " + outcome.completedTrials() + " trials",
                        labels(), null, protocol.answers(), null, null, "Every answer is saved; the session can "
                        + "be resumed from its log."));
            }
        } catch (IOException | RuntimeException e) {
            publish(new BlindTestView(Phase.FAILED, "Failed", labels(), null, protocol.answers(), null, null,
                    "The session stopped: " + e.getMessage() + ". Every completed trial is saved; resume from "
                            + "the log."));
        } finally {
            closeQuietly();
        }
    }

    private BlindTestView trialView(TrialPrompt prompt, String feedback) {
        return BlindTestView.trial(prompt, labels(), audio == null ? null : audio.playing(), feedback);
    }

    private void publish(BlindTestView next) {
        view = next;
        for (Consumer<BlindTestView> listener : listeners) {
            listener.accept(next);
        }
    }

    private void closeQuietly() {
        try {
            writer.close();
        } catch (IOException e) {
            // the log is already synced line by line; nothing is lost
        }
        if (audio != null) {
            try {
                audio.close();
            } catch (IOException e) {
                // the output is gone; nothing to save
            }
        }
    }
}
