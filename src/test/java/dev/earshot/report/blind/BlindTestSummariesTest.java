package dev.earshot.report.blind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.listen.LoggedResult;
import dev.earshot.listen.PlayEvent;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.listen.TestDesign;
import dev.earshot.listen.TrialAssignment;
import dev.earshot.listen.TrialRecord;
import dev.earshot.listen.TrialSchedule;
import dev.earshot.report.model.BlindTestSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlindTestSummariesTest {
    private static final String HASH = "0".repeat(64);

    @TempDir
    Path dir;

    /** An ABX log of {@code trials} trials, the first {@code right} answered correctly. */
    private Path abxLog(int trials, int right, boolean finish, String profileB) throws IOException {
        byte[] seed = new byte[TrialSchedule.SEED_BYTES];
        new SplittableRandom(5).nextBytes(seed);
        SessionHeader header = new SessionHeader(Protocol.ABX, TestDesign.fixed(trials), List.of(
                new StimulusInfo("A", "masters/song-v1.wav", HASH, 0, 0, profileB == null ? null : "car-a"),
                new StimulusInfo("B", "masters/song-v2.wav", HASH, -0.7, 3, profileB)), 0, null,
                TrialSchedule.commitment(seed), "test", "Ana", Instant.parse("2026-11-25T10:00:00Z"));
        Path log = dir.resolve("abx-" + trials + "-" + right + (finish ? "" : "-open") + ".jsonl");
        SessionLogWriter writer = SessionLogWriter.create(log, header, seed);
        for (int i = 1; i <= trials; i++) {
            TrialAssignment hidden = writer.nextAssignment();
            String correct = hidden.correctAnswer().orElseThrow();
            String answer = i <= right ? correct : correct.equals("A") ? "B" : "A";
            writer.appendTrial(TrialRecord.scored(i, false, List.of(new PlayEvent("X", 10)), hidden, answer, 900,
                    0));
        }
        if (finish) {
            writer.finish(new LoggedResult(right, trials, 0.0384, "a difference was heard"),
                    Instant.parse("2026-11-25T10:10:00Z"));
        } else {
            writer.close();
        }
        return log;
    }

    @Test
    void verifiedLogBecomesASummaryWithTheExactPValue() throws IOException {
        BlindTestSummary summary = BlindTestSummaries.fromLog(abxLog(16, 12, true, null));
        assertEquals("abx-16-12.jsonl", summary.logFileName());
        assertEquals("ABX", summary.protocol());
        assertEquals("Ana", summary.listener());
        assertEquals("song-v1.wav", summary.stimulusA());
        assertEquals("song-v2.wav", summary.stimulusB());
        assertEquals(16, summary.trials());
        assertEquals(12, summary.correct());
        // P(X >= 12), X ~ Bin(16, 1/2) = (1820 + 560 + 120 + 16 + 1) / 65536, exactly representable.
        assertEquals(2517.0 / 65536.0, summary.pValue(), 1e-12);
        assertEquals("a difference was heard", summary.verdict());
        assertTrue(summary.logVerified());
    }

    @Test
    void profilesAreNamedWithTheFiles() throws IOException {
        BlindTestSummary summary = BlindTestSummaries.fromLog(abxLog(4, 2, true, "earbuds-b"));
        assertEquals("song-v1.wav through car-a", summary.stimulusA());
        assertEquals("song-v2.wav through earbuds-b", summary.stimulusB());
    }

    @Test
    void alteredLogIsSummarisedAsNotVerified() throws IOException {
        Path log = abxLog(8, 6, true, null);
        String text = Files.readString(log, StandardCharsets.UTF_8);
        Files.writeString(log, text.replace("\"durationMs\":900", "\"durationMs\":901"), StandardCharsets.UTF_8);
        assertFalse(BlindTestSummaries.fromLog(log).logVerified());
    }

    @Test
    void unfinishedLogHasNoSummary() throws IOException {
        Path log = abxLog(8, 3, false, null);
        IOException e = assertThrows(IOException.class, () -> BlindTestSummaries.fromLog(log));
        assertTrue(e.getMessage().contains("has not finished"), e.getMessage());
    }
}
