package dev.earshot.report.measure;

import dev.earshot.device.NoiseSpec;
import dev.earshot.device.RoadNoiseStage;
import java.util.Arrays;

/**
 * Measures a profile's road noise alone: the noise stage run on silence for {@value #DURATION_SECONDS} s (the noise
 * is stationary, so a few seconds give its long-term spectrum to a fraction of a dB). Stateless.
 */
public final class NoiseProbe {
    /** Seconds of noise measured. */
    public static final double DURATION_SECONDS = 8.0;
    private static final int BLOCK_FRAMES = 8192;

    private NoiseProbe() {
    }

    /**
     * @param spec                the profile's noise
     * @param listeningLevelDbSpl the profile's listening level (sets the noise's level relative to the programme)
     * @param sampleRate          the programme's sample rate
     * @param seed                the noise generator's seed
     */
    public static ProgrammeMeasurement measure(NoiseSpec spec, double listeningLevelDbSpl, int sampleRate,
                                               long seed) {
        RoadNoiseStage stage = new RoadNoiseStage(spec.speedKmh(), spec.levelDbA(), listeningLevelDbSpl, seed);
        stage.prepare(sampleRate, BLOCK_FRAMES, 2);
        ProgrammeMeter meter = new ProgrammeMeter(sampleRate, false);
        float[][] block = new float[2][BLOCK_FRAMES];
        long remaining = Math.round(DURATION_SECONDS * sampleRate);
        while (remaining > 0) {
            int frames = (int) Math.min(BLOCK_FRAMES, remaining);
            for (float[] row : block) {
                Arrays.fill(row, 0f);
            }
            stage.process(block, frames);
            meter.accept(block, frames);
            remaining -= frames;
        }
        return meter.result();
    }
}
