package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import org.junit.jupiter.api.Test;

/** {@code earshot} without arguments opens the window; this checks what happens where there is no display. */
class DesktopLaunchCliTest {

    @Test
    void withoutArgumentsAndWithoutADisplayItSaysSoInOneLineAndExitsWithTwo() {
        assumeTrue(GraphicsEnvironment.isHeadless(), "a display exists: the window would open");
        CliRun run = CliRun.of();
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no display"), run.err());
        assertTrue(run.err().contains("earshot demo") && run.err().contains("earshot --help"), run.err());
    }
}
