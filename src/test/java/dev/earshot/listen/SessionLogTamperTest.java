package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A finished ABX log: header, one training trial, four scored trials, footer (7 lines). */
class SessionLogTamperTest {
    @TempDir
    Path dir;
    private byte[] log;
    private List<String> lines;

    @BeforeEach
    void writeLog() throws IOException {
        Path file = SessionFixture.finishedAbxLog(dir, 4);
        log = Files.readAllBytes(file);
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(7, lines.size());
        assertTrue(verify(log).ok(), verify(log).summary());
    }

    private static VerificationReport verify(byte[] content) throws IOException {
        return SessionLogVerifier.verify(content, null, null);
    }

    private static int lineOf(byte[] content, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            line += content[i] == '\n' ? 1 : 0;
        }
        return line;
    }

    @Test
    void everySingleBitFlipIsDetectedAtItsLine() throws IOException {
        for (int pos = 0; pos < log.length; pos++) {
            int bit = pos % 8; // every bit position occurs, in every line
            byte[] altered = log.clone();
            altered[pos] ^= (byte) (1 << bit);
            VerificationReport report = verify(altered);
            assertFalse(report.ok(), "bit " + bit + " of byte " + pos + " flipped, not detected");
            String expected = "line " + lineOf(log, pos) + ":";
            assertTrue(report.problems().get(0).startsWith(expected),
                    "byte " + pos + ": expected the first problem at " + expected + " got " + report.problems());
        }
    }

    @Test
    void everyReplacedDigitIsDetected() throws IOException {
        int digits = 0;
        for (int pos = 0; pos < log.length; pos++) {
            if (log[pos] >= '0' && log[pos] <= '9') {
                byte[] altered = log.clone();
                altered[pos] = (byte) ('0' + (log[pos] - '0' + 1) % 10);
                assertFalse(verify(altered).ok(), "digit at byte " + pos + " replaced, not detected");
                digits++;
            }
        }
        assertTrue(digits > 500, "the log holds many digits (hashes, times): " + digits);
    }

    @Test
    void deletedReorderedDuplicatedAndAppendedLinesAreDetected() throws IOException {
        for (int k = 0; k < lines.size(); k++) {
            List<String> deleted = new ArrayList<>(lines);
            deleted.remove(k);
            assertFalse(verify(join(deleted)).ok(), "line " + (k + 1) + " deleted");
            List<String> duplicated = new ArrayList<>(lines);
            duplicated.add(k, lines.get(k));
            assertFalse(verify(join(duplicated)).ok(), "line " + (k + 1) + " duplicated");
            List<String> appended = new ArrayList<>(lines);
            appended.add(lines.get(k));
            assertFalse(verify(join(appended)).ok(), "line " + (k + 1) + " appended");
            if (k + 1 < lines.size()) {
                List<String> swapped = new ArrayList<>(lines);
                Collections.swap(swapped, k, k + 1);
                assertFalse(verify(join(swapped)).ok(), "lines " + (k + 1) + " and " + (k + 2) + " swapped");
            }
        }
    }

    @Test
    void deletedTrialIsNamedByLine() throws IOException {
        List<String> deleted = new ArrayList<>(lines);
        deleted.remove(3);
        List<String> problems = verify(join(deleted)).problems();
        assertEquals("line 4: hash chain broken: 'prev' does not match line 3", problems.get(0));
        assertEquals("line 4: trial 4 where trial 3 was expected (trial lines deleted, duplicated or reordered)",
                problems.get(1));
    }

    @Test
    void appendedLineAfterTheFooterIsNamed() throws IOException {
        List<String> appended = new ArrayList<>(lines);
        appended.add(lines.get(3));
        assertTrue(verify(join(appended)).problems()
                .contains("line 8: line after the footer (lines appended to a finished log)"));
    }

    @Test
    void missingFooterIsReported() throws IOException {
        assertEquals(List.of("line 7: no footer: the session did not finish (or its last lines were deleted)"),
                verify(join(lines.subList(0, 6))).problems());
    }

    @Test
    void editedAnswerWithARecomputedCheckBreaksTheChainAndTheScore() throws IOException {
        // Line 3 is trial 2; flip its answer, recompute that line's own check but not the next line's prev.
        List<String> edited = reframe(lines, 3, false, n -> n.put("answer", otherLabel(n.get("answer").asText())));
        List<String> problems = verify(join(edited)).problems();
        String x = new ObjectMapper().readTree(lines.get(2)).get("hidden").get(0).asText();
        String newAnswer = otherLabel(x);
        boolean wasCorrect = new ObjectMapper().readTree(lines.get(2)).get("correct").asBoolean();
        String claimed = wasCorrect ? "correct" : "wrong";
        assertEquals(List.of("line 3: trial 2 answer " + (wasCorrect ? newAnswer : x) + " says " + claimed
                        + " but the schedule's X was " + x,
                "line 4: hash chain broken: 'prev' does not match line 3"), problems);
    }

    @Test
    void forgedAssignmentWithAConsistentChainIsCaughtByTheSchedule() throws IOException {
        List<String> forged = reframe(lines, 3, true, n -> {
            String x = n.get("hidden").get(0).asText();
            n.putArray("hidden").add(otherLabel(x));
            n.put("correct", !n.get("correct").asBoolean());
            return n;
        });
        String x = new ObjectMapper().readTree(lines.get(2)).get("hidden").get(0).asText();
        List<String> problems = verify(join(forged)).problems();
        assertEquals("line 3: trial 2 logs X was " + otherLabel(x) + " but the schedule says X was " + x,
                problems.get(0));
        assertTrue(problems.get(1).startsWith("line 3: trial 2 answer "), problems.toString());
        assertTrue(problems.get(2).startsWith("line 7: footer says "), problems.toString());
    }

    @Test
    void forgedFooterCountsAndSeedAreCaught() throws IOException {
        List<String> counts = reframe(lines, 7, true, n -> n.put("correct", n.get("trials").asInt()));
        assertTrue(verify(join(counts)).problems().get(0).startsWith("line 7: footer says 4 of 4 but the trial "
                + "lines hold"), verify(join(counts)).summary());
        List<String> seed = reframe(lines, 7, true, n -> n.put("seed", Sha256.toHex(SessionFixture.seed(43))));
        assertEquals(List.of("line 7: revealed seed does not match the header's seed commitment"),
                verify(join(seed)).problems());
    }

    private static String otherLabel(String label) {
        return label.equals("A") ? "B" : "A";
    }

    /** Edits line {@code lineNumber} (1-based) and re-frames it; with {@code rechain}, every later line too. */
    private static List<String> reframe(List<String> lines, int lineNumber, boolean rechain,
                                        UnaryOperator<ObjectNode> edit) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        LogLineFormat format = new LogLineFormat();
        List<String> out = new ArrayList<>(lines.subList(0, lineNumber - 1));
        String prev = lineNumber == 1 ? LogLineFormat.GENESIS
                : Sha256.hex(lines.get(lineNumber - 2).getBytes(StandardCharsets.UTF_8));
        for (int i = lineNumber - 1; i < lines.size(); i++) {
            if (i >= lineNumber && !rechain) {
                out.add(lines.get(i));
                continue;
            }
            ObjectNode node = (ObjectNode) mapper.readTree(lines.get(i));
            node.remove("check");
            if (i == lineNumber - 1) {
                node = edit.apply(node);
            }
            byte[] framed = format.frame(node, prev);
            String line = new String(framed, 0, framed.length - 1, StandardCharsets.UTF_8);
            prev = Sha256.hex(line.getBytes(StandardCharsets.UTF_8));
            out.add(line);
        }
        return out;
    }

    private static byte[] join(List<String> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (String line : lines) {
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return out.toByteArray();
    }
}
