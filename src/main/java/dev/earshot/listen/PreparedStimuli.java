package dev.earshot.listen;

import java.util.List;

/**
 * What {@link StimulusPreparation} measured about two stimuli before a session: their identities, the gain that
 * level-matches B to A and the time offset of B against A.
 *
 * @param sha256A          SHA-256 of file A, 64 lower-case hex digits
 * @param sha256B          SHA-256 of file B
 * @param loudnessALufs    integrated loudness of A in LUFS
 * @param loudnessBLufs    integrated loudness of B in LUFS
 * @param matchGainDb      gain in dB that brings B to A's integrated loudness ({@code loudnessA - loudnessB})
 * @param manualTrimDb     the user's extra gain for B in dB, added on top of the match
 * @param offsetFrames     how many frames later B's content starts than A's (negative: earlier); playback of B
 *                         skips this many frames to line up with A
 * @param correlationPeak  normalised cross-correlation at that offset, −1..1 (near 1 for the same material)
 */
public record PreparedStimuli(String sha256A, String sha256B, double loudnessALufs, double loudnessBLufs,
                              double matchGainDb, double manualTrimDb, long offsetFrames, double correlationPeak) {
    /** @return the total gain applied to B in dB: the level match plus the manual trim */
    public double gainBDb() {
        return matchGainDb + manualTrimDb;
    }

    /**
     * The two stimuli as the session header records them: A unchanged, B with {@link #gainBDb} and the offset.
     *
     * @param pathA file A as written into the log (best relative to the log's folder)
     * @param pathB file B as written into the log
     */
    public List<StimulusInfo> toStimuli(String pathA, String pathB) {
        return List.of(new StimulusInfo("A", pathA, sha256A, 0.0, 0),
                new StimulusInfo("B", pathB, sha256B, gainBDb(), offsetFrames));
    }
}
