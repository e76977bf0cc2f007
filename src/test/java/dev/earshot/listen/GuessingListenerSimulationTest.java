package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Simulated guessing listeners (right with probability ½ on every trial, from a seeded generator): how often each
 * way of running a test wrongly declares that a difference was heard. Each simulated rate is also compared with the
 * exact rate from dynamic programming over the score, so the simulation and the arithmetic check each other.
 */
class GuessingListenerSimulationTest {
    private static final int SESSIONS = 10_000;
    private static final long SEED = 0x5eed_ab_c0ffeeL;
    /** Four standard errors of a rate near 0.05 over 10,000 sessions: sqrt(0.05 · 0.95 / 10,000) ≈ 0.0022. */
    private static final double SIMULATION_TOLERANCE = 0.009;

    @Test
    void fixedSixteenTrialsKeepFalsePassesAtOrBelowAlpha() {
        int passMark = BinomialTest.fewestCorrectToPass(16, 0.5, 0.05).orElseThrow();
        SplittableRandom random = new SplittableRandom(SEED);
        int falsePasses = 0;
        for (int session = 0; session < SESSIONS; session++) {
            int correct = 0;
            for (int trial = 0; trial < 16; trial++) {
                correct += random.nextBoolean() ? 1 : 0;
            }
            falsePasses += correct >= passMark ? 1 : 0;
        }
        double rate = (double) falsePasses / SESSIONS;
        assertTrue(rate >= 0.03 && rate <= 0.05, "false-pass rate " + rate);
        assertEquals(BinomialTest.upperTailPValue(passMark, 16, 0.5), rate, SIMULATION_TOLERANCE);
    }

    @Test
    void sequentialTestStaysWithinWaldsBound() {
        SequentialTest test = SequentialTest.defaults();
        SplittableRandom random = new SplittableRandom(SEED);
        int falsePasses = 0;
        for (int session = 0; session < SESSIONS; session++) {
            falsePasses += runSequential(test, random) == SequentialDecision.PASS ? 1 : 0;
        }
        double rate = (double) falsePasses / SESSIONS;
        assertTrue(rate <= test.falsePassBound(), "SPRT false-pass rate " + rate + " above " + test.falsePassBound());
        assertEquals(exactSequentialFalsePass(test), rate, SIMULATION_TOLERANCE);
    }

    @Test
    void peekingAfterEveryTrialInflatesFalsePasses() {
        // The pitfall of REFERENCE.md section 5: stop at the first trial (of up to 16) where p <= 0.05.
        int[] passMarks = peekingPassMarks(16);
        SplittableRandom random = new SplittableRandom(SEED);
        int falsePasses = 0;
        for (int session = 0; session < SESSIONS; session++) {
            int correct = 0;
            for (int trial = 1; trial <= 16; trial++) {
                correct += random.nextBoolean() ? 1 : 0;
                if (correct >= passMarks[trial]) {
                    falsePasses++;
                    break;
                }
            }
        }
        double rate = (double) falsePasses / SESSIONS;
        assertTrue(rate >= 0.07 && rate <= 0.11, "peeking false-pass rate " + rate);
        assertEquals(exactPeekingFalsePass(passMarks), rate, SIMULATION_TOLERANCE);
    }

    @Test
    void exactPeekingRatesMatchReference() {
        // REFERENCE.md section 5: "for up to 16 trials about 0.088 instead of 0.05; for up to 100 about 0.20".
        assertEquals(0.088, exactPeekingFalsePass(peekingPassMarks(16)), 0.001);
        assertEquals(0.20, exactPeekingFalsePass(peekingPassMarks(100)), 0.01);
    }

    private static SequentialDecision runSequential(SequentialTest test, SplittableRandom random) {
        int correct = 0;
        for (int trial = 1; trial <= test.maxTrials(); trial++) {
            correct += random.nextBoolean() ? 1 : 0;
            SequentialDecision decision = test.decide(correct, trial);
            if (decision.isFinal()) {
                return decision;
            }
        }
        throw new AssertionError("the trial cap must end every sequential test");
    }

    /** Pass mark at each trial count 1..maxTrials; maxTrials + 1 (unreachable) where no score is significant. */
    private static int[] peekingPassMarks(int maxTrials) {
        int[] marks = new int[maxTrials + 1];
        for (int trials = 1; trials <= maxTrials; trials++) {
            marks[trials] = BinomialTest.fewestCorrectToPass(trials, 0.5, 0.05).orElse(trials + 1);
        }
        return marks;
    }

    /** Exact chance of stopping on a pass: propagate the distribution of scores still running, trial by trial. */
    private static double exactPeekingFalsePass(int[] passMarks) {
        double[] running = {1.0};
        double passed = 0.0;
        for (int trials = 1; trials < passMarks.length; trials++) {
            double[] next = step(running);
            for (int correct = 0; correct < next.length; correct++) {
                if (correct >= passMarks[trials]) {
                    passed += next[correct];
                    next[correct] = 0.0;
                }
            }
            running = next;
        }
        return passed;
    }

    private static double exactSequentialFalsePass(SequentialTest test) {
        double[] running = {1.0};
        double passed = 0.0;
        for (int trials = 1; trials <= test.maxTrials(); trials++) {
            double[] next = step(running);
            for (int correct = 0; correct < next.length; correct++) {
                SequentialDecision decision = test.decide(correct, trials);
                if (decision == SequentialDecision.PASS) {
                    passed += next[correct];
                }
                if (decision.isFinal()) {
                    next[correct] = 0.0;
                }
            }
            running = next;
        }
        return passed;
    }

    /** One guessed trial: score k stays with ½ and becomes k + 1 with ½. */
    private static double[] step(double[] scores) {
        double[] next = new double[scores.length + 1];
        for (int correct = 0; correct < scores.length; correct++) {
            next[correct] += 0.5 * scores[correct];
            next[correct + 1] += 0.5 * scores[correct];
        }
        return next;
    }
}
