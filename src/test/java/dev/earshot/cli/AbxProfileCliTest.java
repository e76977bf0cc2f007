package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.listen.StimulusWavs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code abx run MASTER --profile P1,P2} and {@code abx run A B --profile P}. */
class AbxProfileCliTest {
    @TempDir
    Path dir;
    private Path a;
    private Path b;

    @BeforeEach
    void writeStimuli() throws IOException {
        a = dir.resolve("a.wav");
        b = dir.resolve("b.wav");
        StimulusWavs.writePair(a, b, 1.0, 40, -2.0, 11);
    }

    private static JsonNode header(Path log) throws IOException {
        return new ObjectMapper().readTree(Files.readAllLines(log).get(0));
    }

    @Test
    void oneMasterThroughTwoProfilesIsRenderedLevelMatchedAndRecorded() throws IOException {
        Path log = dir.resolve("p.jsonl");
        CliRun run = CliRun.withAnswers("x\n=a\n=b\n=a\n=b\n", "abx", "run", a.toString(), "--profile",
                "earbuds-stock-wired,phone-older-small", "--null-audio", "--trials", "4", "-o", log.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode stimuli = header(log).path("stimuli");
        assertEquals("earbuds-stock-wired", stimuli.get(0).path("profile").asText());
        assertEquals("phone-older-small", stimuli.get(1).path("profile").asText());
        assertEquals("a.wav", stimuli.get(0).path("path").asText());
        assertEquals("a.wav", stimuli.get(1).path("path").asText());
        // A small phone loses the bass: its render measures quieter, so B is turned up to match.
        assertTrue(stimuli.get(1).path("gainDb").asDouble() > 0.5, stimuli.toString());
        assertEquals(0, stimuli.get(1).path("offsetFrames").asLong());
        assertEquals(0, CliRun.of("abx", "verify", log.toString()).exitCode());
    }

    @Test
    void twoFilesThroughOneProfileWithoutAudio() throws IOException {
        Path log = dir.resolve("q.jsonl");
        CliRun run = CliRun.withAnswers("a\nb\n", "abx", "run", a.toString(), b.toString(), "--profile",
                "earbuds-stock-wired", "--no-audio", "--trials", "2", "-o", log.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        JsonNode stimuli = header(log).path("stimuli");
        assertEquals("earbuds-stock-wired", stimuli.get(1).path("profile").asText());
        // B was written 2 dB quieter than A; the render through the same chain keeps that difference.
        assertEquals(2.0, stimuli.get(1).path("gainDb").asDouble(), 0.1);
        assertEquals(40, stimuli.get(1).path("offsetFrames").asLong());
    }

    @Test
    void unknownProfileAndOneFileThroughOneProfileAreUsageErrors() {
        CliRun unknown = CliRun.withAnswers("", "abx", "run", a.toString(), "--profile", "no-such,phone-older-small",
                "--no-audio", "-o", dir.resolve("u.jsonl").toString());
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("no-such: no such profile"), unknown.err());
        CliRun single = CliRun.withAnswers("", "abx", "run", a.toString(), "--profile", "phone-older-small",
                "--no-audio", "-o", dir.resolve("v.jsonl").toString());
        assertEquals(2, single.exitCode());
        assertTrue(single.err().contains("two ids for one file"), single.err());
    }
}
