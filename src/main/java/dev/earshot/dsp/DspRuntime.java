package dev.earshot.dsp;

import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Process-wide settings of the DSP libraries. The one place that touches global state: call
 * {@link #configureThreads(int)} once at start-up, before any DSP work starts.
 */
public final class DspRuntime {
    private DspRuntime() {
    }

    /**
     * Sets how many threads JTransforms (and JLargeArrays) may use inside one transform. JTransforms splits a
     * transform across threads only above its own size thresholds; Earshot's convolution parallelises across blocks
     * itself (see {@link OfflineConvolution}), so its throughput does not depend on this setting.
     *
     * @param threads 1 or more, typically the number of cores
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static void configureThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be at least 1, not " + threads);
        }
        ConcurrencyUtils.setNumberOfThreads(threads);
    }
}
