package dev.earshot.device;

import dev.earshot.dsp.LookAheadLimiter;

/**
 * A device's output (speaker protection) limiter: a look-ahead brickwall sample-peak limiter with linked channels
 * ({@link LookAheadLimiter}); latency is the look-ahead. Allocates nothing in {@code process}; not thread-safe.
 */
public final class LimiterStage implements DeviceStage {
    private final LookAheadLimiter limiter;

    /**
     * @param ceilingDbfs largest output sample magnitude in dBFS, -60 to +6
     * @param lookAheadMs look-ahead (and latency) in ms, 0.1 to 50
     * @param releaseMs   gain recovery time constant in ms, 1 to 5000
     * @throws IllegalArgumentException if a parameter is outside its range
     */
    public LimiterStage(double ceilingDbfs, double lookAheadMs, double releaseMs) {
        this.limiter = new LookAheadLimiter(ceilingDbfs, lookAheadMs, releaseMs);
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        StageChecks.requireFormat(sampleRate, maxBlockFrames, channels);
        limiter.prepare(sampleRate, maxBlockFrames, channels);
    }

    @Override
    public void process(float[][] block, int frames) {
        limiter.process(block, frames);
    }

    @Override
    public void reset() {
        limiter.reset();
    }

    @Override
    public int latencyFrames() {
        return limiter.latencyFrames();
    }

    /** Gain applied to the latest output frame in dB, 0 or less. */
    public double currentGainDb() {
        return limiter.currentGainDb();
    }

    /** The gain follows the largest channel magnitude: the same for one channel and for two equal ones. */
    @Override
    public boolean keepsEqualChannelsEqual() {
        return true;
    }
}
