package dev.earshot.ui.tools;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.report.ProfileInput;
import dev.earshot.report.ReportFolder;
import dev.earshot.report.ReportRequest;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the user chose in the translation-report dialog, and the {@link ReportRequest} it stands for. Pure value logic,
 * no Swing, so the dialog's behaviour can be tested headless.
 *
 * @param master       the master file
 * @param profileIds   the chosen profile ids, in any order (the request keeps the library's order)
 * @param references   released tracks to compare with (may be empty)
 * @param albumTracks  the other tracks of the album (may be empty)
 * @param title        report title as typed; blank means "the master's file name"
 * @param client       client name as typed; blank means none
 */
public record ReportChoices(Path master, Set<String> profileIds, List<Path> references, List<Path> albumTracks,
                            String title, String client) {

    public ReportChoices {
        profileIds = Set.copyOf(profileIds);
        references = List.copyOf(references);
        albumTracks = List.copyOf(albumTracks);
        title = title == null ? "" : title;
        client = client == null ? "" : client;
    }

    /** Every profile of {@code library} chosen, no references, no title: the dialog's starting state. */
    public static ReportChoices allProfiles(Path master, ProfileLibrary library) {
        List<String> ids = new ArrayList<>();
        for (PlaybackProfile profile : library.profiles()) {
            ids.add(profile.id());
        }
        return new ReportChoices(master, Set.copyOf(ids), List.of(), List.of(), "", "");
    }

    /**
     * The request: chosen profiles in library order with their impulse responses, blank title and client as null.
     *
     * @param version the tool's version string
     * @param threads passes run at once, 1 or more
     * @throws IllegalArgumentException with a message for the user when no master or no profile is chosen
     */
    public ReportRequest toRequest(ProfileLibrary library, String version, int threads) {
        if (master == null) {
            throw new IllegalArgumentException("Open a master first: the report analyses the master in the window.");
        }
        List<ProfileInput> inputs = new ArrayList<>();
        for (PlaybackProfile profile : library.profiles()) {
            if (profileIds.contains(profile.id())) {
                inputs.add(new ProfileInput(profile, library.irPath(profile)));
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one playback profile for the report.");
        }
        return new ReportRequest(master, inputs, references, albumTracks, blankToNull(title), blankToNull(client),
                version, threads);
    }

    /** Where the report goes by default: a time-stamped folder in {@code reports/} next to the master. */
    public Path defaultFolder(LocalDateTime time) {
        Path parent = master.toAbsolutePath().getParent();
        return ReportFolder.defaultFolder(parent.resolve("reports"), master, time);
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
