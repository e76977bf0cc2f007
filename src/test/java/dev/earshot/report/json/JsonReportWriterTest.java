package dev.earshot.report.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.ProgressListener;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.StageSpec;
import dev.earshot.report.ProfileInput;
import dev.earshot.report.ReportBuilder;
import dev.earshot.report.ReportCancellation;
import dev.earshot.report.ReportFixtures;
import dev.earshot.report.model.ReportDocument;
import dev.earshot.report.model.ReportMeta;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json parses back, holds every profile and figure, and has no NaN or Infinity tokens. */
class JsonReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void reportRoundTripsWithEveryProfileAndNoNonFiniteTokens() throws IOException {
        // An inverted pair: the mono fold is silent (losses at the floor) and a 1 kHz tone has no low fundamental
        // (NaN figures), so the writer meets non-finite values.
        float[] tone = ReportFixtures.sines(2.0, 0.3, 1000);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), tone, ReportFixtures.inverted(tone));
        List<ProfileInput> profiles = List.of(
                ReportFixtures.profile("flat", ProfileCategory.REFERENCE, ReportFixtures.diracIr(dir), 83, List.of(),
                        null),
                ReportFixtures.profile("mono", ProfileCategory.SMART_SPEAKER, ReportFixtures.diracIr(dir), 70,
                        List.of(new StageSpec.MonoSum(0.5, 0.5), new StageSpec.ImpulseResponse()), null));
        ReportDocument document = new ReportBuilder().build(ReportFixtures.request(master, profiles, List.of()),
                ProgressListener.NONE, new ReportCancellation());
        Path folder = Files.createDirectories(dir.resolve("out"));
        new JsonReportWriter().write(document, folder);

        String text = Files.readString(folder.resolve("report.json"), StandardCharsets.UTF_8);
        assertFalse(text.contains("NaN"), "no NaN token");
        assertFalse(text.contains("Infinity"), "no Infinity token");
        JsonNode root = new ObjectMapper().readTree(text);
        assertEquals(ReportMeta.SCHEMA_VERSION, root.get("schemaVersion").asInt());
        assertEquals("schemaVersion", root.fieldNames().next());
        assertEquals(document.meta().inputs().get(0).sha256(), root.at("/meta/inputs/0/sha256").asText());
        assertEquals(2, root.get("profiles").size());
        assertEquals("flat", root.at("/profiles/0/profileId").asText());
        assertEquals("mono", root.at("/profiles/1/profileId").asText());
        assertEquals(document.master().loudness().integratedLufs(),
                root.at("/master/loudness/integratedLufs").asDouble(), 1e-12);
        assertTrue(root.at("/profiles/0/lowEnd/fundamentalHz").isNull(), "NaN becomes null");
        assertEquals(-60.0, root.at("/profiles/1/mono/loudnessLossLu").asDouble(), 1e-12);
        assertTrue(root.at("/profiles/0/mono").isNull(), "a stereo device has no mono section");
        assertEquals(document.profiles().get(0).spectralDelta().frequenciesHz().length,
                root.at("/profiles/0/spectralDelta/frequenciesHz").size());
        assertTrue(root.at("/profiles/0/bandDeltaDb").has("PRESENCE"));
        assertEquals(document.findings().size(), root.get("findings").size());
        assertTrue(root.at("/meta/created").isTextual());
        assertTrue(root.get("album").isNull());
    }
}
