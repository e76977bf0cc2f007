package dev.earshot.listen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Kills a forked JVM in the middle of a session and resumes the session from its log. */
class SessionLogKillTest {
    private static final int TRIALS_BEFORE_KILL = 5;

    @TempDir
    Path dir;

    /** 40 ms pauses: the kill mostly lands between trials; no pause: it lands while lines are being written. */
    @ParameterizedTest
    @ValueSource(longs = {40, 0})
    void killedSessionResumesWithEveryCompletedTrialIntact(long pauseMs) throws Exception {
        Path log = dir.resolve("killed.jsonl");
        int acknowledged = runAndKill(log, pauseMs);

        ResumeState state = SessionLogReader.resumeState(log);
        assertTrue(state.completedTrials() >= acknowledged,
                state.completedTrials() + " trials in the log, " + acknowledged + " were synced before the kill");
        assertEquals(List.of("line " + (state.completedTrials() + 2) + ": no footer: the session did not finish "
                + "(or its last lines were deleted)"), SessionLogVerifier.verify(log).problems(),
                "every completed trial verifies against the schedule");

        try (SessionLogWriter writer = SessionLogWriter.resume(log)) {
            int target = writer.completedTrials() + 3;
            while (writer.completedTrials() < target) {
                writer.appendTrial(SessionFixture.trial(writer, false));
            }
            writer.finish(SessionFixture.result(writer), SessionFixture.START.plusSeconds(3600));
        }
        VerificationReport report = SessionLogVerifier.verify(log);
        assertEquals("OK", report.summary());
        assertEquals(state.completedTrials() + 3, report.completedTrials());
    }

    /** Starts the session, waits until it reports enough synced trials, kills it; returns the last reported. */
    private static int runAndKill(Path log, long pauseMs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process process = new ProcessBuilder(java, "-Xmx64m", "-cp", classPath,
                CrashingSessionMain.class.getName(), log.toString(), Long.toString(pauseMs))
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        int acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (acknowledged < TRIALS_BEFORE_KILL) {
                String line = out.readLine();
                assertNotNull(line, "the session process ended by itself: " + output);
                output.append(line).append('\n');
                if (line.startsWith("trial ")) {
                    acknowledged = Integer.parseInt(line.substring(6));
                }
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the killed process did not end");
        } finally {
            process.destroyForcibly();
        }
        return acknowledged;
    }
}
