package dev.earshot.playback.blind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.playback.BlockListener;
import dev.earshot.playback.NullOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** The player's output, captured from a null output paced like a sound card. */
class StimulusPlayerTest {
    private static final int RATE = 48_000;
    /** Exact equality: the stage copies stimulus samples and every gain is exactly 1 outside fades. */
    private static final float EXACT = 0f;

    private static float[][] tone(double frequencyHz, int frames) {
        float[][] rows = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            rows[0][i] = (float) (0.5 * Math.sin(2 * Math.PI * frequencyHz * i / RATE + 1.0));
            rows[1][i] = (float) (0.25 * Math.sin(2 * Math.PI * frequencyHz * i / RATE + 2.0));
        }
        return rows;
    }

    private static void waitFor(LongSupplier value, long atLeast) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (value.getAsLong() < atLeast && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
    }

    private static boolean same(float[][] out, float[][] stimulus, int i, int j) {
        return Math.abs(out[0][i] - stimulus[0][j]) <= EXACT && Math.abs(out[1][i] - stimulus[1][j]) <= EXACT;
    }

    @Test
    void playsStimuliAtThePlayheadAndCrossfadesOnEverySelectionEvenToTheSameStimulus() throws IOException {
        float[][] a = tone(440, 2 * RATE);
        float[][] b = tone(660, 2 * RATE);
        float[][] capture = new float[2][RATE];
        NullOutput sink = new NullOutput(capture, BlockListener.NONE);
        StimulusPlayer player = new StimulusPlayer(List.of(a, b), RATE, List.of("A", "B", "X"),
                new PacedOutput(sink), 30.0);
        int fade = 1440;
        try (player) {
            player.startTrial(Map.of("A", 0, "B", 1, "X", 0), "A", 0);
            LongSupplier playhead = () -> player.engine().meters().playheadFrame();
            waitFor(playhead, 12_000);
            player.select("A");
            waitFor(playhead, 24_000);
            player.select("X");
            waitFor(playhead, 36_000);
            player.select("B");
            waitFor(() -> player.slotOfSource(player.engine().meters().sourceIndex()).equals("B") ? 1 : 0, 1);
            assertEquals("B", player.selectedSlot());
            waitFor(sink::framesWritten, RATE);
        }
        // k0: the output frame of stimulus frame 0. The trial's first crossfade (from the silent bypass) gives the
        // first frame weight 0, so the first non-zero output frame is k0 or k0 + 1; two fades later A plays exactly.
        int first = 0;
        while (capture[0][first] == 0f) {
            first++;
        }
        int k0 = same(capture, a, first + 2 * fade, 2 * fade) ? first : first - 1;
        int neither = 0;
        int lastA = -1;
        for (int i = k0 + fade; i < RATE; i++) {
            boolean isA = same(capture, a, i, i - k0);
            boolean isB = same(capture, b, i, i - k0);
            neither += !isA && !isB ? 1 : 0;
            lastA = isA ? i : lastA;
        }
        // Three crossfades (A to its copy, to X holding A, to B), each fade - 1 frames not equal to either end.
        assertEquals(3 * (fade - 1), neither, "frames inside crossfades");
        assertTrue(lastA > k0 + 36_000 - 2 * 256, "A until the switch to B: " + lastA);
        for (int i = lastA + fade; i < RATE; i++) {
            assertTrue(same(capture, b, i, i - k0), "B after the switch, frame " + i);
        }
    }
}
