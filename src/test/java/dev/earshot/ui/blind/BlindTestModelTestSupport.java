package dev.earshot.ui.blind;

import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.listen.TestDesign;
import dev.earshot.listen.TrialSchedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** An unstarted ABX model without sound over a log in a temporary folder. */
final class BlindTestModelTestSupport implements AutoCloseable {
    private final Path folder;
    private final SessionLogWriter writer;
    private final BlindTestModel model;

    BlindTestModelTestSupport() throws IOException {
        folder = Files.createTempDirectory("earshot-blind");
        byte[] seed = new byte[TrialSchedule.SEED_BYTES];
        String hash = "2".repeat(64);
        SessionHeader header = new SessionHeader(Protocol.ABX, TestDesign.fixed(2), List.of(
                new StimulusInfo("A", "a.wav", hash, 0, 0), new StimulusInfo("B", "b.wav", hash, 0, 0)), 0, null,
                TrialSchedule.commitment(seed), "test", "", Instant.parse("2026-11-25T10:00:00Z"));
        writer = SessionLogWriter.create(folder.resolve("s.jsonl"), header, seed);
        model = new BlindTestModel(writer, null, 0, Clock.systemUTC());
    }

    BlindTestModel model() {
        return model;
    }

    Path log() {
        return writer.path();
    }

    @Override
    public void close() throws IOException {
        writer.close();
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }
}
