package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.earshot.listen.StimulusWavs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code abx run} with sound on the null output (hidden --null-audio), answers and switches from a script. */
class AbxAudioCliTest {
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

    private static List<JsonNode> trials(Path log) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> trials = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            JsonNode node = mapper.readTree(line);
            if (node.path("type").asText().equals("trial")) {
                trials.add(node);
            }
        }
        return trials;
    }

    @Test
    void scriptedSessionWithSoundRecordsEverySwitch() throws IOException {
        Path log = dir.resolve("s.jsonl");
        String script = "b\nx\nx\n=a\n" + "a\n=b\n" + "=a\n" + "x\nb\nb\nx\n=b\n";
        CliRun session = CliRun.withAnswers(script, "abx", "run", a.toString(), b.toString(), "--null-audio",
                "--trials", "4", "--loop", "0.1-0.9", "-o", log.toString());
        assertEquals(0, session.exitCode(), session.out() + session.err());
        assertTrue(session.out().contains("trial 1 of 4 — listen A/B/X, then answer (A/B) after '=': "),
                session.out());
        assertTrue(session.out().contains("Playing into the null output"), session.out());
        List<JsonNode> trials = trials(log);
        assertEquals(4, trials.size());
        int[] switches = {3, 1, 0, 4};
        String[][] labels = {{"B", "X", "X"}, {"A"}, {}, {"X", "B", "B", "X"}};
        for (int t = 0; t < 4; t++) {
            JsonNode trial = trials.get(t);
            assertEquals(switches[t], trial.path("switchCount").asInt(), trial.toString());
            List<String> played = new ArrayList<>();
            trial.path("plays").forEach(p -> played.add(p.path("label").asText()));
            assertEquals(List.of(labels[t]), played, trial.toString());
        }
        String header = Files.readAllLines(log).get(0);
        assertTrue(header.contains("\"loop\":{\"startFrame\":4410,\"endFrame\":39690}"), header);
        CliRun verify = CliRun.of("abx", "verify", log.toString());
        assertEquals(0, verify.exitCode(), verify.out());
    }

    @Test
    void sessionWithSoundStopsAndResumesWithSound() throws IOException {
        Path log = dir.resolve("r.jsonl");
        CliRun first = CliRun.withAnswers("b\n=a\nq\n", "abx", "run", a.toString(), b.toString(), "--null-audio",
                "--trials", "3", "-o", log.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("earshot abx resume " + log), first.out());
        CliRun resumed = CliRun.withAnswers("x\n=a\n=b\n", "abx", "resume", log.toString(), "--null-audio");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        List<JsonNode> trials = trials(log);
        assertEquals(3, trials.size());
        assertEquals(1, trials.get(1).path("switchCount").asInt());
        assertEquals(0, CliRun.of("abx", "verify", log.toString()).exitCode());
    }
}
