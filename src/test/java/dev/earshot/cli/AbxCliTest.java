package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.listen.BinomialTest;
import dev.earshot.listen.LoggedResult;
import dev.earshot.listen.PlayEvent;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.listen.TestDesign;
import dev.earshot.listen.TestResult;
import dev.earshot.listen.TrialAssignment;
import dev.earshot.listen.TrialRecord;
import dev.earshot.listen.TrialSchedule;
import dev.earshot.listen.Verdict;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot abx verify} on a session log written through the public API, intact and edited. */
class AbxCliTest {
    private static final Instant START = Instant.parse("2026-11-25T14:00:00Z");

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void intactLogIsOkAndAnEditedAnswerIsPointedAt() throws Exception {
        Path log = finishedSession(16);
        CliRun ok = run("abx", "verify", log.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains(": OK"), ok.out());
        assertTrue(ok.out().contains("finished, 16 trials"), ok.out());

        // Change the answer of the third trial (line 4): the hash chain breaks there.
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String third = lines.get(3);
        String edited = third.contains("\"answer\":\"A\"") ? third.replace("\"answer\":\"A\"", "\"answer\":\"B\"")
                : third.replace("\"answer\":\"B\"", "\"answer\":\"A\"");
        lines.set(3, edited);
        Files.write(log, lines, StandardCharsets.UTF_8);
        CliRun altered = run("abx", "verify", log.toString());
        assertEquals(2, altered.exitCode(), altered.out());
        assertTrue(altered.out().contains("line 4"), altered.out());
    }

    @Test
    void missingLogIsOneLineBadInput() {
        CliRun run = run("abx", "verify", dir.resolve("none.jsonl").toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("earshot: ") && run.err().contains("none.jsonl"), run.err());
    }

    private Path finishedSession(int trials) throws IOException, NoSuchAlgorithmException {
        byte[] seed = new byte[TrialSchedule.SEED_BYTES];
        for (int i = 0; i < seed.length; i++) {
            seed[i] = (byte) (31 * i + 7);
        }
        Path a = dir.resolve("master-a.wav");
        Path b = dir.resolve("master-b.wav");
        Files.writeString(a, "stimulus A", StandardCharsets.US_ASCII);
        Files.writeString(b, "stimulus B", StandardCharsets.US_ASCII);
        SessionHeader header = new SessionHeader(Protocol.ABX, TestDesign.fixed(trials), List.of(
                new StimulusInfo("A", "master-a.wav", sha256(a), 0.0, 0),
                new StimulusInfo("B", "master-b.wav", sha256(b), -0.4, 12)),
                0.0, null, TrialSchedule.commitment(seed), "test", "Listener", START);
        Path log = dir.resolve("session.jsonl");
        try (SessionLogWriter writer = SessionLogWriter.create(log, header, seed)) {
            for (int i = 0; i < trials; i++) {
                TrialAssignment assignment = writer.nextAssignment();
                int index = writer.nextIndex();
                // A listener who gets three in four right.
                String answer = assignment.correctAnswer().orElseThrow();
                if (index % 4 == 0) {
                    answer = answer.equals("A") ? "B" : "A";
                }
                writer.appendTrial(TrialRecord.scored(index, false, List.of(new PlayEvent("A", 0),
                        new PlayEvent("B", 1000), new PlayEvent("X", 2000)), assignment, answer, 3000, 0));
            }
            TestResult result = TestResult.oneSided(writer.correctCount(), writer.completedTrials(),
                    BinomialTest.CHANCE_HALF, 0.05);
            writer.finish(new LoggedResult(result.correct(), result.trials(), result.pValue(),
                    Verdict.describe(result)), START.plusSeconds(300));
        }
        return log;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
