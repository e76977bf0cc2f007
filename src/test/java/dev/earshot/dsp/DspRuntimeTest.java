package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DspRuntimeTest {

    @Test
    void warmUpRunsOnADaemonThreadThatEndsByItself() throws InterruptedException {
        Thread warmUp = DspRuntime.startWarmUp(20);
        assertTrue(warmUp.isDaemon());
        // A generous bound: the thread stops after 20 ms of work plus one block; this only checks that it ends.
        warmUp.join(30_000);
        assertFalse(warmUp.isAlive());
    }

    @Test
    void rejectsImpossibleSettings() {
        assertThrows(IllegalArgumentException.class, () -> DspRuntime.configureThreads(0));
        assertThrows(IllegalArgumentException.class, () -> DspRuntime.startWarmUp(-1));
        assertThrows(IllegalArgumentException.class, () -> DspRuntime.startWarmUp(60_000));
    }
}
