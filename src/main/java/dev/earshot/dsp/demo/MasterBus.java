package dev.earshot.dsp.demo;

import dev.earshot.dsp.LookAheadLimiter;

/**
 * The demo's master bus: one gain into a look-ahead brickwall limiter, with the gain searched (secant steps on the
 * private loudness estimate) until the limited result measures the target integrated loudness. The limiter's
 * latency is compensated, so the output starts where the mix starts.
 */
final class MasterBus {
    static final double TARGET_LUFS = -9.0;
    static final double CEILING_DB = -1.0;
    static final double LOOK_AHEAD_MS = 3.0;
    static final double RELEASE_MS = 60.0;
    private static final double TOLERANCE_LU = 0.05;
    private static final int MAX_STEPS = 12;
    private static final int BLOCK_FRAMES = 4096;
    private static final double FADE_OUT_SECONDS = 0.05;

    private MasterBus() {
    }

    /** Result of mastering: the limited audio and the gain that was applied before the limiter. */
    record Mastered(float[][] samples, double driveDb, double loudnessLufs) {
    }

    /** Masters {@code mix} (not modified) at 48 kHz to {@link #TARGET_LUFS}; returns new arrays. */
    static Mastered master(float[][] mix) {
        float[][] out = new float[mix.length][mix[0].length];
        double x0 = TARGET_LUFS - CalibrationLoudness.integratedLufs(mix);
        double y0 = limit(mix, x0, out);
        double x1 = x0 + (TARGET_LUFS - y0);
        double y1 = limit(mix, x1, out);
        for (int step = 0; step < MAX_STEPS && Math.abs(TARGET_LUFS - y1) > TOLERANCE_LU; step++) {
            double slope = Math.abs(y1 - y0) > 1e-9 ? (y1 - y0) / (x1 - x0) : 1.0;
            double next = x1 + (TARGET_LUFS - y1) / Math.max(0.05, slope);
            x0 = x1;
            y0 = y1;
            x1 = next;
            y1 = limit(mix, x1, out);
        }
        fadeOut(out);
        return new Mastered(out, x1, y1);
    }

    /** Writes {@code mix} times {@code driveDb}, limited and latency-compensated, to {@code out}; returns LUFS. */
    private static double limit(float[][] mix, double driveDb, float[][] out) {
        int channels = mix.length;
        int frames = mix[0].length;
        float gain = (float) StrictMath.pow(10.0, driveDb / 20.0);
        LookAheadLimiter limiter = new LookAheadLimiter(CEILING_DB, LOOK_AHEAD_MS, RELEASE_MS);
        limiter.prepare(CalibrationLoudness.SAMPLE_RATE, BLOCK_FRAMES, channels);
        int latency = limiter.latencyFrames();
        float[][] block = new float[channels][BLOCK_FRAMES];
        for (int start = 0; start < frames + latency; start += BLOCK_FRAMES) {
            int n = Math.min(BLOCK_FRAMES, frames + latency - start);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    block[c][i] = start + i < frames ? mix[c][start + i] * gain : 0f;
                }
            }
            limiter.process(block, n);
            for (int c = 0; c < channels; c++) {
                for (int i = 0; i < n; i++) {
                    int target = start + i - latency;
                    if (target >= 0) {
                        out[c][target] = block[c][i];
                    }
                }
            }
        }
        return CalibrationLoudness.integratedLufs(out);
    }

    private static void fadeOut(float[][] samples) {
        int frames = samples[0].length;
        int fadeFrames = (int) (FADE_OUT_SECONDS * CalibrationLoudness.SAMPLE_RATE);
        for (float[] channel : samples) {
            for (int i = 0; i < fadeFrames; i++) {
                channel[frames - 1 - i] *= (float) i / fadeFrames;
            }
        }
    }
}
