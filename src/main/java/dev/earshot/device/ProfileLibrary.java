package dev.earshot.device;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The usable profiles of a profile folder and its impulse-response folder, loaded once. Every {@code *.json} file
 * directly inside the profile folder (hidden files, whose names start with '.', are ignored) is read with
 * {@link ProfileCodec} and checked with {@link ProfileValidator}; a file with any problem is skipped and its problems
 * are kept as one-line messages, so one broken profile never hides the others. Immutable and thread-safe once loaded.
 */
public final class ProfileLibrary {
    private final Path irDir;
    private final List<PlaybackProfile> profiles;
    private final Map<String, PlaybackProfile> byId;
    private final Map<String, Path> irPaths;
    private final List<String> problems;

    private ProfileLibrary(Path irDir, List<PlaybackProfile> profiles, Map<String, Path> irPaths,
                           List<String> problems) {
        this.irDir = irDir;
        this.profiles = List.copyOf(profiles);
        Map<String, PlaybackProfile> index = new HashMap<>();
        profiles.forEach(p -> index.put(p.id(), p));
        this.byId = Map.copyOf(index);
        this.irPaths = Map.copyOf(irPaths);
        this.problems = List.copyOf(problems);
    }

    /**
     * Loads every profile in {@code profilesDir} whose impulse response in {@code irDir} is usable. Never throws for
     * a bad file or folder: a missing or unreadable folder is reported in {@link #problems()} and gives an empty
     * library. Reads every impulse response once (at most 10 s each).
     */
    public static ProfileLibrary load(Path profilesDir, Path irDir) {
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(profilesDir, "*" + ProfileCodec.SUFFIX)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            problems.add(profilesDir + ": cannot list the profile folder ("
                    + (Files.isDirectory(profilesDir) ? e.getClass().getSimpleName() : "not a folder") + ")");
            return new ProfileLibrary(irDir, List.of(), Map.of(), problems);
        }
        files.sort(Comparator.comparing(file -> file.getFileName().toString()));

        List<PlaybackProfile> loaded = new ArrayList<>();
        Map<String, Path> irPaths = new HashMap<>();
        Map<String, String> fileOfId = new HashMap<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            PlaybackProfile profile;
            try {
                profile = ProfileCodec.read(file);
            } catch (ProfileException e) {
                problems.add(e.getMessage());
                continue;
            }
            String earlier = fileOfId.putIfAbsent(profile.id(), fileName);
            if (earlier != null) {
                problems.add(fileName + ": field 'id': duplicate id '" + profile.id() + "' (also in " + earlier
                        + "); skipped");
                continue;
            }
            List<String> invalid = ProfileValidator.validate(profile, irDir);
            if (!invalid.isEmpty()) {
                problems.addAll(invalid);
                continue;
            }
            try {
                irPaths.put(profile.id(), ProfileValidator.resolveImpulseResponse(profile, irDir));
            } catch (ProfileException e) {
                problems.add(e.getMessage());
                continue;
            }
            loaded.add(profile);
        }
        loaded.sort(Comparator.comparing(PlaybackProfile::id));
        return new ProfileLibrary(irDir, loaded, irPaths, problems);
    }

    /** The usable profiles, sorted by id; unmodifiable. */
    public List<PlaybackProfile> profiles() {
        return profiles;
    }

    /** One line per problem found while loading, each naming its file, in file-name order; unmodifiable. */
    public List<String> problems() {
        return problems;
    }

    /** The usable profile with this id, if any. */
    public Optional<PlaybackProfile> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The real path of the profile's impulse response as checked when the library was loaded (symbolic links
     * resolved). For a profile from elsewhere use {@link ProfileValidator#resolveImpulseResponse}.
     *
     * @throws IllegalArgumentException if {@code profile} is not one of {@link #profiles()}
     */
    public Path irPath(PlaybackProfile profile) {
        if (!profile.equals(byId.get(profile.id()))) {
            throw new IllegalArgumentException("profile '" + profile.id() + "' is not in this library");
        }
        return irPaths.get(profile.id());
    }

    /** The impulse-response folder this library was loaded from. */
    public Path irDir() {
        return irDir;
    }
}
