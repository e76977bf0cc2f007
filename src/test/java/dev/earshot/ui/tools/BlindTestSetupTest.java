package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.listen.Protocol;
import dev.earshot.listen.TestDesign;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The blind-test dialog's checks and defaults, headless. */
class BlindTestSetupTest {
    @TempDir
    Path dir;

    private BlindTestSetup setup(Protocol protocol, Path b, String profileA, String profileB, int trials,
                                 boolean sequential, Path log) {
        return new BlindTestSetup(protocol, dir.resolve("master.wav"), b, profileA, profileB, trials, sequential, 0,
                "Ann", false, log);
    }

    @Test
    void theMasterThroughTwoDifferentProfilesIsAValidFixedTest() {
        BlindTestSetup s = setup(Protocol.ABX, null, "car", "earbuds", 12, false, dir.resolve("log.jsonl"));
        assertDoesNotThrow(s::validate);
        assertTrue(s.throughProfiles());
        assertEquals(TestDesign.fixed(12), s.design());
    }

    @Test
    void theSameProfileTwiceOrTheSameFileTwiceIsRefused() {
        Path log = dir.resolve("log.jsonl");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> setup(Protocol.ABX, null, "car", "car", 16, false, log).validate()).getMessage()
                .contains("two different profiles"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> setup(Protocol.ABX, dir.resolve("master.wav"), null, null, 16, false, log).validate())
                .getMessage().contains("same file"));
        BlindTestSetup files = setup(Protocol.TRIANGLE, dir.resolve("other.wav"), null, null, 16, false, log);
        assertDoesNotThrow(files::validate);
        assertFalse(files.throughProfiles());
    }

    @Test
    void sequentialNeedsAScoredProtocolAndUsesTheDefaultRisks() {
        Path log = dir.resolve("log.jsonl");
        assertThrows(IllegalArgumentException.class,
                () -> setup(Protocol.PREFERENCE, null, "a", "b", 16, true, log).validate());
        BlindTestSetup s = setup(Protocol.SAME_DIFFERENT, null, "a", "b", 16, true, log);
        assertDoesNotThrow(s::validate);
        assertEquals(TestDesign.defaultSequential(), s.design());
    }

    @Test
    void anExistingLogIsNeverOverwritten() throws Exception {
        Path log = Files.writeString(dir.resolve("old.jsonl"), "{}\n");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> setup(Protocol.ABX, null, "a", "b", 16, false, log).validate()).getMessage()
                .contains("never overwritten"));
    }

    @Test
    void theDefaultLogLiesNextToAAndNamesProtocolAndMaster() {
        Path log = BlindTestSetup.defaultLog(Protocol.TRIANGLE, dir.resolve("song.flac"), Instant.EPOCH);
        assertEquals(dir.toAbsolutePath(), log.getParent());
        assertTrue(log.getFileName().toString().matches("triangle-song-\\d{8}-\\d{6}\\.jsonl"), log.toString());
    }

    @Test
    void stimulusPathsAreRecordedRelativeToTheLog() {
        assertEquals("song.wav", BlindTestSetup.logPath(dir.resolve("x.jsonl"), dir.resolve("song.wav")));
        assertEquals("../a/song.wav", BlindTestSetup.logPath(dir.resolve("logs/x.jsonl"), dir.resolve("a/song.wav")));
    }
}
