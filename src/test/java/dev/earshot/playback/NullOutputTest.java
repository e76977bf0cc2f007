package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NullOutputTest {

    @Test
    void capturesUntilTheBufferIsFullAndCountsEveryFrame() {
        float[][] capture = new float[2][5];
        List<Long> told = new ArrayList<>();
        NullOutput output = new NullOutput(capture, told::add);
        output.open(48_000, 2, 3);

        output.write(new float[][] {{1, 2, 3}, {-1, -2, -3}}, 3);
        output.write(new float[][] {{4, 5, 6}, {-4, -5, -6}}, 3);

        assertEquals(6, output.framesWritten());
        assertEquals(List.of(3L, 6L), told);
        for (int i = 0; i < 5; i++) {
            assertEquals(i + 1, capture[0][i]);
            assertEquals(-(i + 1), capture[1][i]);
        }
    }
}
