package dev.earshot.listen;

import java.util.List;
import java.util.Objects;

/**
 * What a user interface may know about the trial it asks for: its place in the session and the protocol's neutral
 * labels. It carries nothing about the hidden assignment and nothing about the score so far.
 *
 * @param trialIndex     the log's trial index, ≥ 1 (training trials count too)
 * @param training       whether this is a training trial (feedback follows, not scored)
 * @param number         1-based number within its kind: training trial k, or scored trial k
 * @param plannedTrials  training trials planned, or for scored trials the fixed n or the sequential cap
 * @param sequential     whether scored trials may stop before {@code plannedTrials} (SPRT)
 * @param protocol       the protocol, for its labels
 */
public record TrialPrompt(int trialIndex, boolean training, int number, int plannedTrials, boolean sequential,
                          Protocol protocol) {
    public TrialPrompt {
        Objects.requireNonNull(protocol, "protocol");
        if (trialIndex < 1 || number < 1 || number > plannedTrials) {
            throw new IllegalArgumentException("trial " + number + " of " + plannedTrials + " (index " + trialIndex
                    + ") is out of range");
        }
    }

    /** @return the number of stimuli presented per trial (1 for ABX's X, 2 for a pair, 3 for a triangle) */
    public int slotCount() {
        return protocol.slotCount();
    }

    /** @return the answers the protocol accepts, e.g. A and B */
    public List<String> answers() {
        return protocol.answers();
    }
}
