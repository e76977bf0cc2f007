package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDeletionTest {
    @TempDir
    Path dir;
    private Path profiles;
    private Path irs;

    @BeforeEach
    void library() throws Exception {
        profiles = Files.createDirectories(dir.resolve("playback-profiles"));
        irs = Files.createDirectories(dir.resolve("impulse-responses"));
        for (String name : List.of("mine.json", "twin.json", "shipped.json", "broken.json", "escape.json")) {
            Files.writeString(profiles.resolve(name), "{}");
        }
        for (String name : List.of("mine.wav", "shared.wav", "shipped.wav")) {
            Files.writeString(irs.resolve(name), "RIFF");
        }
        Files.writeString(dir.resolve("outside.wav"), "RIFF");
    }

    private static ProfileRow row(String file, String provenance, String ir) {
        String id = file.replace(".json", "");
        return new ProfileRow(file, id, id, "Car", provenance, 80, ir, ProfileRow.OK);
    }

    @Test
    void anImportedProfileTakesItsOwnImpulseResponseWithIt() throws Exception {
        ProfileRow mine = row("mine.json", "imported", "mine.wav");
        ProfileDeletion deletion = ProfileDeletion.plan(profiles, irs, mine, List.of(mine));
        assertTrue(deletion.allowed());
        assertEquals(List.of(profiles.resolve("mine.json"), irs.resolve("mine.wav")), deletion.files());
        deletion.delete();
        assertFalse(Files.exists(profiles.resolve("mine.json")));
        assertFalse(Files.exists(irs.resolve("mine.wav")));
        assertTrue(Files.exists(irs.resolve("shipped.wav")), "nothing else is touched");
    }

    @Test
    void aSharedImpulseResponseStays() throws Exception {
        ProfileRow mine = row("mine.json", "measured", "shared.wav");
        ProfileRow twin = row("twin.json", "imported", "shared.wav");
        ProfileDeletion deletion = ProfileDeletion.plan(profiles, irs, mine, List.of(mine, twin));
        assertNull(deletion.irFile());
        deletion.delete();
        assertTrue(Files.exists(irs.resolve("shared.wav")));
        assertTrue(Files.exists(profiles.resolve("twin.json")));
    }

    @Test
    void modeledProfilesAreRefusedAndNothingIsDeleted() {
        ProfileRow shipped = row("shipped.json", "modeled", "shipped.wav");
        ProfileDeletion deletion = ProfileDeletion.plan(profiles, irs, shipped, List.of(shipped));
        assertFalse(deletion.allowed());
        assertTrue(deletion.refusal().contains("ships with Earshot"), deletion.refusal());
        assertThrows(IllegalStateException.class, deletion::delete);
        assertTrue(Files.exists(profiles.resolve("shipped.json")));
    }

    @Test
    void anUnreadableProfileFileCanBeDeletedAlone() throws Exception {
        ProfileRow broken = new ProfileRow("broken.json", "broken", "", "", "", Double.NaN, "", "bad JSON");
        ProfileDeletion deletion = ProfileDeletion.plan(profiles, irs, broken, List.of(broken));
        assertEquals(List.of(profiles.resolve("broken.json")), deletion.files());
        deletion.delete();
        assertFalse(Files.exists(profiles.resolve("broken.json")));
    }

    @Test
    void anImpulseResponseOutsideItsFolderIsNeverDeleted() throws Exception {
        ProfileRow escape = row("escape.json", "imported", "../outside.wav");
        ProfileDeletion deletion = ProfileDeletion.plan(profiles, irs, escape, List.of(escape));
        assertNull(deletion.irFile());
        deletion.delete();
        assertTrue(Files.exists(dir.resolve("outside.wav")));
    }
}
