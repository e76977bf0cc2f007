package dev.earshot.device;

import static dev.earshot.device.ProfileFixtures.FILE;
import static dev.earshot.device.ProfileFixtures.FULL_TEXT;
import static dev.earshot.device.ProfileFixtures.MINIMAL_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing profile files: exact round trip, defaults, and the layout of the shipped files. */
class ProfileCodecTest {
    @Test
    void fullProfileParsesToTheExpectedModel() throws ProfileException {
        assertEquals(ProfileFixtures.fullProfile(), ProfileCodec.parse(FULL_TEXT, FILE));
    }

    @Test
    void writingGivesTheShippedLayoutExactly() {
        assertEquals(FULL_TEXT, ProfileCodec.write(ProfileFixtures.fullProfile()));
    }

    @Test
    void roundTripOfAFullProfileIsExact() throws ProfileException {
        PlaybackProfile profile = ProfileFixtures.fullProfile();
        assertEquals(profile, ProfileCodec.parse(ProfileCodec.write(profile), FILE));
    }

    @Test
    void roundTripKeepsAwkwardNumbersAndTextExactly() throws ProfileException {
        PlaybackProfile profile = new PlaybackProfile("odd-values", "Ünïcode \"quoted\" \\ name", ProfileCategory.TV,
                "", "odd.WAV", 83.000000000001, List.of(new StageSpec.StereoWidth(1e-7),
                new StageSpec.Limiter(-0.0, 0.1 + 0.2, 4999.999999999999)), null,
                new Provenance(Provenance.Kind.MODELED, "tab-free source", ""));
        String text = ProfileCodec.write(profile);
        assertEquals(profile, ProfileCodec.parse(text, "odd-values.json"));
        assertEquals(text, ProfileCodec.write(ProfileCodec.parse(text, "odd-values.json")));
    }

    @Test
    void optionalFieldsTakeTheirDefaults() throws ProfileException {
        PlaybackProfile profile = ProfileCodec.parse(MINIMAL_TEXT, FILE);
        assertEquals("", profile.description());
        assertEquals(PlaybackProfile.REFERENCE_LEVEL_DB_SPL, profile.listeningLevelDbSpl());
        assertEquals(List.of(), profile.stages());
        assertNull(profile.noise());
        assertNull(profile.provenance().sha256());
        assertNull(profile.provenance().date());
        assertEquals(profile, ProfileCodec.parse(ProfileCodec.write(profile), FILE));
    }

    @Test
    void chainRunsTheImpulseResponseFirstUnlessAStagePlacesIt() throws ProfileException {
        PlaybackProfile placed = ProfileFixtures.fullProfile();
        assertEquals(placed.stages(), placed.chainStages());
        PlaybackProfile unplaced = ProfileCodec.parse(FULL_TEXT.replace("    {\"type\": \"impulse-response\"},\n", ""),
                FILE);
        assertEquals(new StageSpec.ImpulseResponse(), unplaced.chainStages().get(0));
        assertEquals(unplaced.stages(), unplaced.chainStages().subList(1, unplaced.chainStages().size()));
    }

    @Test
    void readsAFileAndAcceptsAByteOrderMark(@TempDir Path folder) throws IOException, ProfileException {
        Path file = folder.resolve(FILE);
        Files.writeString(file, "\uFEFF" + FULL_TEXT, StandardCharsets.UTF_8);
        assertEquals(ProfileFixtures.fullProfile(), ProfileCodec.read(file));
    }

    @Test
    void writeFileReplacesAtomicallyAndLeavesNoTemporaryFile(@TempDir Path folder)
            throws IOException, ProfileException {
        Files.writeString(folder.resolve(FILE), "old");
        Path written = ProfileCodec.writeFile(ProfileFixtures.fullProfile(), folder);
        assertEquals(folder.resolve(FILE), written);
        assertEquals(FULL_TEXT, Files.readString(written, StandardCharsets.UTF_8));
        assertEquals(ProfileFixtures.fullProfile(), ProfileCodec.read(written));
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(written), files.toList());
        }
    }

    @Test
    void folderNamedLikeAProfileIsNamed(@TempDir Path folder) throws IOException {
        Files.createDirectory(folder.resolve(FILE));
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileCodec.read(folder.resolve(FILE)));
        assertEquals(FILE + ": is not a regular file", e.getMessage());
    }

    @Test
    void oversizedFileIsRejectedUnread(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        Files.writeString(file, " ".repeat((int) ProfileCodec.MAX_FILE_BYTES + 1));
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileCodec.read(file));
        assertEquals(FILE + ": 1048577 bytes is too large for a profile (at most 1048576)", e.getMessage());
    }

    @Test
    void missingFileIsNamed(@TempDir Path folder) {
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileCodec.read(folder.resolve(FILE)));
        assertEquals(FILE + ": file not found", e.getMessage());
    }

    @Test
    void nonUtf8FileIsNamed(@TempDir Path folder) throws IOException {
        Path file = folder.resolve(FILE);
        Files.write(file, new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'});
        ProfileException e = assertThrows(ProfileException.class, () -> ProfileCodec.read(file));
        assertEquals(FILE + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void categoriesHaveJsonAndDisplayNames() {
        assertEquals(ProfileCategory.SMART_SPEAKER, ProfileCategory.fromJson("smart-speaker"));
        assertEquals("Smart speaker", ProfileCategory.SMART_SPEAKER.displayName());
        assertEquals("portable-speaker", ProfileCategory.PORTABLE_SPEAKER.jsonName());
        for (ProfileCategory category : ProfileCategory.values()) {
            assertEquals(category, ProfileCategory.fromJson(category.jsonName()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProfileCategory.fromJson("Car"));
        assertTrue(e.getMessage().contains("car, earbuds, headphones"), e.getMessage());
    }
}
