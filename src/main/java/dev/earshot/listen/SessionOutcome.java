package dev.earshot.listen;

/**
 * How {@link SessionRunner#run} ended.
 *
 * @param finished         true if the session reached its end and the log has its footer; false if the answer
 *                         source stopped it (the log is resumable)
 * @param completedTrials  scored trials in the log
 * @param result           the binomial test on the scored trials (one-sided, or two-sided for preference); null
 *                         when unfinished or without scored trials
 * @param decision         the SPRT decision for a sequential design, null for a fixed one or when unfinished
 * @param verdict          the plain-language verdict written to the log, null when unfinished
 */
public record SessionOutcome(boolean finished, int completedTrials, TestResult result, SequentialDecision decision,
                             String verdict) {
}
