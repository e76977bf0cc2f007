package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.ProfileLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headless: the profile manager's rows agree with what {@link ProfileLibrary#load} accepts and rejects. */
class ProfileRowTest {

    private static void copyShipped(String id, Path profiles, Path irs, boolean withIr) throws Exception {
        Files.copy(Path.of("playback-profiles", id + ".json"), profiles.resolve(id + ".json"));
        if (withIr) {
            Files.copy(Path.of("impulse-responses", id + ".wav"), irs.resolve(id + ".wav"));
        }
    }

    @Test
    void aGoodProfileIsOkAndBadOnesCarryTheLibrarysProblem(@TempDir Path dir) throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("playback-profiles"));
        Path irs = Files.createDirectories(dir.resolve("impulse-responses"));
        copyShipped("compact-hatchback", profiles, irs, true);
        copyShipped("earbuds-poor-seal", profiles, irs, false);
        Files.writeString(profiles.resolve("broken.json"), "{ \"id\": ");

        List<ProfileRow> rows = ProfileRow.scan(profiles, irs);
        ProfileLibrary library = ProfileLibrary.load(profiles, irs);

        assertEquals(List.of("broken", "compact-hatchback", "earbuds-poor-seal"),
                rows.stream().map(ProfileRow::id).toList(), "one row per file in file-name order");
        assertEquals(library.profiles().stream().map(p -> p.id()).toList(),
                rows.stream().filter(ProfileRow::ok).map(ProfileRow::id).toList(), "OK exactly when the library loads it");
        ProfileRow good = rows.get(1);
        assertEquals("Car", good.category());
        assertEquals("modeled", good.provenance());
        assertEquals("compact-hatchback.wav", good.impulseResponse());
        assertEquals(library.profiles().get(0).listeningLevelDbSpl(), good.listeningLevelDbSpl(), 0.0);
        for (ProfileRow bad : List.of(rows.get(0), rows.get(2))) {
            assertTrue(library.problems().contains(bad.status()), bad.status() + " is not among " + library.problems());
        }
        assertTrue(rows.get(2).status().contains("earbuds-poor-seal.wav"), "the missing IR file is named");
    }

    @Test
    void aFileWhoseIdDiffersFromItsNameIsFlaggedAsTheLibraryDoes(@TempDir Path dir) throws Exception {
        Path profiles = Files.createDirectories(dir.resolve("playback-profiles"));
        Path irs = Files.createDirectories(dir.resolve("impulse-responses"));
        copyShipped("compact-hatchback", profiles, irs, true);
        Files.copy(profiles.resolve("compact-hatchback.json"), profiles.resolve("copy-of-hatchback.json"));
        List<ProfileRow> rows = ProfileRow.scan(profiles, irs);
        assertTrue(rows.get(0).ok());
        assertTrue(rows.get(1).status().contains("must equal the file name"), rows.get(1).status());
        assertTrue(ProfileLibrary.load(profiles, irs).problems().contains(rows.get(1).status()));
    }

    @Test
    void aMissingFolderGivesOneRowSayingSo(@TempDir Path dir) {
        List<ProfileRow> rows = ProfileRow.scan(dir.resolve("nowhere"), dir);
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).status().contains("cannot list the profile folder"), rows.get(0).status());
    }
}
