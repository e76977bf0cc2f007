package dev.earshot.listen;

import java.util.List;
import java.util.Objects;

/**
 * One trial line of the session log.
 *
 * @param index       1-based trial number; training trials are numbered with the others
 * @param training    true for a training trial (feedback shown, excluded from results)
 * @param plays       every switch the listener made, in order; immutable copy
 * @param hidden      the stimulus behind each slot ({@link TrialAssignment#slots()}); immutable copy
 * @param answer      the listener's answer, one of {@link Protocol#answers()}
 * @param correct     whether the answer was right; null for preference
 * @param durationMs  time from the start of the trial to the answer, in milliseconds
 * @param switchCount number of switches (normally {@code plays.size()})
 * @param underruns   number of audio buffer underruns during the trial
 */
public record TrialRecord(int index, boolean training, List<PlayEvent> plays, List<String> hidden, String answer,
                          Boolean correct, long durationMs, int switchCount, int underruns) {
    public TrialRecord {
        if (index < 1) {
            throw new IllegalArgumentException("trial index must be >= 1, was " + index);
        }
        plays = List.copyOf(plays);
        hidden = List.copyOf(hidden);
        Objects.requireNonNull(answer, "answer");
        if (durationMs < 0 || switchCount < 0 || underruns < 0) {
            throw new IllegalArgumentException("trial " + index + ": duration, switches and underruns must be >= 0");
        }
    }

    /** A trial scored against its assignment: {@code correct} is computed, null for preference. */
    public static TrialRecord scored(int index, boolean training, List<PlayEvent> plays, TrialAssignment assignment,
                                     String answer, long durationMs, int underruns) {
        boolean right = assignment.isCorrect(answer);
        Boolean correct = assignment.protocol().isScored() ? right : null;
        return new TrialRecord(index, training, plays, assignment.slots(), answer, correct, durationMs,
                plays.size(), underruns);
    }
}
