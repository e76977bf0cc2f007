package dev.earshot.ui.tools;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.render.ProfileRenderer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the user chose in the Render dialog, and the {@link ProfileRenderer} jobs and settings it stands for. Pure
 * value logic, no Swing, so the dialog's behaviour can be tested headless.
 *
 * @param master     the master file
 * @param profileIds the chosen profile ids, in any order (jobs keep the library's order)
 * @param format     sample format of the written WAVs
 * @param levelMatch match every render to one integrated loudness, as the CLI does by default
 * @param folder     the folder receiving {@code <profile-id>.wav}
 */
public record RenderChoices(Path master, Set<String> profileIds, WavSampleFormat format, boolean levelMatch,
                            Path folder) {

    public RenderChoices {
        profileIds = Set.copyOf(profileIds);
    }

    /**
     * The dialog's starting state: the given profile (or none for bypass), 24-bit, level-matched, into
     * {@link #defaultFolder(Path)}.
     *
     * @param selectedProfileId the profile selected in the window, or null
     */
    public static RenderChoices startingWith(Path master, String selectedProfileId) {
        return new RenderChoices(master, selectedProfileId == null ? Set.of() : Set.of(selectedProfileId),
                WavSampleFormat.PCM24, true, defaultFolder(master));
    }

    /** {@code <master name>-renders} next to the master, as the CLI names it. */
    public static Path defaultFolder(Path master) {
        Path absolute = master.toAbsolutePath();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return absolute.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-renders");
    }

    /**
     * One job per chosen profile, in library order, with the impulse response the library checked.
     *
     * @throws IllegalArgumentException with a message for the user when no master, no profile or no folder is chosen
     */
    public List<ProfileRenderer.Job> jobs(ProfileLibrary library) {
        if (master == null) {
            throw new IllegalArgumentException("Open a master first: the render uses the master in the window.");
        }
        if (folder == null || folder.toString().isBlank()) {
            throw new IllegalArgumentException("Choose a folder for the rendered files.");
        }
        List<ProfileRenderer.Job> jobs = new ArrayList<>();
        for (PlaybackProfile profile : library.profiles()) {
            if (profileIds.contains(profile.id())) {
                jobs.add(new ProfileRenderer.Job(profile, library.irPath(profile)));
            }
        }
        if (jobs.isEmpty()) {
            throw new IllegalArgumentException("Choose at least one playback profile to render.");
        }
        return jobs;
    }

    /** The renderer settings: format and level matching as chosen, the CLI's default match level. */
    public ProfileRenderer.Settings settings(int threads) {
        return new ProfileRenderer.Settings(format, levelMatch, Double.NaN, Math.max(1, threads));
    }
}
