package dev.earshot.listen;

import java.io.IOException;
import java.time.Clock;
import java.util.Objects;

/**
 * Drives one blind-test session from a {@link SessionLogWriter} (new or resumed) and an {@link AnswerSource}:
 * training trials first (with feedback, excluded from the result), then scored trials until the design stops them
 * (a fixed design after exactly n; a sequential one when {@link SequentialTest#decide} reaches a boundary or the
 * cap), then the footer with the result. The answer source never sees the hidden assignment or the running score.
 *
 * <p>Training happens only before the first scored trial: a session resumed after scoring began continues with
 * scored trials. Not thread-safe; {@link #run} is called once, on the thread that owns the writer. The runner does
 * not close the writer when the session is stopped early; the caller does.
 */
public final class SessionRunner {
    private final SessionLogWriter writer;
    private final AnswerSource answers;
    private final int trainingTrials;
    private final Clock clock;
    private final TrialPlayback playback;

    /**
     * @param writer          the session's log, positioned at its next trial
     * @param answers         the listener
     * @param trainingTrials  training trials to offer before scoring starts, ≥ 0
     * @param clock           source of trial durations and the end time
     */
    public SessionRunner(SessionLogWriter writer, AnswerSource answers, int trainingTrials, Clock clock) {
        this(writer, answers, trainingTrials, clock, TrialPlayback.NONE);
    }

    /**
     * A session with sound: {@code playback} is told each trial's hidden assignment before the answer is asked for.
     *
     * @param playback the player; {@link TrialPlayback#NONE} for none
     */
    public SessionRunner(SessionLogWriter writer, AnswerSource answers, int trainingTrials, Clock clock,
                         TrialPlayback playback) {
        this.playback = Objects.requireNonNull(playback, "playback");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.answers = Objects.requireNonNull(answers, "answers");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (trainingTrials < 0 || trainingTrials > 100) {
            throw new IllegalArgumentException("training trials must be 0..100, was " + trainingTrials);
        }
        this.trainingTrials = trainingTrials;
    }

    /**
     * The SPRT a sequential design runs, with the protocol's chance rate.
     *
     * @throws IllegalArgumentException for a fixed design or an unscored protocol (preference)
     */
    public static SequentialTest sequentialTest(SessionHeader header) {
        TestDesign design = header.design();
        if (!design.sequential()) {
            throw new IllegalArgumentException("the session has a fixed design");
        }
        double chance = header.protocol().chanceLevel().orElseThrow(() -> new IllegalArgumentException(
                "a sequential test needs a protocol with right and wrong answers, not " + header.protocol()
                        .jsonName()));
        return new SequentialTest(design.alpha(), design.beta(), chance, design.p1(), design.maxTrials());
    }

    /**
     * Runs trials until the design stops or the answer source returns null.
     *
     * @return the outcome; when finished the log has its footer and the writer is closed
     * @throws IOException if the log cannot be written or the answer source fails
     */
    public SessionOutcome run() throws IOException {
        SessionHeader header = writer.header();
        TestDesign design = header.design();
        SequentialTest sprt = design.sequential() ? sequentialTest(header) : null;
        int trainingDone = writer.nextIndex() - 1 - writer.completedTrials();
        if (writer.completedTrials() == 0) {
            while (trainingDone < trainingTrials) {
                TrialPrompt prompt = new TrialPrompt(writer.nextIndex(), true, trainingDone + 1, trainingTrials,
                        design.sequential(), header.protocol());
                if (!playTrial(prompt)) {
                    return new SessionOutcome(false, 0, null, null, null);
                }
                trainingDone++;
            }
        }
        while (!stops(sprt, design)) {
            TrialPrompt prompt = new TrialPrompt(writer.nextIndex(), false, writer.completedTrials() + 1,
                    design.maxTrials(), design.sequential(), header.protocol());
            if (!playTrial(prompt)) {
                return new SessionOutcome(false, writer.completedTrials(), null, null, null);
            }
        }
        return finish(header, sprt);
    }

    private boolean stops(SequentialTest sprt, TestDesign design) {
        int done = writer.completedTrials();
        if (sprt == null || done == 0) {
            return done >= design.maxTrials();
        }
        return sprt.decide(writer.correctCount(), done).isFinal();
    }

    private boolean playTrial(TrialPrompt prompt) throws IOException {
        long startMs = clock.millis();
        TrialAssignment hidden = writer.nextAssignment();
        playback.beginTrial(prompt, hidden);
        TrialAnswer answer;
        try {
            answer = answers.nextAnswer(prompt);
        } finally {
            playback.endTrial();
        }
        if (answer == null) {
            return false;
        }
        long durationMs = Math.max(0, clock.millis() - startMs);
        TrialRecord record = TrialRecord.scored(prompt.trialIndex(), prompt.training(), answer.plays(), hidden,
                answer.answer(), durationMs, answer.underruns());
        writer.appendTrial(record);
        if (prompt.training()) {
            answers.trainingFeedback(prompt, hidden.isCorrect(answer.answer()), hidden.describe());
        }
        return true;
    }

    private SessionOutcome finish(SessionHeader header, SequentialTest sprt) throws IOException {
        int correct = writer.correctCount();
        int trials = writer.completedTrials();
        Protocol protocol = header.protocol();
        TestResult result = protocol.isScored()
                ? TestResult.oneSided(correct, trials, protocol.chanceLevel().getAsDouble(), TestResult.DEFAULT_ALPHA)
                : TestResult.preference(correct, trials, TestResult.DEFAULT_ALPHA);
        SequentialDecision decision = null;
        String verdict;
        double loggedP;
        if (sprt != null) {
            decision = sprt.decide(correct, trials);
            verdict = Verdict.describe(sprt, decision, correct, trials);
            // A p-value computed as if n had been fixed is not valid after sequential stopping.
            loggedP = Double.NaN;
        } else {
            verdict = protocol.isScored() ? Verdict.describe(result) : Verdict.describe(result, "A");
            loggedP = result.pValue();
        }
        writer.finish(new LoggedResult(correct, trials, loggedP, verdict), clock.instant());
        return new SessionOutcome(true, trials, result, decision, verdict);
    }
}
