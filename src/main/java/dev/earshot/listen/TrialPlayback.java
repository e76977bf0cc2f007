package dev.earshot.listen;

import java.io.IOException;

/**
 * What a {@link SessionRunner} tells the player around each trial. Only the runner and the player see the hidden
 * assignment; the {@link AnswerSource} switches between neutral labels through the player's own controls and never
 * learns what sits behind them. Called on the runner's thread.
 */
public interface TrialPlayback {
    /** Plays nothing (sessions answered without sound). */
    TrialPlayback NONE = (prompt, hidden) -> { };

    /**
     * Prepares and starts playback of one trial before its answer is asked for.
     *
     * @param hidden which stimulus sits behind each slot
     * @throws IOException if playback fails
     */
    void beginTrial(TrialPrompt prompt, TrialAssignment hidden) throws IOException;

    /** Called after the answer (stops or fades out the sound); by default nothing. */
    default void endTrial() throws IOException {
    }
}
