package dev.earshot.listen;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One stimulus as recorded in the session log header.
 *
 * @param label        {@code "A"} or {@code "B"}
 * @param path         the file as given by the user (relative paths are resolved against the log's folder when
 *                     verifying)
 * @param sha256       lower-case hex SHA-256 of the file's bytes (64 characters)
 * @param gainDb       level-matching gain applied during playback, in dB (includes no manual trim)
 * @param offsetFrames time-alignment offset in sample frames (positive: this stimulus starts later)
 * @param profile      id of the playback profile the file was heard through, or null for the file itself (the
 *                     field is then absent from the log)
 */
public record StimulusInfo(String label, String path, String sha256, double gainDb, long offsetFrames,
                           String profile) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public StimulusInfo {
        Objects.requireNonNull(path, "path");
        if (!"A".equals(label) && !"B".equals(label)) {
            throw new IllegalArgumentException("stimulus label must be A or B, not '" + label + "'");
        }
        if (sha256 == null || !HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("stimulus " + label + ": sha256 must be 64 lower-case hex digits");
        }
        if (!Double.isFinite(gainDb)) {
            throw new IllegalArgumentException("stimulus " + label + ": gainDb must be finite");
        }
        if (profile != null && profile.isBlank()) {
            throw new IllegalArgumentException("stimulus " + label + ": profile id must not be blank");
        }
    }

    /** A stimulus heard as the file itself, without a playback profile. */
    public StimulusInfo(String label, String path, String sha256, double gainDb, long offsetFrames) {
        this(label, path, sha256, gainDb, offsetFrames, null);
    }
}
