package dev.earshot.listen;

import java.util.List;

/**
 * A listener's answer to one trial with what was played before it.
 *
 * @param answer     one of {@link Protocol#answers()}
 * @param plays      every switch in order, with its offset from the start of the trial in ms; empty without audio
 * @param underruns  audio underruns during the trial, ≥ 0
 */
public record TrialAnswer(String answer, List<PlayEvent> plays, int underruns) {
    public TrialAnswer {
        if (answer == null) {
            throw new IllegalArgumentException("an answer is required");
        }
        plays = List.copyOf(plays);
        if (underruns < 0) {
            throw new IllegalArgumentException("underruns must be >= 0");
        }
    }

    /** An answer given without playback (no plays, no underruns). */
    public static TrialAnswer of(String answer) {
        return new TrialAnswer(answer, List.of(), 0);
    }
}
