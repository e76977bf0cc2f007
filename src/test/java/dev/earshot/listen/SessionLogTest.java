package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionLogTest {
    @TempDir
    Path dir;

    @Test
    void finishedSessionRoundTripsAndVerifiesOk() throws IOException {
        for (Protocol protocol : Protocol.values()) {
            Path folder = Files.createDirectory(dir.resolve(protocol.jsonName()));
            byte[] seed = SessionFixture.seed(7);
            Path log = folder.resolve("s.jsonl");
            SessionHeader header = SessionFixture.header(folder, protocol, TestDesign.defaultSequential(), seed);
            SessionLogWriter writer = SessionFixture.writeTrials(log, header, seed, 2, 10);
            assertTrue(Files.exists(SeedSidecar.pathFor(log)), "seed kept while the session runs");
            writer.finish(SessionFixture.result(writer), SessionFixture.START.plusSeconds(60));

            assertFalse(Files.exists(SeedSidecar.pathFor(log)), "seed file deleted once revealed");
            VerificationReport report = SessionLogVerifier.verify(log);
            assertEquals("OK", report.summary(), protocol.jsonName());
            assertTrue(report.finished());
            assertEquals(10, report.completedTrials());
            assertTrue(report.notes().isEmpty(), report.notes().toString());

            ResumeState state = SessionLogReader.resumeState(log);
            assertEquals(header, state.header(), "header survives the JSON round trip exactly");
            assertEquals(10, state.completedTrials());
            assertEquals(2, state.trainingTrials());
            assertTrue(state.finished());
            assertEquals(14, Files.readAllLines(log).size(), "header, 12 trials, footer");
        }
    }

    @Test
    void trialLinesCarryWhatWasPlayedAndTheAnswer() throws IOException {
        Path log = SessionFixture.finishedAbxLog(dir, 4);
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        String trial = lines.get(2);
        assertTrue(trial.startsWith("{\"type\":\"trial\",\"index\":2,\"training\":false,\"plays\":[{\"label\":\"A\","
                + "\"offsetMs\":0}"), trial);
        assertTrue(trial.contains("\"switchCount\":3"), trial);
        assertTrue(lines.get(0).contains("\"prev\":\"" + LogLineFormat.GENESIS + "\""));
        assertTrue(lines.get(6).contains("\"seed\":\"" + Sha256.toHex(SessionFixture.seed(42)) + "\""));
    }

    @Test
    void seedSidecarIsReadableByTheOwnerOnly() throws IOException {
        byte[] seed = SessionFixture.seed(3);
        Path log = dir.resolve("s.jsonl");
        try (SessionLogWriter writer = SessionLogWriter.create(log,
                SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(16), seed), seed)) {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                        Files.getPosixFilePermissions(SeedSidecar.pathFor(log)));
            }
            assertEquals(Sha256.toHex(seed), Files.readString(SeedSidecar.pathFor(log)).strip());
        }
    }

    @Test
    void refusesToOverwriteALog() throws IOException {
        Path log = SessionFixture.finishedAbxLog(dir, 3);
        byte[] before = Files.readAllBytes(log);
        byte[] seed = SessionFixture.seed(9);
        SessionHeader header = SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(16), seed);
        IOException e = assertThrows(IOException.class, () -> SessionLogWriter.create(log, header, seed));
        assertTrue(e.getMessage().contains("session.jsonl: already exists"), e.getMessage());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(log));
    }

    @Test
    void writerRejectsTrialsThatDisagreeWithTheSchedule() throws IOException {
        byte[] seed = SessionFixture.seed(5);
        SessionHeader header = SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(2), seed);
        try (SessionLogWriter writer = SessionLogWriter.create(dir.resolve("s.jsonl"), header, seed)) {
            TrialRecord good = SessionFixture.trial(writer, false);
            String otherX = good.hidden().get(0).equals("A") ? "B" : "A";
            assertThrows(IllegalArgumentException.class, () -> writer.appendTrial(new TrialRecord(1, false,
                    good.plays(), List.of(otherX), good.answer(), good.correct(), 10, 3, 0)));
            assertThrows(IllegalArgumentException.class, () -> writer.appendTrial(new TrialRecord(1, false,
                    good.plays(), good.hidden(), good.answer(), !good.correct(), 10, 3, 0)));
            assertThrows(IllegalArgumentException.class, () -> writer.appendTrial(new TrialRecord(2, false,
                    good.plays(), good.hidden(), good.answer(), good.correct(), 10, 3, 0)));
            writer.appendTrial(good);
            writer.appendTrial(SessionFixture.trial(writer, false));
            assertThrows(IllegalArgumentException.class, () -> writer.appendTrial(SessionFixture.trial(writer, false)),
                    "a fixed design of 2 trials takes no third");
            assertThrows(IllegalArgumentException.class, () -> writer.finish(new LoggedResult(0, 1, 1, "x"),
                    SessionFixture.START));
        }
    }

    @Test
    void headerRejectsACommitmentThatIsNotTheSeeds() throws IOException {
        SessionHeader header = SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(16), SessionFixture.seed(1));
        assertThrows(IllegalArgumentException.class,
                () -> SessionLogWriter.create(dir.resolve("s.jsonl"), header, SessionFixture.seed(2)));
        assertFalse(Files.exists(dir.resolve("s.jsonl")));
    }

    @Test
    void changedStimulusFileIsReported() throws IOException {
        Path log = SessionFixture.finishedAbxLog(dir, 3);
        Files.writeString(dir.resolve("master-b.wav"), "another master");
        assertEquals(List.of("line 1: stimulus B (master-b.wav) differs from the file that was tested (SHA-256 "
                + "mismatch)"), SessionLogVerifier.verify(log).problems());
        Files.delete(dir.resolve("master-b.wav"));
        VerificationReport report = SessionLogVerifier.verify(log);
        assertTrue(report.ok());
        assertEquals(List.of("stimulus B (master-b.wav) not present: its SHA-256 was not checked"), report.notes());
    }

    @Test
    void unfinishedLogIsCheckedWithItsSeedFileOrSaysWhatWasNotChecked() throws IOException {
        byte[] seed = SessionFixture.seed(21);
        Path log = dir.resolve("s.jsonl");
        SessionFixture.writeTrials(log, SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(8), seed), seed,
                0, 3).close();
        String noFooter = "line 5: no footer: the session did not finish (or its last lines were deleted)";
        assertEquals(List.of(noFooter), SessionLogVerifier.verify(log).problems());

        Files.writeString(SeedSidecar.pathFor(log), Sha256.toHex(SessionFixture.seed(22)) + "\n");
        assertEquals(List.of(noFooter, "the seed sidecar: revealed seed does not match the header's seed "
                + "commitment"), SessionLogVerifier.verify(log).problems());
        assertThrows(IOException.class, () -> SessionLogWriter.resume(log));

        Files.delete(SeedSidecar.pathFor(log));
        VerificationReport report = SessionLogVerifier.verify(log);
        assertEquals(List.of(noFooter), report.problems());
        assertTrue(report.notes().contains(
                "schedule not checked: the session is unfinished and its seed sidecar is not present"));
    }
}
