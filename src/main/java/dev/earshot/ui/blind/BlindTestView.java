package dev.earshot.ui.blind;

import dev.earshot.listen.Power;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionOutcome;
import dev.earshot.listen.TestResult;
import dev.earshot.listen.TrialPrompt;
import java.util.List;
import java.util.Locale;

/**
 * What the blind-test panel shows at one moment; immutable. Before {@link Phase#FINISHED} it carries nothing about
 * the score: {@code result} is null and {@code feedback} is only set after a training trial.
 *
 * @param phase     where the session stands
 * @param progress  e.g. "Trial 3 of 16", "Training trial 1 of 2", "Trial 5 (at most 40)"; empty before the first
 *                  trial
 * @param labels    what the listener can switch to (A, B, X or 1, 2, 3); empty without sound
 * @param playing   the label playing, or null
 * @param answers   the answers the listener may give, as the protocol names them (A, B; 1, 2, 3; same, different)
 * @param feedback  after a training trial: right or wrong and what was hidden; otherwise null
 * @param result    the result, only when finished
 * @param message   why the session stopped or failed, or null
 */
public record BlindTestView(Phase phase, String progress, List<String> labels, String playing, List<String> answers,
                            String feedback, ResultView result, String message) {
    /** The stages of a session. */
    public enum Phase {
        /** Not started. */
        READY,
        /** Preparing or playing a trial, waiting for the answer. */
        TRIAL,
        /** The log has its footer; the result is shown. */
        FINISHED,
        /** The listener stopped; the session can be resumed from the log. */
        STOPPED,
        /** Something failed (the message says what); the session can be resumed from the log. */
        FAILED
    }

    public BlindTestView {
        labels = List.copyOf(labels);
        answers = List.copyOf(answers);
    }

    /** The view of a trial waiting for its answer. */
    static BlindTestView trial(TrialPrompt prompt, List<String> labels, String playing, String feedback) {
        String progress = prompt.training()
                ? "Training trial " + prompt.number() + " of " + prompt.plannedTrials()
                : prompt.sequential() ? "Trial " + prompt.number() + " (at most " + prompt.plannedTrials() + ")"
                : "Trial " + prompt.number() + " of " + prompt.plannedTrials();
        return new BlindTestView(Phase.TRIAL, progress, labels, playing, prompt.answers(), feedback, null, null);
    }

    /**
     * The result as the panel prints it.
     *
     * @param score    e.g. "12 of 16 correct" or "9 of 16 preferred A"
     * @param pValue   e.g. "p = 0.0384 (one-sided exact binomial)" or the reason there is none
     * @param interval e.g. "95 % interval of the rate: 48 % to 93 %"
     * @param power    the test's power for 60/70/80 % listeners, or null (sequential designs, preference)
     * @param verdict  the plain-language verdict
     * @param logFile  the session log's file name
     */
    public record ResultView(String score, String pValue, String interval, String power, String verdict,
                             String logFile) {
        /** The result of a finished session. */
        static ResultView of(SessionOutcome outcome, Protocol protocol, String logFile) {
            TestResult r = outcome.result();
            String score = r.correct() + " of " + r.trials() + (protocol.isScored() ? " correct" : " preferred A");
            String p = outcome.decision() != null
                    ? "Sequential test: " + outcome.decision().name().toLowerCase(Locale.ROOT) + " (no p-value after "
                    + "sequential stopping)"
                    : String.format(Locale.ROOT, "p = %.4f (%s exact binomial)", r.pValue(),
                    protocol.isScored() ? "one-sided" : "two-sided");
            String interval = "Rate of " + (protocol.isScored() ? "right answers" : "picking A") + ": "
                    + r.interval().describePercent();
            String power = outcome.decision() == null && protocol.isScored() ? Power.describe(r) : null;
            return new ResultView(score, p, interval, power, outcome.verdict(), logFile);
        }
    }
}
