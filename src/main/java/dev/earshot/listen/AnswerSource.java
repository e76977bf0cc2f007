package dev.earshot.listen;

import java.io.IOException;

/**
 * Where a {@link SessionRunner} gets answers: a terminal, the app's panel, a script. It sees only
 * {@link TrialPrompt}s, so it cannot learn the hidden assignment or the running score; the only thing it learns
 * about right and wrong is the feedback after training trials. Called on the runner's thread.
 */
public interface AnswerSource {
    /**
     * Asks for the answer to one trial.
     *
     * @return the answer, or {@code null} to stop the session here (it stays resumable)
     * @throws IOException if the input fails
     */
    TrialAnswer nextAnswer(TrialPrompt prompt) throws IOException;

    /**
     * Feedback after a training trial (never after a scored one).
     *
     * @param correct      whether the answer was right (for preference: whether A was picked)
     * @param explanation  what was hidden, e.g. "X was A"
     */
    default void trainingFeedback(TrialPrompt prompt, boolean correct, String explanation) throws IOException {
    }
}
