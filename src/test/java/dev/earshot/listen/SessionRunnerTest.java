package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SessionRunner} against listeners who look the answer up in the schedule (an independent derivation). */
class SessionRunnerTest {
    private static final Clock CLOCK = Clock.fixed(SessionFixture.START, ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** Answers right from the seed's schedule until {@code stopAfter} answers, then returns null. */
    private static final class Oracle implements AnswerSource {
        private final byte[] seed;
        private final int stopAfter;
        private final List<TrialPrompt> prompts = new ArrayList<>();
        private int feedbacks;

        Oracle(byte[] seed, int stopAfter) {
            this.seed = seed.clone();
            this.stopAfter = stopAfter;
        }

        @Override
        public TrialAnswer nextAnswer(TrialPrompt prompt) {
            if (prompts.size() == stopAfter) {
                return null;
            }
            prompts.add(prompt);
            TrialAssignment truth = TrialSchedule.assignment(seed, prompt.protocol(), prompt.trialIndex());
            return TrialAnswer.of(truth.correctAnswer().orElse("1"));
        }

        @Override
        public void trainingFeedback(TrialPrompt prompt, boolean correct, String explanation) {
            assertTrue(prompt.training() && correct, explanation);
            feedbacks++;
        }
    }

    private SessionLogWriter newSession(Protocol protocol, TestDesign design, byte[] seed) throws IOException {
        return SessionLogWriter.create(dir.resolve("s.jsonl"),
                SessionFixture.header(dir, protocol, design, seed), seed);
    }

    @Test
    void fixedDesignRunsExactlyNScoredTrialsAfterTrainingAndVerifies() throws IOException {
        byte[] seed = SessionFixture.seed(5);
        Oracle listener = new Oracle(seed, Integer.MAX_VALUE);
        SessionOutcome outcome = new SessionRunner(newSession(Protocol.ABX, TestDesign.fixed(16), seed), listener, 2,
                CLOCK).run();
        assertTrue(outcome.finished());
        assertEquals(16, outcome.completedTrials());
        assertEquals(16, outcome.result().correct());
        assertEquals(Math.pow(0.5, 16), outcome.result().pValue(), 1e-15);
        assertEquals(2, listener.feedbacks);
        assertEquals(18, listener.prompts.size());
        assertEquals(new TrialPrompt(3, false, 1, 16, false, Protocol.ABX), listener.prompts.get(2));
        VerificationReport report = SessionLogVerifier.verify(dir.resolve("s.jsonl"));
        assertTrue(report.ok() && report.finished(), report.summary());
    }

    @Test
    void stoppedSessionResumesAtTheNextTrialAndFinishes() throws IOException {
        byte[] seed = SessionFixture.seed(6);
        SessionLogWriter first = newSession(Protocol.TRIANGLE, TestDesign.fixed(16), seed);
        SessionOutcome paused = new SessionRunner(first, new Oracle(seed, 5), 0, CLOCK).run();
        first.close();
        assertFalse(paused.finished());
        assertEquals(5, paused.completedTrials());
        assertNull(paused.result());

        Oracle rest = new Oracle(seed, Integer.MAX_VALUE);
        SessionOutcome done = new SessionRunner(SessionLogWriter.resume(dir.resolve("s.jsonl")), rest, 3, CLOCK)
                .run();
        assertTrue(done.finished());
        assertEquals(16, done.completedTrials());
        assertEquals(11, rest.prompts.size(), "no training after scoring began");
        assertEquals(6, rest.prompts.get(0).number());
        assertTrue(SessionLogVerifier.verify(dir.resolve("s.jsonl")).ok());
    }

    @Test
    void sequentialDesignStopsAtTheFirstPassBoundaryForAPerfectListener() throws IOException {
        byte[] seed = SessionFixture.seed(7);
        TestDesign design = TestDesign.defaultSequential();
        SessionOutcome outcome = new SessionRunner(newSession(Protocol.ABX, design, seed),
                new Oracle(seed, Integer.MAX_VALUE), 0, CLOCK).run();
        SequentialTest sprt = SequentialTest.defaults();
        int expected = 1;
        while (sprt.decide(expected, expected) != SequentialDecision.PASS) {
            expected++;
        }
        assertEquals(expected, outcome.completedTrials());
        assertEquals(SequentialDecision.PASS, outcome.decision());
        assertEquals(Verdict.describe(sprt, SequentialDecision.PASS, expected, expected), outcome.verdict());
        assertTrue(SessionLogVerifier.verify(dir.resolve("s.jsonl")).ok());
    }
}
