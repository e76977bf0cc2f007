package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Logs cut at every byte offset, as a crash during a write leaves them, resume to the last complete line. */
class SessionLogCrashTest {
    private static final int TRAINING = 1;
    private static final int TRIALS = 3;

    @TempDir
    Path dir;

    @Test
    void logCutAtEveryOffsetResumesAtTheLastCompleteLine() throws IOException {
        byte[] seed = SessionFixture.seed(11);
        Path original = dir.resolve("original.jsonl");
        SessionHeader header = SessionFixture.header(dir, Protocol.TRIANGLE, TestDesign.fixed(8), seed);
        SessionFixture.writeTrials(original, header, seed, TRAINING, TRIALS).close();
        byte[] full = Files.readAllBytes(original);
        int headerEnd = indexOf(full, 0) + 1;
        Path log = dir.resolve("cut.jsonl");
        for (int cut = headerEnd; cut <= full.length; cut++) {
            Files.write(log, Arrays.copyOf(full, cut));
            int lastEnd = lastLineEnd(full, cut);
            int completeLines = count(full, lastEnd);
            int partial = cut - lastEnd;

            VerificationReport before = SessionLogVerifier.verify(Arrays.copyOf(full, cut), seed, null);
            if (partial > 0) {
                assertTrue(before.problems().contains("line " + (completeLines + 1) + ": incomplete last line ("
                        + partial + " bytes without a line end): the session stopped while this line was being "
                        + "written"), "cut at " + cut + ": " + before.problems());
            }
            ResumeState state = SessionLogReader.resumeState(log);
            int trialLines = completeLines - 1;
            assertEquals(Math.max(0, trialLines - TRAINING), state.completedTrials(), "cut at " + cut);
            assertEquals(Math.min(trialLines, TRAINING), state.trainingTrials(), "cut at " + cut);
            assertEquals(trialLines + 1, state.nextIndex(), "cut at " + cut);
            assertEquals(partial, state.truncatedBytes(), "cut at " + cut);
            assertFalse(state.finished());
            assertEquals(header, state.header());
            assertTrue(Arrays.equals(full, 0, lastEnd, Files.readAllBytes(log), 0, lastEnd)
                    && Files.size(log) == lastEnd, "cut at " + cut + ": only the partial line is removed");
        }
    }

    @Test
    void resumedSessionContinuesAndVerifiesOk() throws IOException {
        byte[] seed = SessionFixture.seed(12);
        Path log = dir.resolve("s.jsonl");
        SessionHeader header = SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(6), seed);
        SessionFixture.writeTrials(log, header, seed, TRAINING, TRIALS).close();
        byte[] full = Files.readAllBytes(log);
        Files.write(log, Arrays.copyOf(full, full.length - 40)); // crash in the middle of the last trial line

        try (SessionLogWriter writer = SessionLogWriter.resume(log)) {
            assertEquals(TRIALS - 1, writer.completedTrials());
            assertEquals(TRAINING + TRIALS, writer.nextIndex(), "the cut trial is played again");
            while (writer.completedTrials() < 6) {
                writer.appendTrial(SessionFixture.trial(writer, false));
            }
            writer.finish(SessionFixture.result(writer), SessionFixture.START.plusSeconds(900));
        }
        assertEquals("OK", SessionLogVerifier.verify(log).summary());
        assertFalse(Files.exists(SeedSidecar.pathFor(log)));
        assertThrows(IOException.class, () -> SessionLogWriter.resume(log), "a finished session is not resumed");
    }

    @Test
    void tamperedLogIsNotResumed() throws IOException {
        byte[] seed = SessionFixture.seed(13);
        Path log = dir.resolve("s.jsonl");
        SessionFixture.writeTrials(log, SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(6), seed), seed,
                0, 3).close();
        List<String> lines = Files.readAllLines(log);
        Files.write(log, List.of(lines.get(0), lines.get(2), lines.get(3)));
        IOException e = assertThrows(IOException.class, () -> SessionLogReader.resumeState(log));
        assertTrue(e.getMessage().startsWith("s.jsonl: cannot resume: line 2: hash chain broken"), e.getMessage());
    }

    private static int indexOf(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Offset just after the last line end before {@code cut}. */
    private static int lastLineEnd(byte[] content, int cut) {
        for (int i = cut - 1; i >= 0; i--) {
            if (content[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private static int count(byte[] content, int end) {
        int lines = 0;
        for (int i = 0; i < end; i++) {
            lines += content[i] == '\n' ? 1 : 0;
        }
        return lines;
    }
}
