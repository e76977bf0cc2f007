package dev.earshot.device;

import static dev.earshot.device.ProfileFixtures.minimalText;
import static dev.earshot.device.ProfileFixtures.writeImpulse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading a profile folder keeps every usable profile and reports each broken one in one line. */
class ProfileLibraryTest {
    @TempDir
    Path root;
    private Path profilesDir;
    private Path irDir;

    @BeforeEach
    void createFolders() throws IOException {
        profilesDir = Files.createDirectories(root.resolve("playback-profiles"));
        irDir = Files.createDirectories(root.resolve("impulse-responses"));
    }

    private void profile(String id, String irName) throws IOException {
        Files.writeString(profilesDir.resolve(id + ".json"), minimalText(id, irName));
    }

    @Test
    void loadsValidProfilesSortedByIdAndSkipsBrokenOnes() throws IOException {
        writeImpulse(irDir.resolve("shared.wav"), 2, 480);
        profile("zeta-speaker", "shared.wav");
        profile("alpha-phone", "shared.wav");
        profile("missing-ir", "nowhere.wav");
        Files.writeString(profilesDir.resolve("broken.json"), "{\"id\": \"broken\",");
        Files.writeString(profilesDir.resolve("notes.txt"), "not a profile");
        Files.writeString(profilesDir.resolve(".editor-backup.json"), "{");

        ProfileLibrary library = ProfileLibrary.load(profilesDir, irDir);

        assertEquals(List.of("alpha-phone", "zeta-speaker"),
                library.profiles().stream().map(PlaybackProfile::id).toList());
        List<String> problems = library.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("broken.json: line 1: malformed JSON ("), problems.get(0));
        assertEquals("missing-ir.json: field 'impulseResponse': nowhere.wav not found in impulse-responses/",
                problems.get(1));
        for (String problem : problems) {
            assertTrue(!problem.contains("\n"), "one line: " + problem);
        }
    }

    @Test
    void findsProfilesByIdAndGivesTheirCheckedIrPath() throws IOException {
        writeImpulse(irDir.resolve("phone.wav"), 1, 480);
        profile("small-phone", "phone.wav");

        ProfileLibrary library = ProfileLibrary.load(profilesDir, irDir);

        PlaybackProfile phone = library.find("small-phone").orElseThrow();
        assertEquals(irDir.resolve("phone.wav").toRealPath(), library.irPath(phone));
        assertEquals(Optional.empty(), library.find("large-phone"));
        assertEquals(List.of(), library.problems());
        PlaybackProfile foreign = phone.withId("other-phone");
        assertThrows(IllegalArgumentException.class, () -> library.irPath(foreign));
    }

    @Test
    void folderNamedLikeAProfileIsReportedNotFatal() throws IOException {
        writeImpulse(irDir.resolve("ir.wav"), 1, 48);
        profile("real-device", "ir.wav");
        Files.createDirectory(profilesDir.resolve("archive.json"));

        ProfileLibrary library = ProfileLibrary.load(profilesDir, irDir);

        assertEquals(List.of("real-device"), library.profiles().stream().map(PlaybackProfile::id).toList());
        assertEquals(List.of("archive.json: is not a regular file"), library.problems());
    }

    @Test
    void badImpulseResponseSkipsOnlyItsProfile() throws IOException {
        writeImpulse(irDir.resolve("good.wav"), 1, 480);
        writeImpulse(irDir.resolve("three.wav"), 3, 480);
        profile("good-device", "good.wav");
        profile("three-channel-device", "three.wav");

        ProfileLibrary library = ProfileLibrary.load(profilesDir, irDir);

        assertEquals(List.of("good-device"), library.profiles().stream().map(PlaybackProfile::id).toList());
        assertEquals(1, library.problems().size());
        assertTrue(library.problems().get(0).startsWith("three-channel-device.json: impulse response three.wav: has 3 "
                + "channels"), library.problems().get(0));
    }

    @Test
    void missingProfileFolderGivesAnEmptyLibraryWithOneProblem() {
        ProfileLibrary library = ProfileLibrary.load(root.resolve("nowhere"), irDir);
        assertEquals(List.of(), library.profiles());
        assertEquals(1, library.problems().size());
        assertTrue(library.problems().get(0).endsWith("nowhere: cannot list the profile folder (not a folder)"),
                library.problems().get(0));
    }
}
