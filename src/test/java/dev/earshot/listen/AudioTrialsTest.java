package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.NullOutput;
import dev.earshot.playback.blind.PacedOutput;
import dev.earshot.playback.blind.StimulusPlayer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A triangle session on the null output: the engine follows every switch and the log records them. */
class AudioTrialsTest {
    private static final int RATE = 48_000;

    @TempDir
    Path dir;

    private static float[][] constant(float value, int frames) {
        float[][] rows = new float[2][frames];
        java.util.Arrays.fill(rows[0], value);
        java.util.Arrays.fill(rows[1], value);
        return rows;
    }

    @Test
    void engineFollowsEverySwitchAndTheLogCountsThem() throws IOException {
        StimulusPlayer player = new StimulusPlayer(List.of(constant(0.1f, RATE), constant(0.2f, RATE)), RATE,
                AudioTrials.slotLabels(Protocol.TRIANGLE), new PacedOutput(new NullOutput()), 5.0);
        player.setLoop(0, RATE);
        List<String> heard = new ArrayList<>();
        byte[] seed = SessionFixture.seed(3);
        Path log = dir.resolve("t.jsonl");
        SessionHeader header = SessionFixture.header(dir, Protocol.TRIANGLE, TestDesign.fixed(3), seed);
        List<List<String>> script = List.of(List.of("2", "3", "3"), List.of(), List.of("1", "2"));
        try (AudioTrials audio = new AudioTrials(player, Protocol.TRIANGLE, 0, Clock.systemUTC())) {
            AnswerSource answers = prompt -> {
                for (String label : script.get(prompt.number() - 1)) {
                    audio.listen(label);
                    awaitHeard(player, label);
                    heard.add(player.slotOfSource(player.engine().meters().sourceIndex()));
                }
                return new TrialAnswer("1", audio.plays(), 0);
            };
            new SessionRunner(SessionLogWriter.create(log, header, seed), answers, 0, Clock.systemUTC(), audio)
                    .run();
        }
        assertEquals(List.of("2", "3", "3", "1", "2"), heard);
        List<Integer> switchCounts = new ArrayList<>();
        for (LogScanner.ScannedTrial t : new LogScanner().scan(Files.readAllBytes(log)).trials()) {
            switchCounts.add(t.record().switchCount());
        }
        assertEquals(List.of(3, 0, 2), switchCounts);
    }

    @Test
    void eachTrialCountsTheUnderrunsOfItsOwnStretchOfPlayback() throws IOException {
        // An output that runs dry when the test says so, as a sound card whose audio thread was late.
        long[] dry = {0};
        PacedOutput paced = new PacedOutput(new NullOutput());
        AudioOutput output = new AudioOutput() {
            @Override
            public void open(int sampleRate, int channels, int blockFrames) throws IOException {
                paced.open(sampleRate, channels, blockFrames);
            }

            @Override
            public void write(float[][] block, int frames) throws IOException {
                paced.write(block, frames);
            }

            @Override
            public long underruns() {
                synchronized (dry) {
                    return dry[0];
                }
            }

            @Override
            public void close() throws IOException {
                paced.close();
            }
        };
        StimulusPlayer player = new StimulusPlayer(List.of(constant(0.1f, RATE), constant(0.2f, RATE)), RATE,
                AudioTrials.slotLabels(Protocol.ABX), output, 5.0);
        player.setLoop(0, RATE);
        byte[] seed = SessionFixture.seed(4);
        Path log = dir.resolve("u.jsonl");
        SessionHeader header = SessionFixture.header(dir, Protocol.ABX, TestDesign.fixed(3), seed);
        List<Long> dryDuringTrial = List.of(2L, 0L, 5L);
        try (AudioTrials audio = new AudioTrials(player, Protocol.ABX, 0, Clock.systemUTC())) {
            AnswerSource answers = prompt -> {
                synchronized (dry) {
                    dry[0] += dryDuringTrial.get(prompt.number() - 1);
                }
                return new TrialAnswer("A", audio.plays(), audio.underruns());
            };
            new SessionRunner(SessionLogWriter.create(log, header, seed), answers, 0, Clock.systemUTC(), audio)
                    .run();
        }
        List<Integer> logged = new ArrayList<>();
        for (LogScanner.ScannedTrial t : new LogScanner().scan(Files.readAllBytes(log)).trials()) {
            logged.add(t.record().underruns());
        }
        assertEquals(List.of(2, 0, 5), logged, "each trial logs only the gaps heard during it");
    }

    /** Waits (at most 5 s) until the engine's meters report {@code label}'s source as selected. */
    private static void awaitHeard(StimulusPlayer player, String label) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!label.equals(player.slotOfSource(player.engine().meters().sourceIndex()))
                && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
    }
}
