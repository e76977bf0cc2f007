package dev.earshot.listen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/** Builds small, deterministic session logs for tests. */
final class SessionFixture {
    static final Instant START = Instant.parse("2026-11-25T14:00:00Z");

    private SessionFixture() {
    }

    static byte[] seed(long n) {
        byte[] seed = new byte[TrialSchedule.SEED_BYTES];
        new SplittableRandom(n).nextBytes(seed);
        return seed;
    }

    /** Writes two stimulus files into {@code folder} and returns a header naming them by relative path. */
    static SessionHeader header(Path folder, Protocol protocol, TestDesign design, byte[] seed) throws IOException {
        Path a = folder.resolve("master-a.wav");
        Path b = folder.resolve("master-b.wav");
        Files.writeString(a, "stimulus A bytes", StandardCharsets.US_ASCII);
        Files.writeString(b, "stimulus B bytes", StandardCharsets.US_ASCII);
        return new SessionHeader(protocol, design, List.of(
                new StimulusInfo("A", "master-a.wav", Sha256.ofFile(a), 0.0, 0),
                new StimulusInfo("B", "master-b.wav", Sha256.ofFile(b), -1.25, 17)),
                0.5, new LoopRegion(48_000, 480_000), TrialSchedule.commitment(seed), "0.1.0-test", "Ana",
                START);
    }

    /** A trial whose answer is correct when {@code (index * 7) % 10 < 7} (about 70 % right), deterministically. */
    static TrialRecord trial(SessionLogWriter writer, boolean training) {
        TrialAssignment a = writer.nextAssignment();
        int index = writer.nextIndex();
        List<String> answers = a.protocol().answers();
        String answer = a.correctAnswer().orElse(answers.get(index % 2));
        if ((index * 7) % 10 >= 7) {
            answer = answers.get((answers.indexOf(answer) + 1) % answers.size());
        }
        List<PlayEvent> plays = List.of(new PlayEvent("A", 0), new PlayEvent("B", 1500 + index),
                new PlayEvent("X", 3100));
        return TrialRecord.scored(index, training, plays, a, answer, 4200 + 10L * index, index % 3 == 0 ? 1 : 0);
    }

    /** Writes {@code training} training trials then {@code trials} scored trials; the writer stays open. */
    static SessionLogWriter writeTrials(Path log, SessionHeader header, byte[] seed, int training, int trials)
            throws IOException {
        SessionLogWriter writer = SessionLogWriter.create(log, header, seed);
        for (int i = 0; i < training + trials; i++) {
            writer.appendTrial(trial(writer, i < training));
        }
        return writer;
    }

    /** A finished ABX log with one training trial and {@code trials} scored trials. */
    static Path finishedAbxLog(Path folder, int trials) throws IOException {
        byte[] seed = seed(42);
        Path log = folder.resolve("session.jsonl");
        SessionHeader header = header(folder, Protocol.ABX, TestDesign.fixed(trials), seed);
        SessionLogWriter writer = writeTrials(log, header, seed, 1, trials);
        writer.finish(result(writer), START.plusSeconds(600));
        return log;
    }

    /** The result matching what {@code writer} wrote. */
    static LoggedResult result(SessionLogWriter writer) {
        return new LoggedResult(writer.correctCount(), writer.completedTrials(), 0.25, "fail");
    }
}
