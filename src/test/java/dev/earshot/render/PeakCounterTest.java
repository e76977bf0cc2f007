package dev.earshot.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PeakCounterTest {
    @Test
    void peakAndFramesAboveFullScaleMatchADirectCountOverBlocks() {
        // Reference: the largest magnitude and the number of frames with any channel above 1.0, counted directly
        // over the whole signal; the counter sees it in blocks, some of them entirely below full scale.
        Random random = new Random(8);
        float[][] x = new float[2][5000];
        for (int i = 0; i < 5000; i++) {
            double scale = i < 2500 ? 0.5 : 1.3;
            x[0][i] = (float) (scale * (2 * random.nextDouble() - 1));
            x[1][i] = (float) (scale * (2 * random.nextDouble() - 1));
        }
        double peak = 0;
        long above = 0;
        for (int i = 0; i < 5000; i++) {
            peak = Math.max(peak, Math.max(Math.abs(x[0][i]), Math.abs(x[1][i])));
            above += Math.abs(x[0][i]) > 1 || Math.abs(x[1][i]) > 1 ? 1 : 0;
        }
        ProfileRenderer.PeakCounter counter = new ProfileRenderer.PeakCounter();
        float[][] block = new float[2][700];
        for (int done = 0; done < 5000; done += 700) {
            int n = Math.min(700, 5000 - done);
            System.arraycopy(x[0], done, block[0], 0, n);
            System.arraycopy(x[1], done, block[1], 0, n);
            counter.add(block, n);
        }
        assertEquals(20 * Math.log10(peak), counter.peakDbfs(), 0.0);
        assertEquals(above, counter.framesAboveFullScale());
    }

    @Test
    void aNanStillLetsTheOtherFramesAboveFullScaleBeCounted() {
        ProfileRenderer.PeakCounter counter = new ProfileRenderer.PeakCounter();
        counter.add(new float[][] {{0.5f, Float.NaN, 2f, -3f}, {0f, 0f, 0f, 1f}}, 4);
        assertEquals(2, counter.framesAboveFullScale());
        assertEquals(Double.NEGATIVE_INFINITY, counter.peakDbfs(), "a NaN peak reads as no level, as before");
    }
}
