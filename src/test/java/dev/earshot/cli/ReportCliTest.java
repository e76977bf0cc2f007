package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.Provenance;
import dev.earshot.device.StageSpec;
import dev.earshot.dsp.BiquadFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot report} on a two-second master and a library of three small profiles made in the test. */
class ReportCliTest {
    private static final int RATE = 48_000;

    @TempDir
    Path dir;
    private Path library;
    private Path master;

    @BeforeEach
    void makeLibraryAndMaster() throws IOException {
        library = dir.resolve("lib");
        Path profiles = Files.createDirectories(library.resolve("playback-profiles"));
        Path irs = Files.createDirectories(library.resolve("impulse-responses"));
        writeWav(irs.resolve("dirac.wav"), new float[][] {{1f}});
        BiquadFilter highPass = BiquadFilter.highPass(RATE, 300, 1 / Math.sqrt(2), 1);
        float[][] small = new float[1][RATE / 2];
        for (int i = 0; i < small[0].length; i++) {
            small[0][i] = (float) highPass.process(i == 0 ? 1 : 0, 0);
        }
        writeWav(irs.resolve("small.wav"), small);
        Provenance provenance = new Provenance(Provenance.Kind.MODELED, "test figures", "made in the test");
        ProfileCodec.writeFile(new PlaybackProfile("identity", "Identity", ProfileCategory.REFERENCE,
                "Passes the master unchanged.", "dirac.wav", 83, List.of(), null, provenance), profiles);
        ProfileCodec.writeFile(new PlaybackProfile("mono-speaker", "Mono speaker", ProfileCategory.SMART_SPEAKER,
                "Sums to mono.", "dirac.wav", 75,
                List.of(new StageSpec.MonoSum(0.5, 0.5), new StageSpec.ImpulseResponse()), null, provenance),
                profiles);
        ProfileCodec.writeFile(new PlaybackProfile("tiny-phone", "Tiny phone", ProfileCategory.PHONE,
                "Nothing below 300 Hz.", "small.wav", 70, List.of(), null, provenance), profiles);
        // A 40 Hz "kick" in the centre, a 1 kHz tone and a 500 Hz tone in opposite polarity on the two sides.
        float[][] audio = new float[2][2 * RATE];
        for (int i = 0; i < audio[0].length; i++) {
            double t = i / (double) RATE;
            double centre = 0.4 * Math.sin(2 * Math.PI * 40 * t) + 0.1 * Math.sin(2 * Math.PI * 1000 * t);
            double wide = 0.2 * Math.sin(2 * Math.PI * 500 * t);
            audio[0][i] = (float) (centre + wide);
            audio[1][i] = (float) (centre - wide);
        }
        master = dir.resolve("song.wav");
        writeWav(master, audio);
    }

    private static void writeWav(Path file, float[][] channels) throws IOException {
        try (WavWriter writer = WavWriter.create(file, RATE, channels.length, WavSampleFormat.FLOAT32, 0)) {
            writer.write(channels, channels[0].length);
            writer.commit();
        }
    }

    @Test
    void reportWritesJsonWithEveryProfileAndFindsTheLostKickAndTheMonoLoss() throws IOException {
        Path out = dir.resolve("reports").resolve("song-report");
        CliRun run = CliRun.of("report", master.toString(), "--library", library.toString(), "-o", out.toString(),
                "--title", "Song", "--client", "Ada", "--threads", "2");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(3, root.get("profiles").size());
        assertEquals("Song", root.at("/meta/title").asText());
        assertEquals("Ada", root.at("/meta/client").asText());
        List<String> rules = root.get("findings").findValuesAsText("ruleId");
        assertTrue(rules.contains("low-end.fundamental-lost"), rules.toString());
        assertTrue(rules.contains("mono.loudness-loss") || rules.contains("mono.band-loss"), rules.toString());
        assertTrue(run.out().contains("Findings"), run.out());
        assertTrue(run.out().contains("report.json"), run.out());
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.toList(), "no temporary folder left beside the report");
        }
    }

    @Test
    void selectedProfilesAndAReferenceAreReported() throws IOException {
        Path out = dir.resolve("r");
        CliRun run = CliRun.of("report", master.toString(), "--library", library.toString(), "-o", out.toString(),
                "--profile", "identity,tiny-phone", "--reference", master.toString(), "--format", "json");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals(2, root.get("profiles").size());
        assertEquals("tiny-phone", root.at("/profiles/1/profileId").asText());
        assertEquals(0.0, root.at("/references/0/studioBandDeltaDb/BASS").asDouble(), 1e-6);
    }

    @Test
    void unknownFormatIsABadUsageNamingTheKnownFormats() {
        CliRun run = CliRun.of("report", master.toString(), "--library", library.toString(), "-o",
                dir.resolve("r").toString(), "--format", "json,docx");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("docx") && run.err().contains("known: html, pdf, json"), run.err());
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void unknownProfileAndMissingFilesAreOneLineBadInput() {
        CliRun profile = CliRun.of("report", master.toString(), "--library", library.toString(), "--profile", "nope",
                "-o", dir.resolve("r").toString());
        assertEquals(2, profile.exitCode());
        assertEquals(1, profile.err().strip().split("\\R").length, profile.err());
        CliRun missing = CliRun.of("report", dir.resolve("absent.wav").toString(), "--library", library.toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("absent.wav: no such file"), missing.err());
        CliRun reference = CliRun.of("report", master.toString(), "--library", library.toString(), "--reference",
                dir.resolve("gone.wav").toString());
        assertEquals(2, reference.exitCode());
        assertTrue(reference.err().contains("--reference"), reference.err());
    }
}
