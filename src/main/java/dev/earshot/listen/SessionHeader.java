package dev.earshot.listen;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The first line of a session log: everything fixed before the first trial.
 *
 * @param protocol       the protocol
 * @param design         fixed number of trials or SPRT parameters
 * @param stimuli        stimulus A then stimulus B; immutable copy
 * @param manualTrimDb   the listener's manual trim on top of level matching, applied to stimulus B, in dB
 * @param loop           the loop region, or null when the whole stimuli play
 * @param seedCommitment lower-case hex SHA-256 of the session seed ({@link TrialSchedule#commitment})
 * @param earshotVersion version of the program that ran the session
 * @param listener       the listener's name as given (may be empty)
 * @param startTime      when the session started (UTC)
 */
public record SessionHeader(Protocol protocol, TestDesign design, List<StimulusInfo> stimuli, double manualTrimDb,
                            LoopRegion loop, String seedCommitment, String earshotVersion, String listener,
                            Instant startTime) {
    /** Version of the log format this code writes and reads. */
    public static final int FORMAT_VERSION = 1;

    public SessionHeader {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(design, "design");
        stimuli = List.copyOf(stimuli);
        if (stimuli.size() != 2 || !stimuli.get(0).label().equals("A") || !stimuli.get(1).label().equals("B")) {
            throw new IllegalArgumentException("a session needs stimulus A then stimulus B");
        }
        if (!Double.isFinite(manualTrimDb)) {
            throw new IllegalArgumentException("manual trim must be finite");
        }
        if (seedCommitment == null || !seedCommitment.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("seed commitment must be 64 lower-case hex digits");
        }
        Objects.requireNonNull(earshotVersion, "earshotVersion");
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(startTime, "startTime");
    }
}
