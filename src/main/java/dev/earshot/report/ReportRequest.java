package dev.earshot.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What a report is asked to cover.
 *
 * @param master         the master file
 * @param profiles       the profiles, in the order the report shows them (at least one)
 * @param references     released tracks to compare the master with (may be empty)
 * @param albumTracks    the other tracks of the EP or album (may be empty); handed to the {@link ReportExtension}
 * @param title          report title, or {@code null} for the master's file name
 * @param client         client name, or {@code null}
 * @param earshotVersion the tool's version string for the report's meta data
 * @param threads        passes run at once, 1 or more
 */
public record ReportRequest(Path master, List<ProfileInput> profiles, List<Path> references, List<Path> albumTracks,
                            String title, String client, String earshotVersion, int threads) {

    /** @throws IllegalArgumentException if there is no profile or the thread count is below 1 */
    public ReportRequest {
        profiles = List.copyOf(profiles);
        references = List.copyOf(references);
        albumTracks = List.copyOf(albumTracks);
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one playback profile");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be 1 or more, not " + threads);
        }
    }
}
