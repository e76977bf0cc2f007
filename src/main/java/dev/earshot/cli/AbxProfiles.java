package dev.earshot.cli;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.render.StimulusRender;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Stimuli heard through playback profiles for {@code abx run --profile}: each file is rendered offline through its
 * profile's device chain (aligned: the chain's latency is removed) into memory, and the renders' integrated loudness
 * is measured for the level match. The noise bed of a profile uses one fixed seed, so a resumed session hears the
 * same renders.
 */
final class AbxProfiles {
    private final ProfileLibrary library;
    private final ProfileFolders folders;

    private AbxProfiles(ProfileLibrary library, ProfileFolders folders) {
        this.library = library;
        this.folders = folders;
    }

    /** The profile library in Earshot's own folders (or {@code libraryOption}'s). */
    static AbxProfiles load(Path libraryOption) {
        ProfileFolders folders = ProfileFolders.resolve(libraryOption);
        return new AbxProfiles(ProfileLibrary.load(folders.profiles(), folders.impulseResponses()), folders);
    }

    /**
     * The profile ids for A and B from the option's comma-separated list: two ids for one file (the same master
     * through both), one id for two files (both through it), or two ids for two files.
     */
    static List<String> idsFor(String option, boolean twoFiles) {
        List<String> ids = Arrays.stream(option.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (ids.size() == 1 && twoFiles) {
            return List.of(ids.get(0), ids.get(0));
        }
        if (ids.size() == 2) {
            if (!twoFiles && ids.get(0).equals(ids.get(1))) {
                throw new UserInputException("--profile " + option + ": one file through the same profile twice "
                        + "is no test; name two different profiles");
            }
            return ids;
        }
        throw new UserInputException("--profile takes two ids for one file (e.g. car-a,earbuds-b) or one id for "
                + "two files, not '" + option + "'");
    }

    /**
     * Renders {@code file} (already decoded: {@code samples}) through profile {@code id} at {@code sampleRate}.
     *
     * @return two rows of the input's length, aligned with the input
     * @throws UserInputException if there is no such profile
     */
    float[][] render(float[][] samples, int sampleRate, String id) throws IOException {
        PlaybackProfile profile = find(id);
        return StimulusRender.throughProfile(samples, sampleRate, profile, library);
    }

    /** Integrated loudness of two rows at {@code sampleRate}, LUFS. */
    static double loudnessLufs(float[][] samples, int sampleRate, String what) throws IOException {
        double lufs = StimulusRender.integratedLufs(samples, sampleRate);
        if (!Double.isFinite(lufs)) {
            throw new UserInputException(what + " is too quiet to level-match (no block above the −70 LUFS "
                    + "gate)");
        }
        return lufs;
    }

    private PlaybackProfile find(String id) {
        Optional<PlaybackProfile> profile = library.find(id);
        if (profile.isEmpty()) {
            throw new UserInputException("--profile " + id + ": no such profile in " + folders.profiles()
                    + " (see 'earshot profiles list')");
        }
        return profile.get();
    }
}
