package dev.earshot.listen;

/**
 * Where an interrupted session stands.
 *
 * @param header          the session's header
 * @param completedTrials number of completed non-training trials
 * @param trainingTrials  number of completed training trials
 * @param nextIndex       the index the next trial line must carry (1-based)
 * @param finished        whether the log already ends with a footer
 * @param truncatedBytes  bytes of a partial last line removed by the repair (0 if the log ended cleanly)
 * @param lastLineSha256  SHA-256 hex of the last complete line, the next line's {@code prev}
 */
public record ResumeState(SessionHeader header, int completedTrials, int trainingTrials, int nextIndex,
                          boolean finished, int truncatedBytes, String lastLineSha256) {
}
