package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileEditTest {
    private static final Path SHIPPED = Path.of("playback-profiles", "compact-hatchback.json");

    /** An imported copy of a shipped profile. */
    private static Path imported(Path dir) throws Exception {
        PlaybackProfile shipped = ProfileCodec.read(SHIPPED).withId("my-car");
        String text = ProfileCodec.write(shipped).replace("\"kind\": \"modeled\"", "\"kind\": \"imported\"");
        assertTrue(text.contains("\"imported\""), "the fixture must change the provenance kind");
        return Files.writeString(dir.resolve("my-car.json"), text);
    }

    @Test
    void anEditChangesOnlyTheDescriptiveFieldsAndKeepsTheFile(@TempDir Path dir) throws Exception {
        Path file = imported(dir);
        PlaybackProfile before = ProfileCodec.read(file);
        ProfileEdit edit = new ProfileEdit("  My own car  ", ProfileCategory.CAR, "Measured at the driver's seat.", 74);

        PlaybackProfile saved = edit.save(dir, "my-car.json");

        PlaybackProfile after = ProfileCodec.read(file);
        assertEquals(saved, after);
        assertEquals("My own car", after.name());
        assertEquals("Measured at the driver's seat.", after.description());
        assertEquals(74, after.listeningLevelDbSpl(), 0.0);
        assertEquals(before.id(), after.id());
        assertEquals(before.impulseResponse(), after.impulseResponse());
        assertEquals(before.stages(), after.stages());
        assertEquals(before.noise(), after.noise());
        assertEquals(before.provenance(), after.provenance());
        assertEquals(1, Files.list(dir).count(), "no second file, no temporary left");
    }

    @Test
    void badValuesAreRefusedAndTheFileStaysAsItWas(@TempDir Path dir) throws Exception {
        Path file = imported(dir);
        String before = Files.readString(file);
        IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
                () -> new ProfileEdit(" ", ProfileCategory.CAR, "x", 80).save(dir, "my-car.json"));
        assertTrue(blank.getMessage().contains("name"), blank.getMessage());
        IllegalArgumentException loud = assertThrows(IllegalArgumentException.class,
                () -> new ProfileEdit("Car", ProfileCategory.CAR, "x", 130).save(dir, "my-car.json"));
        assertTrue(loud.getMessage().contains("listeningLevelDbSpl"), loud.getMessage());
        assertEquals(before, Files.readString(file));
    }

    @Test
    void modeledProfilesAreNotEdited(@TempDir Path dir) throws Exception {
        Files.copy(SHIPPED, dir.resolve("compact-hatchback.json"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new ProfileEdit("Other", ProfileCategory.CAR, "x", 80).save(dir, "compact-hatchback.json"));
        assertTrue(refused.getMessage().contains("modeled"), refused.getMessage());
        assertEquals(Files.readString(SHIPPED), Files.readString(dir.resolve("compact-hatchback.json")));
    }
}
