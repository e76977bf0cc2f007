package dev.earshot.device;

import static dev.earshot.device.ProfileFixtures.FILE;
import static dev.earshot.device.ProfileFixtures.FULL_TEXT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every way a profile file can be wrong gives one {@link ProfileException} whose message names the file, the line and
 * the field path. Line numbers refer to {@link ProfileFixtures#FULL_TEXT} (line 11 is {@code stages[2]}).
 */
class ProfileCodecErrorTest {
    private static String failure(String text, String fileName) {
        return assertThrows(ProfileException.class, () -> ProfileCodec.parse(text, fileName)).getMessage();
    }

    private static String failure(String text) {
        return failure(text, FILE);
    }

    private static String replaced(String from, String to) {
        assertTrue(FULL_TEXT.contains(from), "fixture contains " + from);
        return FULL_TEXT.replace(from, to);
    }

    @Test
    void unknownTopLevelFieldIsNamed() {
        String message = failure(replaced("  \"listeningLevelDbSpl\": 80,", "  \"listeningLevelDbSpl\": 80,\n"
                + "  \"colour\": \"red\","));
        assertTrue(message.startsWith(FILE + ": line 8: field 'colour': unknown field; allowed here: id, name, category, description, "),
                message);
    }

    @Test
    void unknownFieldInsideAStageIsNamed() {
        assertEquals(FILE + ": line 11: field 'stages[2].gainDb': unknown field; allowed here: type, widthPercent",
                failure(replaced("\"widthPercent\": 60}", "\"widthPercent\": 60, \"gainDb\": 3}")));
    }

    @Test
    void unknownFieldInsideProvenanceIsNamed() {
        String message = failure(replaced("    \"kind\": \"imported\",",
                "    \"kind\": \"imported\", \"url\": \"x\","));
        assertTrue(message.startsWith(FILE + ": line 18: field 'provenance.url': unknown field"), message);
    }

    @Test
    void unknownFieldInsideNoiseIsNamed() {
        String message = failure(replaced("\"levelDbA\": 68}", "\"levelDbA\": 68, \"gear\": 5}"));
        assertTrue(message.startsWith(FILE + ": line 16: field 'noise.gear': unknown field"), message);
    }

    @Test
    void missingRequiredFieldIsNamedWithTheLineOfItsObject() {
        assertEquals(FILE + ": line 1: field 'name': required field is missing",
                failure(replaced("  \"name\": \"Compact hatchback\",\n", "")));
        assertEquals(FILE + ": line 17: field 'provenance.source': required field is missing",
                failure(replaced("    \"source\": \"REW measurement \\\"car 1\\\", driver's seat\",\n", "")));
    }

    @Test
    void missingStageParameterIsNamed() {
        assertEquals(FILE + ": line 14: field 'stages[5].releaseMs': required field is missing",
                failure(replaced(", \"releaseMs\": 80}", "}")));
    }

    @Test
    void unknownStageTypeIsNamed() {
        assertEquals(FILE + ": line 11: field 'stages[2].type': unknown stage type 'widener'; expected one of "
                        + "impulse-response, mono-sum, stereo-width, bass-protection, psychoacoustic-bass, limiter",
                failure(replaced("\"stereo-width\"", "\"widener\"")));
    }

    @Test
    void badCategoryListsTheAcceptedOnes() {
        String message = failure(replaced("\"category\": \"car\"", "\"category\": \"boat\""));
        assertTrue(message.startsWith(FILE + ": line 4: field 'category': must be one of car, earbuds, "), message);
        assertTrue(message.endsWith("got 'boat'"), message);
    }

    @Test
    void badProvenanceKindIsNamed() {
        assertEquals(FILE + ": line 18: field 'provenance.kind': must be one of modeled, measured, imported, got "
                + "'guessed'", failure(replaced("\"imported\"", "\"guessed\"")));
    }

    @Test
    void badProvenanceDateAndChecksumAreNamed() {
        assertEquals(FILE + ": line 22: field 'provenance.date': must be an ISO date like 2026-11-25, got "
                + "'25.11.2026'", failure(replaced("\"2026-11-25\"", "\"25.11.2026\"")));
        assertEquals(FILE + ": line 21: field 'provenance.sha256': must be 64 lower-case hexadecimal digits",
                failure(replaced("\"9f86d0", "\"9F86D0")));
    }

    @Test
    void idDifferentFromTheFileNameIsNamed() {
        assertEquals("family-sedan.json: line 2: field 'id': must equal the file name without .json "
                + "('family-sedan'), got 'compact-hatchback'", failure(FULL_TEXT, "family-sedan.json"));
    }

    @Test
    void nonKebabIdIsNamed() {
        String message = failure(FULL_TEXT.replace("\"compact-hatchback\"", "\"Compact_Hatchback\""),
                "Compact_Hatchback.json");
        assertTrue(message.startsWith("Compact_Hatchback.json: line 2: field 'id': must be kebab-case"), message);
        assertTrue(failure(FULL_TEXT.replace("\"compact-hatchback\"", "\"compact--hatchback\""),
                "compact--hatchback.json").contains("field 'id': must be kebab-case"));
    }

    @Test
    void fileNameMustEndInJson() {
        assertEquals("compact-hatchback.txt: a profile file name must end in .json",
                failure(FULL_TEXT, "compact-hatchback.txt"));
    }

    @Test
    void impulseResponseWithDotDotIsRejected() {
        assertEquals(FILE + ": line 6: field 'impulseResponse': must not contain '..', got '../secret.wav'",
                failure(replaced("\"compact-hatchback.wav\"", "\"../secret.wav\"")));
        assertTrue(failure(replaced("\"compact-hatchback.wav\"", "\"..\\\\secret.wav\""))
                .contains("field 'impulseResponse': must not contain '..'"));
    }

    @Test
    void absoluteImpulseResponsePathIsRejected() {
        for (String path : new String[] {"/etc/ir.wav", "\\\\\\\\server\\\\ir.wav", "C:\\\\ir.wav", "C:ir.wav"}) {
            String message = failure(replaced("\"compact-hatchback.wav\"", "\"" + path + "\""));
            assertTrue(message.startsWith(FILE + ": line 6: field 'impulseResponse': must be a file name inside "
                    + "impulse-responses/, not an absolute path"), message);
        }
    }

    @Test
    void impulseResponseInASubfolderIsRejected() {
        for (String path : new String[] {"cars/ir.wav", "cars\\\\ir.wav"}) {
            String message = failure(replaced("\"compact-hatchback.wav\"", "\"" + path + "\""));
            assertTrue(message.startsWith(FILE + ": line 6: field 'impulseResponse': must be a file name inside "
                    + "impulse-responses/, not a path with folders"), message);
        }
    }

    @Test
    void impulseResponseMustBeAVisibleWavFile() {
        assertTrue(failure(replaced("\"compact-hatchback.wav\"", "\"ir.flac\""))
                .endsWith("field 'impulseResponse': must name a .wav file, got 'ir.flac'"));
        assertTrue(failure(replaced("\"compact-hatchback.wav\"", "\".wav\""))
                .contains("field 'impulseResponse': must be a plain file name"));
        assertTrue(failure(replaced("\"compact-hatchback.wav\"", "\"\""))
                .endsWith("field 'impulseResponse': must not be empty"));
    }

    @Test
    void malformedJsonGivesTheLine() {
        String message = failure(replaced("  \"name\": \"Compact hatchback\",", "  \"name\": \"Compact hatchback\""));
        assertTrue(message.startsWith(FILE + ": line 4: malformed JSON ("), message);
        assertTrue(message.endsWith(")") && !message.contains("\n"), message);
    }

    @Test
    void duplicateFieldIsMalformed() {
        String message = failure(replaced("  \"category\": \"car\",", "  \"category\": \"car\",\n"
                + "  \"category\": \"tv\","));
        assertTrue(message.startsWith(FILE + ": line 5: malformed JSON (Duplicate field 'category'"), message);
    }

    @Test
    void emptyTextAndTrailingContentAreMalformed() {
        assertEquals(FILE + ": line 1: malformed JSON (the file holds no JSON value)", failure("  "));
        assertEquals(FILE + ": line 25: malformed JSON (content after the end of the top-level value)",
                failure(FULL_TEXT + "{}"));
        assertTrue(failure("[1, 2]").startsWith(FILE + ": line 1: must be a JSON object, got a list"));
    }

    @Test
    void wrongTypesAreNamed() {
        assertEquals(FILE + ": line 7: field 'listeningLevelDbSpl': must be a number, got a string",
                failure(replaced("\"listeningLevelDbSpl\": 80", "\"listeningLevelDbSpl\": \"80\"")));
        assertEquals(FILE + ": line 3: field 'name': must be a string, got a number",
                failure(replaced("\"name\": \"Compact hatchback\"", "\"name\": 7")));
        assertEquals(FILE + ": line 6: field 'stages': must be a list of stages, got an object",
                failure(ProfileFixtures.MINIMAL_TEXT.replace("\"compact-hatchback.wav\",",
                        "\"compact-hatchback.wav\",\n  \"stages\": {\"type\": \"limiter\"},")));
        assertEquals(FILE + ": line 16: field 'noise': must be a JSON object, got null",
                failure(replaced("\"noise\": {\"type\": \"road\", \"speedKmh\": 100, \"levelDbA\": 68}",
                        "\"noise\": null")));
        assertEquals(FILE + ": line 9: field 'stages[0].leftGain': must be a number, got true/false",
                failure(replaced("\"leftGain\": 0.5", "\"leftGain\": true")));
    }

    @Test
    void outOfRangeStageParameterIsNamedWithItsValue() {
        assertEquals(FILE + ": line 11: field 'stages[2].widthPercent': must be between 0 and 200, got 250",
                failure(replaced("\"widthPercent\": 60", "\"widthPercent\": 250")));
        assertEquals(FILE + ": line 14: field 'stages[5].ceilingDbfs': must be between -30 and 0, got 0.5",
                failure(replaced("\"ceilingDbfs\": -1", "\"ceilingDbfs\": 0.5")));
        assertEquals(FILE + ": line 12: field 'stages[3].attackMs': must be greater than 0 and at most 5000, got 0",
                failure(replaced("\"attackMs\": 5", "\"attackMs\": 0")));
        assertEquals(FILE + ": line 12: field 'stages[3].cornerHz': must be between 20 and 2000, got 1.0E300",
                failure(replaced("\"cornerHz\": 120", "\"cornerHz\": 1e300")));
        assertEquals(FILE + ": line 12: field 'stages[3].cornerHz': must be between 20 and 2000, got Infinity",
                failure(replaced("\"cornerHz\": 120", "\"cornerHz\": 1e999")));
    }

    @Test
    void outOfRangeTopLevelAndNoiseValuesAreNamed() {
        assertEquals(FILE + ": line 7: field 'listeningLevelDbSpl': must be between 20 and 100, got 130",
                failure(replaced("\"listeningLevelDbSpl\": 80", "\"listeningLevelDbSpl\": 130")));
        assertEquals(FILE + ": line 16: field 'noise.speedKmh': must be between 0 and 250, got 300",
                failure(replaced("\"speedKmh\": 100", "\"speedKmh\": 300")));
        assertEquals(FILE + ": line 16: field 'noise.type': must be \"road\" (the only noise type), got 'rain'",
                failure(replaced("{\"type\": \"road\"", "{\"type\": \"rain\"")));
    }

    @Test
    void secondImpulseResponseMarkerIsNamed() {
        assertEquals(FILE + ": line 13: field 'stages[4].type': the impulse-response stage may appear only once",
                failure(replaced("{\"type\": \"psychoacoustic-bass\", \"cutoffHz\": 150, \"harmonicsGainDb\": -6.5}",
                        "{\"type\": \"impulse-response\"}")));
    }

    @Test
    void multiLineTextIsRejected() {
        assertEquals(FILE + ": line 5: field 'description': must be one line without control characters",
                failure(replaced("\"Driver's seat", "\"Driver's\\nseat")));
    }
}
