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
        assertTrue(Files.size(out.resolve("index.html")) > 0 && Files.size(out.resolve("report.pdf")) > 0);
        assertEquals(2, root.at("/codec/results").size(), "the codec preview runs by default");
        assertTrue(root.at("/release/platforms").size() > 0, "the release preview is always there");
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            assertEquals(List.of(out), siblings.toList(), "no temporary folder left beside the report");
        }
    }

    @Test
    void selectedProfilesAndAReferenceAreReported() throws IOException {
        Path out = dir.resolve("r");
        CliRun run = CliRun.of("report", master.toString(), "--library", library.toString(), "-o", out.toString(),
                "--profile", "identity,tiny-phone", "--reference", master.toString(), "--format", "json",
                "--no-codec");
        assertEquals(0, run.exitCode(), run.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(out.resolve("report.json"), out.resolve("report.schema.json")),
                    files.sorted().toList(), "--format json writes only JSON and its schema");
        }
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

    @Test
    void albumTrackThreeLuQuieterIsFlaggedAndHashed() throws IOException {
        Path quieter = dir.resolve("track2.wav");
        float[][] audio = readMasterScaled((float) Math.pow(10, -3 / 20.0));
        writeWav(quieter, audio);
        Path out = dir.resolve("album");
        CliRun run = CliRun.of("report", master.toString(), "--library", library.toString(), "-o", out.toString(),
                "--profile", "identity", "--album", quieter.toString(), "--format", "json", "--no-codec");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        JsonNode track = root.at("/album/tracks/1");
        assertEquals("track2.wav", track.get("fileName").asText());
        assertTrue(track.get("flags").get(0).asText().startsWith("3.0 LU quieter"), track.toString());
        assertTrue(root.get("findings").findValuesAsText("ruleId").contains("album.outlier"));
        assertTrue(root.at("/meta/inputs").findValuesAsText("role").contains("album"));
        for (JsonNode input : root.at("/meta/inputs")) {
            assertEquals(64, input.get("sha256").asText().length(), input.toString());
        }
        assertFalse(run.err().contains("not part of this build"), run.err());
    }

    private float[][] readMasterScaled(float gain) throws IOException {
        float[][] audio = new float[2][2 * RATE];
        try (var source = dev.earshot.audio.AudioFiles.open(master)) {
            int at = 0;
            float[][] block = new float[2][4096];
            int n;
            while ((n = source.read(block, 4096)) > 0) {
                for (int c = 0; c < 2; c++) {
                    for (int i = 0; i < n; i++) {
                        audio[c][at + i] = block[c][i] * gain;
                    }
                }
                at += n;
            }
        }
        return audio;
    }

    private Path abxLog(String name, String answers) throws IOException {
        Path a = dir.resolve("a.wav");
        Path b = dir.resolve("b.wav");
        if (!Files.exists(a)) {
            dev.earshot.listen.StimulusWavs.writePair(a, b, 1.0, 40, -2.0, 11);
        }
        Path log = dir.resolve(name);
        CliRun session = CliRun.withAnswers(answers, "abx", "run", a.toString(), b.toString(), "--no-audio",
                "--listener", "Ana", "-o", log.toString());
        assertEquals(0, session.exitCode(), session.out() + session.err());
        return log;
    }

    @Test
    void blindTestLogAppearsInJsonAndHtmlAndATamperedOneIsMarked() throws IOException {
        Path log = abxLog("session.jsonl", "a\nb\n".repeat(8));
        Path tampered = dir.resolve("tampered.jsonl");
        // Flip the answer of the third trial (line 4): the hash chain breaks there, the header still reads.
        List<String> lines = Files.readAllLines(log);
        String third = lines.get(3);
        lines.set(3, third.contains("\"answer\":\"A\"") ? third.replace("\"answer\":\"A\"", "\"answer\":\"B\"")
                : third.replace("\"answer\":\"B\"", "\"answer\":\"A\""));
        Files.write(tampered, lines);
        Path out = dir.resolve("abx");
        CliRun run = CliRun.of("report", master.toString(), "--library", library.toString(), "-o", out.toString(),
                "--profile", "identity", "--abx", log.toString(), "--abx", tampered.toString(), "--format",
                "json,html", "--no-codec");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(out.resolve("report.json").toFile());
        assertEquals("session.jsonl", root.at("/blindTests/0/logFileName").asText());
        assertTrue(root.at("/blindTests/0/logVerified").asBoolean());
        assertEquals(16, root.at("/blindTests/0/trials").asInt());
        assertFalse(root.at("/blindTests/1/logVerified").asBoolean(true));
        assertTrue(root.get("findings").findValuesAsText("ruleId").contains("blind-test.unverified"));
        assertTrue(root.at("/meta/inputs").findValuesAsText("role").contains("abx-log"));
        assertTrue(run.err().contains("tampered.jsonl: the log failed verification"), run.err());
        String html = Files.readString(out.resolve("index.html"));
        assertTrue(html.contains("session.jsonl") && html.contains("tampered.jsonl"), "both logs in the HTML");
    }

    @Test
    void unfinishedBlindTestLogIsABadUsageNamingIt() throws IOException {
        Path log = abxLog("half.jsonl", "a\nb\na\nq\n");
        CliRun run = CliRun.of("report", master.toString(), "--library", library.toString(), "-o",
                dir.resolve("r").toString(), "--abx", log.toString());
        assertEquals(2, run.exitCode(), run.out());
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
        assertTrue(run.err().contains("half.jsonl") && run.err().contains("not finished"), run.err());
        assertFalse(Files.exists(dir.resolve("r")));
    }

    @Test
    void unreadableMasterFailsWithItsNameAndLeavesNothing() throws IOException {
        Path broken = dir.resolve("broken.wav");
        Files.writeString(broken, "not audio");
        Path parent = Files.createDirectories(dir.resolve("out"));
        CliRun run = CliRun.of("report", broken.toString(), "--library", library.toString(), "-o",
                parent.resolve("r").toString(), "--profile", "identity");
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("broken.wav"), run.err());
        try (Stream<Path> left = Files.list(parent)) {
            assertEquals(List.of(), left.toList(), "no report and no temporary folder");
        }
    }
}
