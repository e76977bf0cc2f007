package dev.earshot.ui.blind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.listen.AudioTrials;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogContents;
import dev.earshot.listen.SessionLogVerifier;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.StimulusInfo;
import dev.earshot.listen.TestDesign;
import dev.earshot.listen.TrialRecord;
import dev.earshot.listen.TrialSchedule;
import dev.earshot.playback.NullOutput;
import dev.earshot.playback.blind.PacedOutput;
import dev.earshot.playback.blind.StimulusPlayer;
import dev.earshot.ui.blind.BlindTestView.Phase;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blind-test panel's model, headless, driving a player on the null output. */
class BlindTestModelTest {
    private static final int RATE = 48_000;

    @TempDir
    Path dir;

    private SessionLogWriter writer(Protocol protocol, int trials) throws IOException {
        byte[] seed = new byte[TrialSchedule.SEED_BYTES];
        new SplittableRandom(11).nextBytes(seed);
        String hash = "1".repeat(64);
        SessionHeader header = new SessionHeader(protocol, TestDesign.fixed(trials), List.of(
                new StimulusInfo("A", "a.wav", hash, 0, 0), new StimulusInfo("B", "b.wav", hash, 0, 0)), 0, null,
                TrialSchedule.commitment(seed), "test", "Ana", Instant.parse("2026-11-25T10:00:00Z"));
        return SessionLogWriter.create(dir.resolve(protocol.jsonName() + ".jsonl"), header, seed);
    }

    private static AudioTrials audio(Protocol protocol) {
        float[][] a = new float[2][RATE];
        float[][] b = new float[2][RATE];
        Arrays.fill(a[0], 0.1f);
        Arrays.fill(b[0], 0.2f);
        StimulusPlayer player = new StimulusPlayer(List.of(a, b), RATE, AudioTrials.slotLabels(protocol),
                new PacedOutput(new NullOutput()), 5.0);
        player.setLoop(0, RATE);
        return new AudioTrials(player, protocol, 0, Clock.systemUTC());
    }

    private static BlindTestView await(BlindTestModel model, Predicate<BlindTestView> condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.test(model.view()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
        assertTrue(condition.test(model.view()), "timed out at " + model.view());
        return model.view();
    }

    @Test
    void abxSessionShowsProgressOnlyAndTheResultAtTheEnd() throws Exception {
        SessionLogWriter writer = writer(Protocol.ABX, 4);
        Path log = writer.path();
        BlindTestModel model = new BlindTestModel(writer, audio(Protocol.ABX), 1, Clock.systemUTC());
        List<BlindTestView> views = new CopyOnWriteArrayList<>();
        model.addListener(views::add);
        assertEquals(Phase.READY, model.view().phase());
        assertEquals(List.of("A", "B", "X"), model.view().labels());
        model.start();
        String[] progress = {"Training trial 1 of 1", "Trial 1 of 4", "Trial 2 of 4", "Trial 3 of 4", "Trial 4 of 4"};
        for (int t = 0; t < progress.length; t++) {
            String expected = progress[t];
            await(model, v -> v.phase() == Phase.TRIAL && v.progress().equals(expected) && "A".equals(v.playing()));
            assertTrue(model.key('b', false));
            assertEquals("B", await(model, v -> "B".equals(v.playing())).playing());
            assertTrue(model.key('x', false));
            assertEquals("X", await(model, v -> "X".equals(v.playing())).playing());
            assertTrue(model.key(t % 2 == 0 ? 'A' : 'B', true));
        }
        model.join();
        BlindTestView end = model.view();
        assertEquals(Phase.FINISHED, end.phase());
        for (BlindTestView v : views) {
            if (v.phase() != Phase.FINISHED) {
                assertNull(v.result(), "no result before the end: " + v);
                assertFalse(v.progress().contains("correct"), v.progress());
            }
        }
        assertTrue(views.stream().anyMatch(v -> v.progress().equals("Trial 1 of 4") && v.feedback() != null
                && v.feedback().startsWith("Training: ")), "feedback after the training trial");
        assertTrue(views.stream().filter(v -> v.progress().equals("Trial 2 of 4")).allMatch(v -> v.feedback() == null));
        SessionLogContents contents = SessionLogContents.read(log);
        int correct = contents.footer().result().correct();
        assertEquals(correct + " of 4 correct", end.result().score());
        assertTrue(end.result().pValue().startsWith("p = "), end.result().pValue());
        assertNotNull(end.result().verdict());
        // 4 ABX trials: even 4 of 4 gives p = 1/16 > 0.05, so no score passes and the power line says so.
        assertEquals("Power: with 4 trials not even a perfect score passes at \u03b1 = 0.05", end.result().power());
        for (TrialRecord trial : contents.trials()) {
            assertEquals(2, trial.switchCount());
            assertEquals("B", trial.plays().get(0).label());
            assertEquals("X", trial.plays().get(1).label());
        }
        assertTrue(SessionLogVerifier.verify(log).ok());
    }

    @Test
    void stopLeavesAResumableSessionAndSameDifferentTakesSAndD() throws Exception {
        SessionLogWriter writer = writer(Protocol.SAME_DIFFERENT, 3);
        BlindTestModel model = new BlindTestModel(writer, null, 0, Clock.systemUTC());
        model.start();
        await(model, v -> v.phase() == Phase.TRIAL && v.progress().equals("Trial 1 of 3"));
        assertTrue(model.view().labels().isEmpty());
        assertTrue(model.key('s', false));
        await(model, v -> v.progress().equals("Trial 2 of 3"));
        assertFalse(model.key('q', false));
        model.stop();
        model.join();
        assertEquals(Phase.STOPPED, model.view().phase());
        assertEquals(1, SessionLogContents.read(writer.path()).trials().size());
        SessionLogWriter.resume(writer.path()).close();
    }
}
