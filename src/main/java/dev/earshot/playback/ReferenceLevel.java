package dev.earshot.playback;

/**
 * The gain applied to a reference track so that it plays at the master's integrated loudness.
 *
 * @param matchGainDb the level-match gain, dB: from a quick estimate (the first
 *                    {@value ReferenceSlots#QUICK_SECONDS} s of both) until the background measurement of both whole
 *                    signals is done
 * @param trimDb      the listener's manual trim, dB, added to the match
 * @param measured    true once {@code matchGainDb} comes from the whole signals
 */
public record ReferenceLevel(double matchGainDb, double trimDb, boolean measured) {

    /** What is applied: match plus trim, dB. */
    public double appliedGainDb() {
        return matchGainDb + trimDb;
    }
}
