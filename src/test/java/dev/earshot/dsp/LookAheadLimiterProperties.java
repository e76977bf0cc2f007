package dev.earshot.dsp;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class LookAheadLimiterProperties {
    private static final int RATE = 44_100;

    @Property(tries = 60)
    void noOutputSampleEverExceedsTheCeiling(@ForAll @DoubleRange(min = -20, max = 0) double ceilingDb,
                                             @ForAll @DoubleRange(min = 0.1, max = 10) double lookAheadMs,
                                             @ForAll @DoubleRange(min = 1, max = 500) double releaseMs,
                                             @ForAll @DoubleRange(min = 0.01, max = 30) double amplitude,
                                             @ForAll @IntRange(min = 1, max = 3) int channels,
                                             @ForAll long seed) {
        Random random = new Random(seed);
        LookAheadLimiter limiter = new LookAheadLimiter(ceilingDb, lookAheadMs, releaseMs);
        int maxBlock = 512;
        limiter.prepare(RATE, maxBlock, channels);
        double ceiling = Math.pow(10, ceilingDb / 20);
        float[][] block = new float[channels][maxBlock];
        for (int done = 0; done < RATE / 4; ) {
            int n = 1 + random.nextInt(maxBlock);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    // Impulsive noise with random level jumps: the hardest case for a look-ahead limiter.
                    double level = random.nextInt(50) == 0 ? amplitude * 3 : amplitude;
                    block[c][i] = (float) (level * (2 * random.nextDouble() - 1));
                }
            }
            limiter.process(block, n);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    if (Math.abs(block[c][i]) > ceiling + 1e-6) {
                        throw new AssertionError("sample " + block[c][i] + " over ceiling " + ceiling);
                    }
                }
            }
            done += n;
        }
    }
}
