package dev.earshot.report.model;

import java.time.Instant;
import java.util.List;

/**
 * Where the report comes from.
 *
 * @param schemaVersion  version of the JSON schema ({@link #SCHEMA_VERSION} for this build)
 * @param earshotVersion the tool's version string
 * @param title          report title shown on the first page (defaults to the master's file name)
 * @param client         client name, or {@code null} when none was given
 * @param created        when the report was made (UTC)
 * @param inputs         every input file with its role and SHA-256: the master first
 */
public record ReportMeta(int schemaVersion, String earshotVersion, String title, String client, Instant created,
                         List<InputFile> inputs) {

    /** Bump when a field of the JSON output changes meaning or disappears. */
    public static final int SCHEMA_VERSION = 1;

    public ReportMeta {
        inputs = List.copyOf(inputs);
    }

    /**
     * One input file.
     *
     * @param role            {@code master}, {@code reference}, {@code album}, {@code abx-log} or {@code impulse-response}
     * @param fileName        the file's name (no folder: reports travel to clients)
     * @param sha256          lower-case hex SHA-256 of the file's bytes
     * @param durationSeconds duration, or NaN for non-audio files
     * @param sampleRate      sample rate in Hz, or 0 for non-audio files
     * @param channels        channel count, or 0 for non-audio files
     */
    public record InputFile(String role, String fileName, String sha256, double durationSeconds, int sampleRate,
                            int channels) {
    }
}
