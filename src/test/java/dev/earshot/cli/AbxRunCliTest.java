package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.listen.Protocol;
import dev.earshot.listen.SequentialDecision;
import dev.earshot.listen.SequentialTest;
import dev.earshot.listen.StimulusWavs;
import dev.earshot.listen.TrialSchedule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code earshot abx run} and {@code abx resume} in --no-audio mode with scripted answers. */
class AbxRunCliTest {
    @TempDir
    Path dir;

    private Path a;
    private Path b;

    @BeforeEach
    void writeStimuli() throws IOException {
        a = dir.resolve("a.wav");
        b = dir.resolve("b.wav");
        StimulusWavs.writePair(a, b, 1.0, 40, -2.0, 11);
    }

    private static CliRun run(String answers, String... args) {
        return CliRun.withAnswers(answers, args);
    }

    private static CliRun run(BufferedReader answers, String... args) {
        return CliRun.withAnswers(answers, args);
    }

    @Test
    void scriptedAbxSessionFinishesAndVerifies() {
        Path log = dir.resolve("s.jsonl");
        // Two training answers, then 16 scored ones with a typo and a help request along the way.
        String answers = "a\nb\nx\n?\n" + "a\nb\n".repeat(8);
        CliRun session = run(answers, "abx", "run", a.toString(), b.toString(), "--no-audio", "--training", "2",
                "--listener", "Ana", "-o", log.toString());
        assertEquals(0, session.exitCode(), session.out() + session.err());
        String beforeResult = session.out().substring(0, session.out().indexOf("Result:"));
        assertTrue(beforeResult.contains("training trial 1 of 2 — answer (A/B): "), beforeResult);
        assertTrue(beforeResult.contains("trial 16 of 16 — answer (A/B): "), beforeResult);
        assertTrue(beforeResult.contains("'x' is not an answer"), beforeResult);
        assertFalse(beforeResult.contains("correct"), "no score during the session: " + beforeResult);
        assertTrue(session.out().contains("Verdict: "), session.out());
        assertTrue(session.out().contains("Power (12 of 16 needed to pass)"), session.out());
        assertTrue(session.out().contains("Log: " + log), session.out());

        CliRun verify = run("", "abx", "verify", log.toString());
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains(": OK") && verify.out().contains("finished, 16 trials"), verify.out());
    }

    @Test
    void quitAfterFiveTrialsThenResumeCompletesSixteen() {
        Path log = dir.resolve("s.jsonl");
        CliRun first = run("s\nd\ns\nd\nsame\n" + "q\n", "abx", "run", a.toString(), b.toString(), "--no-audio",
                "--protocol", "same-different", "-o", log.toString());
        assertEquals(0, first.exitCode(), first.out() + first.err());
        assertTrue(first.out().contains("Stopped after 5 scored trials"), first.out());
        assertTrue(first.out().contains("earshot abx resume " + log + " --no-audio"), first.out());
        assertFalse(first.out().contains("Result:"), first.out());

        CliRun paused = run("", "abx", "verify", log.toString());
        assertTrue(paused.out().contains("the session did not finish"), paused.out());

        CliRun resumed = run("s\nd\n".repeat(6), "abx", "resume", log.toString(), "--no-audio");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(resumed.out().contains("after 5 scored trials"), resumed.out());
        assertTrue(resumed.out().contains("trial 6 of 16 — same or different (S/D): "), resumed.out());
        assertTrue(resumed.out().contains("Result: "), resumed.out());

        CliRun verify = run("", "abx", "verify", log.toString());
        assertEquals(0, verify.exitCode(), verify.out());
        assertTrue(verify.out().contains("finished, 16 trials"), verify.out());
    }

    @Test
    void inputEndingMidSessionLeavesItResumableWithExitOne() {
        Path log = dir.resolve("s.jsonl");
        CliRun first = run("1\n2\n3\n", "abx", "run", a.toString(), b.toString(), "--no-audio", "--protocol",
                "triangle", "--trials", "6", "-o", log.toString());
        assertEquals(1, first.exitCode(), first.out());
        assertTrue(first.out().contains("Input ended after 3 scored trials"), first.out());
        CliRun resumed = run("1\n2\n3\n", "abx", "resume", log.toString(), "--no-audio");
        assertEquals(0, resumed.exitCode(), resumed.out() + resumed.err());
        assertTrue(run("", "abx", "verify", log.toString()).out().contains("finished, 6 trials"));
    }

    @Test
    void sequentialSessionStopsAtTheSprtPassBoundaryForAPerfectListener() {
        Path log = dir.resolve("s.jsonl");
        CliRun session = run(new PerfectListener(log), "abx", "run", a.toString(), b.toString(), "--no-audio",
                "--sequential", "-o", log.toString());
        assertEquals(0, session.exitCode(), session.out() + session.err());
        SequentialTest sprt = SequentialTest.defaults();
        int expected = 1;
        while (sprt.decide(expected, expected) != SequentialDecision.PASS) {
            expected++;
        }
        assertTrue(session.out().contains("trial " + expected + " (at most 40)"), session.out());
        assertFalse(session.out().contains("trial " + (expected + 1) + " (at most 40)"), session.out());
        assertTrue(session.out().contains("Result: " + expected + " of " + expected + " correct"), session.out());
        assertTrue(session.out().contains("reached the pass boundary"), session.out());
        assertTrue(run("", "abx", "verify", log.toString()).out().contains("finished, " + expected + " trials"));
    }

    @Test
    void withoutAnAudioDeviceItSaysSoInOneLineAndCreatesNoLog() {
        Path log = dir.resolve("s.jsonl");
        CliRun run = run("", "abx", "run", a.toString(), b.toString(), "-o", log.toString());
        Assumptions.assumeTrue(run.exitCode() == 2 || !run.out().contains("through the default audio output"),
                "this machine has an audio output");
        assertEquals(2, run.exitCode(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("earshot: no audio output is available"), run.err());
        assertTrue(run.err().contains("--no-audio"), run.err());
        assertFalse(Files.exists(log));
    }

    @Test
    void sequentialPreferenceAndBothDesignsAreRefused() {
        CliRun both = run("", "abx", "run", a.toString(), b.toString(), "--no-audio", "--sequential", "--trials", "8",
                "-o", dir.resolve("x.jsonl").toString());
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("either --trials N or --sequential"), both.err());
        CliRun preference = run("", "abx", "run", a.toString(), b.toString(), "--no-audio", "--sequential",
                "--protocol", "preference", "-o", dir.resolve("y.jsonl").toString());
        assertEquals(2, preference.exitCode());
        assertTrue(preference.err().contains("preference has none"), preference.err());
    }

    @Test
    void sprtParametersAreRecordedAndTheCapEndsTheSession() throws IOException {
        Path log = dir.resolve("s.jsonl");
        // Alternating answers, about half right: the session ends at the fail boundary or at the cap of 6.
        CliRun session = run("a\nb\n".repeat(5), "abx", "run", a.toString(), b.toString(), "--no-audio",
                "--sequential", "--alpha", "0.01", "--p1", "0.9", "--cap", "6", "-o", log.toString());
        assertEquals(0, session.exitCode(), session.out() + session.err());
        assertTrue(session.out().contains("(at most 6)"), session.out());
        assertFalse(session.out().contains("trial 7 "), session.out());
        assertTrue(session.out().contains("Verdict: SPRT stopped after"), session.out());
        String header = Files.readAllLines(log, StandardCharsets.UTF_8).get(0);
        assertTrue(header.contains("0.01") && header.contains("0.9"), header);
        assertTrue(run("", "abx", "verify", log.toString()).out().contains(": OK"));

        CliRun stray = run("", "abx", "run", a.toString(), b.toString(), "--no-audio", "--cap", "6", "-o",
                dir.resolve("t.jsonl").toString());
        assertEquals(2, stray.exitCode());
        assertTrue(stray.err().contains("belong to --sequential"), stray.err());
    }

    /** Answers every ABX trial right by reading the session's seed file, which sits next to the log. */
    private static final class PerfectListener extends BufferedReader {
        private final Path log;
        private int index;

        PerfectListener(Path log) {
            super(new StringReader(""));
            this.log = log;
        }

        @Override
        public String readLine() throws IOException {
            Path seedFile = log.resolveSibling(log.getFileName() + ".seed");
            byte[] seed = HexFormat.of().parseHex(Files.readString(seedFile, StandardCharsets.US_ASCII).strip());
            index++;
            List<String> slots = TrialSchedule.assignment(seed, Protocol.ABX, index).slots();
            return slots.get(0);
        }
    }
}
