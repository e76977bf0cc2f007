package dev.earshot.dsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LookAheadLimiterTest {
    private static final int RATE = 48_000;
    private static final double CEILING_DB = -1.0;
    private static final double CEILING = Math.pow(10.0, CEILING_DB / 20.0);

    /** Runs {@code input} through the limiter in blocks of pseudo-random sizes; returns the output. */
    private static float[][] run(LookAheadLimiter limiter, float[][] input, long blockSeed) {
        int maxBlock = 1000;
        limiter.prepare(RATE, maxBlock, input.length);
        int frames = input[0].length;
        float[][] output = new float[input.length][frames];
        float[][] block = new float[input.length][maxBlock];
        Random sizes = new Random(blockSeed);
        for (int start = 0; start < frames; ) {
            int n = Math.min(frames - start, 1 + sizes.nextInt(maxBlock));
            for (int c = 0; c < input.length; c++) {
                System.arraycopy(input[c], start, block[c], 0, n);
            }
            limiter.process(block, n);
            for (int c = 0; c < input.length; c++) {
                System.arraycopy(block[c], 0, output[c], start, n);
            }
            start += n;
        }
        return output;
    }

    /** A stereo 1 kHz sine with noise whose level jumps between quiet and 12 dB over the ceiling. */
    private static float[][] burstySignal(int frames) {
        Random random = new Random(7);
        float[][] x = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            boolean loud = (i / 4800) % 2 == 1;
            double amplitude = loud ? CEILING * 4.0 : 0.1;
            double s = Math.sin(2 * Math.PI * 1000.0 * i / RATE);
            x[0][i] = (float) (amplitude * (0.8 * s + 0.2 * (2 * random.nextDouble() - 1)));
            x[1][i] = (float) (amplitude * (0.7 * Math.sin(2 * Math.PI * 230.0 * i / RATE) + 0.3 * s));
        }
        return x;
    }

    @Test
    void signalTwelveDecibelsOverTheCeilingNeverExceedsIt() {
        float[][] out = run(new LookAheadLimiter(CEILING_DB, 3.0, 50.0), burstySignal(RATE * 2), 1);
        double peak = 0;
        for (float[] channel : out) {
            for (float v : channel) {
                peak = Math.max(peak, Math.abs(v));
            }
        }
        assertTrue(peak <= CEILING + 1e-6, "peak " + peak + " over ceiling " + CEILING);
        // The limiter must actually work near the ceiling, not just attenuate everything.
        assertTrue(peak > CEILING * 0.95, "peak " + peak);
    }

    @Test
    void signalUnderTheCeilingPassesBitExactlyAfterTheLatency() {
        Random random = new Random(3);
        int frames = 20_000;
        float[][] x = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            x[0][i] = (float) (CEILING * 0.99 * (2 * random.nextDouble() - 1));
            x[1][i] = (float) (CEILING * 0.5 * Math.sin(i * 0.01));
        }
        LookAheadLimiter limiter = new LookAheadLimiter(CEILING_DB, 1.5, 100.0);
        float[][] out = run(limiter, x, 2);
        int latency = limiter.latencyFrames();
        assertEquals(72, latency, "1.5 ms at 48 kHz");
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < latency; i++) {
                assertEquals(0f, out[c][i]);
            }
            for (int i = latency; i < frames; i++) {
                assertEquals(x[c][i - latency], out[c][i], "frame " + i);
            }
        }
    }

    @Test
    void gainRecoversWithTheReleaseTimeConstant() {
        double releaseMs = 80.0;
        int burstEnd = RATE / 10;
        int frames = RATE;
        float quiet = (float) (CEILING * 0.5);
        float[][] x = new float[1][frames];
        for (int i = 0; i < frames; i++) {
            x[0][i] = i < burstEnd ? (float) (CEILING * 4.0) : quiet;
        }
        LookAheadLimiter limiter = new LookAheadLimiter(CEILING_DB, 2.0, releaseMs);
        float[][] out = run(limiter, x, 3);
        int latency = limiter.latencyFrames();
        // Gain at output frame i = out[i] / x[i - latency]. During the burst it settles at exactly ceiling / level.
        assertEquals(0.25, out[0][burstEnd - 1] / x[0][burstEnd - 1 - latency], 1e-6);
        // Once the hold and the averaging window have passed, 1 - gain decays as exp(-t / release) (closed form).
        // Tolerance: output samples are floats (relative rounding 6e-8) divided by 1 - gain >= 0.1.
        int t1 = burstEnd + latency + 3 * (latency + 1);
        int t2 = t1 + (int) (releaseMs * RATE / 1000.0);
        double gap1 = 1.0 - out[0][t1] / quiet;
        double gap2 = 1.0 - out[0][t2] / quiet;
        assertEquals(Math.exp(-1.0), gap2 / gap1, 1e-4);
        // Exact closed form: the held gain rises to 1 at frame B + L, so 1 - envelope = 0.75 a^(n - B - L + 1) with
        // a = exp(-1 / (release * rate)); the output gain averages the envelope over frames n - L .. n.
        double a = Math.exp(-1000.0 / (releaseMs * RATE));
        for (int n = burstEnd + 2 * latency; n < frames; n += 97) {
            double expected = 0.75 * Math.pow(a, n - burstEnd - 2 * latency + 1) * (1 - Math.pow(a, latency + 1))
                    / ((1 - a) * (latency + 1));
            assertEquals(expected, 1.0 - out[0][n] / quiet, 1e-6, "frame " + n);
        }
    }

    @Test
    void gainChangesAddNoJumpsBeyondTheInputsOwn() {
        float[][] x = burstySignal(RATE);
        LookAheadLimiter limiter = new LookAheadLimiter(CEILING_DB, 3.0, 50.0);
        float[][] out = run(limiter, x, 4);
        int window = limiter.latencyFrames() + 1;
        for (int c = 0; c < 2; c++) {
            double inputJump = 0;
            double inputPeak = 0;
            for (int i = 1; i < x[c].length; i++) {
                inputJump = Math.max(inputJump, Math.abs(x[c][i] - x[c][i - 1]));
                inputPeak = Math.max(inputPeak, Math.abs(x[c][i]));
            }
            double outputJump = 0;
            double worstExcess = Double.NEGATIVE_INFINITY;
            int latency = limiter.latencyFrames();
            for (int i = latency + 1; i < out[c].length; i++) {
                double jump = Math.abs(out[c][i] - out[c][i - 1]);
                outputJump = Math.max(outputJump, jump);
                // |g x[n] - g' x[n-1]| <= g |dx| + |x| |dg|, and the ramp limits |dg| to (1 - minGain) / window.
                double localInputJump = Math.abs(x[c][i - latency] - x[c][i - latency - 1]);
                double bound = localInputJump + Math.abs(x[c][i - latency - 1]) * 0.75 / window + 1e-6;
                worstExcess = Math.max(worstExcess, jump - bound);
            }
            assertTrue(outputJump <= inputJump, "channel " + c + ": jump " + outputJump + " > input's " + inputJump);
            assertTrue(worstExcess <= 0, "channel " + c + ": a jump exceeds the smooth-gain bound by " + worstExcess);
        }
    }

    @Test
    void resetRestoresTheFreshState() {
        float[][] x = burstySignal(RATE / 4);
        LookAheadLimiter limiter = new LookAheadLimiter(CEILING_DB, 3.0, 50.0);
        float[][] first = run(limiter, x, 5);
        limiter.process(new float[][] {{1f, 1f}, {1f, 1f}}, 2);
        limiter.reset();
        float[][] block = {x[0].clone(), x[1].clone()};
        limiter.prepare(RATE, block[0].length, 2);
        limiter.process(block, block[0].length);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < block[c].length; i++) {
                assertEquals(first[c][i], block[c][i]);
            }
        }
    }

    @Test
    void rejectsUseBeforePrepareAndOutOfRangeParameters() {
        LookAheadLimiter limiter = new LookAheadLimiter(CEILING_DB, 3.0, 50.0);
        assertThrows(IllegalStateException.class, () -> limiter.process(new float[1][1], 1));
        assertThrows(IllegalArgumentException.class, () -> new LookAheadLimiter(CEILING_DB, 0.0, 50.0));
        assertThrows(IllegalArgumentException.class, () -> new LookAheadLimiter(Double.NaN, 3.0, 50.0));
        limiter.prepare(RATE, 16, 2);
        assertThrows(IllegalArgumentException.class, () -> limiter.process(new float[2][32], 17));
    }
}
