package dev.earshot.ui.tools;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileException;
import dev.earshot.device.ProfileValidator;
import dev.earshot.device.Provenance;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One line of the profile manager's table: a profile file and whether the window can use it. No Swing.
 *
 * @param file                the profile's JSON file name
 * @param id                  the profile's id, or the file name without {@code .json} when it cannot be read
 * @param name                display name, empty when the file cannot be read
 * @param category            category display name, empty when unreadable
 * @param provenance          provenance kind ("modeled", "measured", "imported"), empty when unreadable
 * @param listeningLevelDbSpl typical listening level in dB SPL, NaN when unreadable
 * @param impulseResponse     the impulse-response file name the profile names, empty when unreadable
 * @param status              {@link #OK}, or the problems found, each naming its file
 */
public record ProfileRow(String file, String id, String name, String category, String provenance,
                         double listeningLevelDbSpl, String impulseResponse, String status) {
    /** The status of a usable profile. */
    public static final String OK = "OK";

    public boolean ok() {
        return OK.equals(status);
    }

    /**
     * True for a modeled profile: one that ships with Earshot, which the manager neither edits nor deletes (imported
     * and measured profiles, and files that cannot be read, are the user's own).
     */
    public boolean shipped() {
        return Provenance.Kind.MODELED.jsonName().equals(provenance);
    }

    /**
     * Reads and validates every profile file in {@code profilesDir} as {@code ProfileLibrary.load} does (same file
     * filter, same checks), one row per file in file-name order. Reads every impulse response;
     * call off the EDT. A folder that cannot be listed gives one row saying so.
     */
    public static List<ProfileRow> scan(Path profilesDir, Path irDir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(profilesDir, "*" + ProfileCodec.SUFFIX)) {
            for (Path entry : entries) {
                if (!entry.getFileName().toString().startsWith(".")) {
                    files.add(entry);
                }
            }
        } catch (IOException e) {
            return List.of(new ProfileRow(profilesDir.toString(), "", "", "", "", Double.NaN, "",
                    profilesDir + ": cannot list the profile folder (" + (Files.isDirectory(profilesDir)
                            ? e.getClass().getSimpleName() : "not a folder") + ")"));
        }
        files.sort(Comparator.comparing(file -> file.getFileName().toString()));
        List<ProfileRow> rows = new ArrayList<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            PlaybackProfile profile;
            try {
                profile = ProfileCodec.read(file);
            } catch (ProfileException e) {
                String stem = fileName.substring(0, fileName.length() - ProfileCodec.SUFFIX.length());
                rows.add(new ProfileRow(fileName, stem, "", "", "", Double.NaN, "", e.getMessage()));
                continue;
            }
            List<String> problems = ProfileValidator.validate(profile, irDir);
            String status = problems.isEmpty() ? OK : String.join("; ", problems);
            rows.add(new ProfileRow(fileName, profile.id(), profile.name(), profile.category().displayName(),
                    profile.provenance().kind().jsonName(), profile.listeningLevelDbSpl(),
                    profile.impulseResponse(), status));
        }
        return rows;
    }
}
