package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot demo} writes the demo master and its report beside it (one identity profile to keep it short). */
class DemoReportCliTest {
    @TempDir
    Path dir;

    @Test
    void demoWritesTheMasterAndItsReportAndCanBeRunAgain() throws IOException {
        Path library = dir.resolve("lib");
        Path profiles = Files.createDirectories(library.resolve("playback-profiles"));
        Path irs = Files.createDirectories(library.resolve("impulse-responses"));
        try (WavWriter writer = WavWriter.create(irs.resolve("dirac.wav"), 48_000, 1, WavSampleFormat.FLOAT32, 0)) {
            writer.write(new float[][] {{1f}}, 1);
            writer.commit();
        }
        ProfileCodec.writeFile(new PlaybackProfile("identity", "Identity", ProfileCategory.REFERENCE,
                "Passes the master unchanged.", "dirac.wav", 83, List.of(), null,
                new Provenance(Provenance.Kind.MODELED, "test figures", "made in the test")), profiles);
        Path out = dir.resolve("demo");
        for (int run = 0; run < 2; run++) {
            CliRun demo = CliRun.of("demo", "-o", out.toString(), "--library", library.toString());
            assertEquals(0, demo.exitCode(), demo.err());
            assertTrue(demo.out().contains("Wrote " + out.resolve("demo-report").resolve("report.pdf")), demo.out());
        }
        Path report = out.resolve("demo-report");
        assertTrue(Files.isRegularFile(out.resolve("demo-master.wav")));
        assertTrue(Files.isRegularFile(report.resolve("index.html")));
        assertTrue(Files.isRegularFile(report.resolve("report.pdf")));
        JsonNode root = new ObjectMapper().readTree(report.resolve("report.json").toFile());
        List<String> rules = root.get("findings").findValuesAsText("ruleId");
        assertTrue(rules.contains("master.turned-down") && rules.contains("master.true-peak"), rules.toString());
        assertEquals(2, root.at("/codec/results").size());
    }
}
