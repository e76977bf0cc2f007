package dev.earshot.report.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.earshot.audio.ProgressListener;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.StageSpec;
import dev.earshot.report.ProfileInput;
import dev.earshot.report.ReportBuilder;
import dev.earshot.report.ReportCancellation;
import dev.earshot.report.ReportDocumentFixtures;
import dev.earshot.report.ReportFixtures;
import dev.earshot.report.model.ReportDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json validates against report.schema.json (draft 2020-12), and the schema rejects broken documents. */
class ReportSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(MAPPER.readTree(JsonReportWriter.schema()), config);
    }

    private JsonNode written(ReportDocument document, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        new JsonReportWriter().write(document, folder);
        assertArrayEquals(JsonReportWriter.schema(), Files.readAllBytes(folder.resolve("report.schema.json")),
                "the schema is copied next to report.json");
        return MAPPER.readTree(folder.resolve("report.json").toFile());
    }

    @Test
    void everyFixtureReportValidates() throws IOException {
        assertValid(written(ReportDocumentFixtures.full(), "full"));
        assertValid(written(ReportDocumentFixtures.withoutOptionalSections(), "plain"));
        assertValid(written(ReportDocumentFixtures.silentWithManyProfiles(), "silent"));
    }

    @Test
    void aComputedReportWithMissingFiguresValidates() throws IOException {
        // An inverted pair through a mono device: silent fold, no low fundamental (null figures).
        float[] tone = ReportFixtures.sines(2.0, 0.3, 1000);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), tone, ReportFixtures.inverted(tone));
        List<ProfileInput> profiles = List.of(ReportFixtures.profile("mono", ProfileCategory.SMART_SPEAKER,
                ReportFixtures.diracIr(dir), 70, List.of(new StageSpec.MonoSum(0.5, 0.5),
                        new StageSpec.ImpulseResponse()), null));
        ReportDocument document = new ReportBuilder().build(ReportFixtures.request(master, profiles, List.of()),
                ProgressListener.NONE, new ReportCancellation());
        assertValid(written(document, "computed"));
    }

    @Test
    void anUnknownSeverityIsRejected() throws IOException {
        ObjectNode root = (ObjectNode) written(ReportDocumentFixtures.full(), "severity");
        ((ObjectNode) root.at("/findings/0")).put("severity", "SEVERE");
        assertInvalid(root, "/findings/0/severity");
    }

    @Test
    void aMissingRequiredFieldIsRejected() throws IOException {
        ObjectNode root = (ObjectNode) written(ReportDocumentFixtures.full(), "missing");
        ((ObjectNode) root.at("/master/loudness")).remove("integratedLufs");
        assertInvalid(root, "integratedLufs");
    }

    @Test
    void anUnknownBandAndAStringFigureAreRejected() throws IOException {
        ObjectNode root = (ObjectNode) written(ReportDocumentFixtures.full(), "band");
        ((ObjectNode) root.at("/profiles/0/bandDeltaDb")).put("MID", 1.0);
        assertInvalid(root, "MID");
        ObjectNode other = (ObjectNode) written(ReportDocumentFixtures.full(), "string");
        ((ArrayNode) other.at("/master/shortTermLoudness/shortTermLufs")).set(5, "loud");
        assertInvalid(other, "shortTermLufs");
    }

    private static void assertValid(JsonNode root) {
        Set<ValidationMessage> errors = schema.validate(root);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    private static void assertInvalid(JsonNode root, String mentioned) {
        Set<ValidationMessage> errors = schema.validate(root);
        assertFalse(errors.isEmpty(), "should fail: " + mentioned);
        assertTrue(errors.toString().contains(mentioned), errors.toString());
        assertEquals(errors.size(), errors.stream().distinct().count());
    }
}
