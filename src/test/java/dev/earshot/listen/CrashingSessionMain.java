package dev.earshot.listen;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A session that never ends, for {@link SessionLogKillTest}: writes scored ABX trials to the log given as the
 * first argument, pausing the second argument's milliseconds between trials (a listener's thinking time, 0 for
 * none), and prints "trial N" once trial N is synced. The test kills this process.
 */
public final class CrashingSessionMain {
    private CrashingSessionMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path log = Path.of(args[0]);
        long pauseMs = Long.parseLong(args[1]);
        byte[] seed = SessionFixture.seed(99);
        SessionHeader header = SessionFixture.header(log.toAbsolutePath().getParent(), Protocol.ABX,
                TestDesign.fixed(10_000), seed);
        try (SessionLogWriter writer = SessionLogWriter.create(log, header, seed)) {
            while (true) {
                writer.appendTrial(SessionFixture.trial(writer, false));
                System.out.println("trial " + writer.completedTrials());
                System.out.flush();
                if (pauseMs > 0) {
                    Thread.sleep(pauseMs);
                }
            }
        }
    }
}
