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
 * @param signingKey     the Ed25519 public key (base64 of its X.509 encoding) whose signature the footer carries,
 *                       or null for an unsigned session (the field is then absent from the log)
 */
public record SessionHeader(Protocol protocol, TestDesign design, List<StimulusInfo> stimuli, double manualTrimDb,
                            LoopRegion loop, String seedCommitment, String earshotVersion, String listener,
                            Instant startTime, String signingKey) {
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
        if (signingKey != null && !signingKey.matches("[A-Za-z0-9+/]+={0,2}")) {
            throw new IllegalArgumentException("signing key must be base64");
        }
    }

    /** An unsigned session's header. */
    public SessionHeader(Protocol protocol, TestDesign design, List<StimulusInfo> stimuli, double manualTrimDb,
                         LoopRegion loop, String seedCommitment, String earshotVersion, String listener,
                         Instant startTime) {
        this(protocol, design, stimuli, manualTrimDb, loop, seedCommitment, earshotVersion, listener, startTime,
                null);
    }

    /** This header with {@code base64X509} as its signing key. */
    public SessionHeader withSigningKey(String base64X509) {
        return new SessionHeader(protocol, design, stimuli, manualTrimDb, loop, seedCommitment, earshotVersion,
                listener, startTime, base64X509);
    }

    /** Whether the session's footer is to be signed. */
    public boolean signed() {
        return signingKey != null;
    }
}
