package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.device.ProfileValidator;
import dev.earshot.device.Provenance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileImporterTest {
    @TempDir
    Path root;

    @Test
    void everyFormatIsDetectedImportedValidatedAndLoadedByTheLibrary() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        double[] grid = GeneratedCurves.frequencies(20, 20_000);
        float[][] stereo = new float[2][1000];
        stereo[0][100] = 0.7f;
        stereo[1][103] = 0.6f;
        List<Path> sources = List.of(
                folders.wav("ir.wav", 48_000, WavSampleFormat.PCM24, stereo),
                folders.text("ir.txt", RewImpulseResponseParserTest.export(Locale.ROOT,
                        "2.0833333333333333E-5 // Sample interval (seconds)")),
                folders.text("fr.txt", GeneratedCurves.rewText(GeneratedCurves.PHONE, grid, Locale.ROOT, false, "\t",
                        true)),
                folders.text("bud.csv", GeneratedCurves.autoEqText(GeneratedCurves.EARBUD, grid)));
        List<ImportFormat> formats = List.of(ImportFormat.WAV_IMPULSE_RESPONSE, ImportFormat.REW_IMPULSE_RESPONSE,
                ImportFormat.REW_FREQUENCY_RESPONSE, ImportFormat.AUTOEQ_CSV);
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            assertEquals(formats.get(i), ImportFormat.detect(source), source.toString());
            ImportResult result = folders.importer.importFile(source, "Import " + (i + 1), ProfileCategory.PHONE,
                    null, folders.profiles, folders.irs);
            PlaybackProfile profile = result.profile();
            assertEquals("import-" + (i + 1), profile.id());
            assertEquals(folders.profiles.resolve("import-" + (i + 1) + ".json"), result.jsonFile());
            assertEquals(folders.irs.resolve("import-" + (i + 1) + ".wav"), result.irFile());
            assertEquals(List.of(), ProfileValidator.validate(profile, folders.irs));
            assertEquals(profile, ProfileCodec.read(result.jsonFile()));
            Provenance provenance = profile.provenance();
            assertEquals(Provenance.Kind.IMPORTED, provenance.kind());
            assertEquals("imported from " + source.getFileName() + " (" + formats.get(i).label() + ")",
                    provenance.source());
            assertEquals(sha256(source), provenance.sha256());
            assertEquals(LocalDate.of(2026, 11, 25), provenance.date());
            assertTrue(result.summary().startsWith("Imported " + source.getFileName()), result.summary());
        }
        ProfileLibrary library = ProfileLibrary.load(folders.profiles, folders.irs);
        assertEquals(List.of(), library.problems());
        assertEquals(List.of("import-1", "import-2", "import-3", "import-4"),
                library.profiles().stream().map(PlaybackProfile::id).toList());
    }

    @Test
    void importingTheSameNameTwiceIsRefusedAndLeavesTheFirstImportAsItWas() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path source = folders.text("bud.csv", GeneratedCurves.autoEqText(GeneratedCurves.EARBUD,
                GeneratedCurves.frequencies(20, 20_000)));
        ImportResult first = folders.importer.importFile(source, "My buds", ProfileCategory.EARBUDS, null,
                folders.profiles, folders.irs);
        byte[] json = Files.readAllBytes(first.jsonFile());
        byte[] ir = Files.readAllBytes(first.irFile());

        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(source,
                "My Buds!", ProfileCategory.EARBUDS, null, folders.profiles, folders.irs));

        assertEquals("my-buds.json: already exists; a profile with the id 'my-buds' is in the library, so choose "
                + "another name (imports never overwrite)", error.getMessage());
        assertArrayEquals(json, Files.readAllBytes(first.jsonFile()));
        assertArrayEquals(ir, Files.readAllBytes(first.irFile()));
        assertEquals(2, folders.libraryFiles().size());
    }

    @Test
    void anIrFileWithTheNewIdIsNeverOverwrittenEither() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Files.writeString(folders.irs.resolve("my-buds.wav"), "someone else's file");
        Path source = folders.text("bud.csv", GeneratedCurves.autoEqText(GeneratedCurves.EARBUD,
                GeneratedCurves.frequencies(20, 20_000)));
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(source,
                "My buds", ProfileCategory.EARBUDS, null, folders.profiles, folders.irs));
        assertTrue(error.getMessage().startsWith("my-buds.wav: already exists"), error.getMessage());
        assertEquals("someone else's file", Files.readString(folders.irs.resolve("my-buds.wav")));
    }

    @Test
    void theIdIsTheKebabCaseOfTheName() {
        assertEquals("my-car-2019-driver-s-seat", ProfileIds.fromName("My Car (2019) – Driver's seat"));
        assertEquals("cafe-creme-earbuds", ProfileIds.fromName("  Café Crème earbuds  "));
        assertEquals("", ProfileIds.fromName("?!"));
        String longName = "word ".repeat(20);
        String id = ProfileIds.fromName(longName);
        assertTrue(PlaybackProfile.isValidId(id), id);
        assertEquals("word-".repeat(12) + "word", id);
    }

    @Test
    void theProfileNamesTheSourceAndRecordsWhatWasDone() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path source = folders.text("fr.txt", GeneratedCurves.rewText(GeneratedCurves.PHONE,
                GeneratedCurves.frequencies(20, 20_000), Locale.ROOT, false, " ", true));
        PlaybackProfile profile = folders.importer.importFile(source, "Old phone", ProfileCategory.PHONE, null,
                folders.profiles, folders.irs).profile();
        assertEquals("Old phone", profile.name());
        assertEquals(ProfileCategory.PHONE, profile.category());
        assertEquals("Imported from fr.txt (REW frequency response export).", profile.description());
        assertEquals("old-phone.wav", profile.impulseResponse());
        assertEquals(PlaybackProfile.REFERENCE_LEVEL_DB_SPL, profile.listeningLevelDbSpl());
        assertEquals(List.of(), profile.stages());
        String notes = profile.provenance().notes();
        assertTrue(notes.contains("normalised to 0 dB at 1 kHz"), notes);
        assertTrue(notes.contains("Made minimum phase at 48000 Hz, 32768 frames"), notes);
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
